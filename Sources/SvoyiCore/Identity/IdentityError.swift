/// Why an identity operation was refused. Each case has a sentence for staff in Ukrainian (``messageUK``) and a
/// description in English for logs and the CLI; neither contains a password, token or code.
public enum IdentityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A login that is not 3–64 of `a-z 0-9 . _ @ -`.
    case invalidLogin
    /// The login belongs to another account.
    case loginTaken
    /// An empty or over-long display name.
    case invalidName
    /// The password breaks the password rules; the payload says which.
    case weakPassword(PasswordPolicy.Problem)
    /// The hromada already has a head administrator.
    case ownerExists
    /// The action would remove, disable or demote the owner.
    case ownerProtected
    /// The actor may not give or manage this role.
    case roleNotAllowed
    /// A unit code that is not an institution of the hromada.
    case unknownUnit(String)
    /// A unit manager without units.
    case unitsRequired
    /// No such staff member in this hromada.
    case staffNotFound
    /// No such hromada.
    case hromadaNotFound
    /// Two-factor enrolment was not started, or 2FA is already on.
    case enrolmentNotStarted
    /// 2FA is on already; replacing the factor needs a reset first.
    case alreadyEnrolled
    /// A TOTP code that does not match (or was used already).
    case wrongCode
    /// The current password given to confirm a change is wrong.
    case wrongPassword
    /// The TOTP seed cannot be opened with this installation's key.
    case secretUnavailable
    /// A token name that is empty or too long, or a token without permissions.
    case invalidToken(String)
    /// No such API token in this hromada.
    case tokenNotFound

    public var description: String {
        switch self {
        case .invalidLogin: "the login must be 3–64 characters of a-z, 0-9, '.', '_', '@' or '-'"
        case .loginTaken: "this login is taken"
        case .invalidName: "the name must be 1–120 characters"
        case .weakPassword(let problem): "the password is refused: \(problem.description)"
        case .ownerExists: "the hromada already has a head administrator"
        case .ownerProtected: "the head administrator cannot be removed, disabled or given another role"
        case .roleNotAllowed: "you may not give or manage this role"
        case .unknownUnit(let code): "no unit \(code) in this hromada"
        case .unitsRequired: "a unit manager needs at least one unit"
        case .staffNotFound: "no such staff member in this hromada"
        case .hromadaNotFound: "no such hromada"
        case .enrolmentNotStarted: "two-factor enrolment was not started"
        case .alreadyEnrolled: "two-factor sign-in is already set up; reset it first"
        case .wrongCode: "the code is wrong or was used already"
        case .wrongPassword: "the current password is wrong"
        case .secretUnavailable:
            "the 2FA secret cannot be opened: the data directory's secret.key is missing or different"
        case .invalidToken(let reason): "invalid API token: \(reason)"
        case .tokenNotFound: "no such API token in this hromada"
        }
    }

    /// The sentence staff see, in Ukrainian.
    public var messageUK: String {
        switch self {
        case .invalidLogin: "Логін має містити від 3 до 64 символів: латинські літери, цифри, «.», «_», «@» або «-»."
        case .loginTaken: "Цей логін уже зайнятий."
        case .invalidName: "Вкажіть ім'я (до 120 символів)."
        case .weakPassword(let problem): problem.messageUK
        case .ownerExists: "У громади вже є головний адміністратор."
        case .ownerProtected: "Головного адміністратора не можна видалити, вимкнути чи змінити йому роль."
        case .roleNotAllowed: "Ви не можете надавати цю роль чи керувати працівником із нею."
        case .unknownUnit: "Такого підрозділу в громаді немає."
        case .unitsRequired: "Керівнику підрозділу потрібно призначити хоча б один підрозділ."
        case .staffNotFound: "Такого працівника в громаді немає."
        case .hromadaNotFound: "Такої громади немає."
        case .enrolmentNotStarted: "Підключення двофакторної автентифікації не розпочато."
        case .alreadyEnrolled: "Двофакторний вхід уже налаштовано. Щоб замінити його, спершу його треба скинути."
        case .wrongCode: "Код неправильний або вже використаний. Введіть новий код із застосунку."
        case .wrongPassword: "Поточний пароль неправильний."
        case .secretUnavailable:
            "Не вдається перевірити код: увійдіть резервним кодом або зверніться до адміністратора."
        case .invalidToken: "Вкажіть назву токена (до 120 символів) і хоча б одне право."
        case .tokenNotFound: "Такого токена в громаді немає."
        }
    }
}
