// Keys of the common UI strings in `Catalogue.common`.
extension MessageKey {
    // Layout and navigation
    /// «Перейти до основного вмісту»: the skip link.
    public static let skipToContent: MessageKey = "nav.skipToContent"
    /// «Головна»: the home page.
    public static let home: MessageKey = "nav.home"
    /// «Послуги».
    public static let services: MessageKey = "nav.services"
    /// «Новини».
    public static let news: MessageKey = "nav.news"
    /// «Контакти».
    public static let contacts: MessageKey = "nav.contacts"
    /// The accessible name of the main navigation.
    public static let mainNavigation: MessageKey = "nav.main"
    /// The accessible name of the language switch.
    public static let languageSwitch: MessageKey = "nav.language"
    /// The footer line naming the hromada: `{hromada}`.
    public static let footerOwner: MessageKey = "footer.owner"
    /// The footer line naming the software.
    public static let footerPoweredBy: MessageKey = "footer.poweredBy"

    // Buttons
    /// «Надіслати».
    public static let submit: MessageKey = "button.submit"
    /// «Зберегти».
    public static let save: MessageKey = "button.save"
    /// «Скасувати».
    public static let cancel: MessageKey = "button.cancel"
    /// «Продовжити».
    public static let continueAction: MessageKey = "button.continue"
    /// «Назад».
    public static let back: MessageKey = "button.back"
    /// «Шукати».
    public static let search: MessageKey = "button.search"
    /// «Увійти».
    public static let signIn: MessageKey = "button.signIn"
    /// «Вийти».
    public static let signOut: MessageKey = "button.signOut"

    // Forms
    /// The heading of the error summary: «Виникла проблема».
    public static let errorSummaryTitle: MessageKey = "form.errorSummaryTitle"
    /// The hidden prefix before a field's error message: «Помилка:».
    public static let errorPrefix: MessageKey = "form.errorPrefix"
    /// After an optional field's label: «(необов'язково)».
    public static let optionalField: MessageKey = "form.optional"
    /// A required field left empty: `{field}`.
    public static let formRequired: MessageKey = "form.required"
    /// An e-mail address in the wrong form.
    public static let formInvalidEmail: MessageKey = "form.invalidEmail"
    /// A phone number in the wrong form.
    public static let formInvalidPhone: MessageKey = "form.invalidPhone"
    /// Not a number.
    public static let formInvalidNumber: MessageKey = "form.invalidNumber"
    /// Not a real date.
    public static let formInvalidDate: MessageKey = "form.invalidDate"
    /// Longer than `{max}` characters.
    public static let formTooLong: MessageKey = "form.tooLong"
    /// Outside `{min}`…`{max}`.
    public static let formOutOfRange: MessageKey = "form.outOfRange"
    /// No option chosen.
    public static let formChooseOne: MessageKey = "form.chooseOne"
    /// The session's form token expired.
    public static let formExpired: MessageKey = "form.expired"

    // Counted words
    /// `{count}` calendar days.
    public static let days: MessageKey = "count.days"
    /// `{count}` working days.
    public static let workingDays: MessageKey = "count.workingDays"
    /// `{count}` minutes.
    public static let minutes: MessageKey = "count.minutes"

    // Error pages
    /// «Перейти на головну сторінку».
    public static let errorGoHome: MessageKey = "error.goHome"
    /// «Код помилки: {code}».
    public static let errorCode: MessageKey = "error.code"

    /// The title of the error page for an HTTP status (`error.404.title`).
    public static func errorTitle(_ status: Int) -> MessageKey { MessageKey(rawValue: "error.\(status).title") }
    /// The explanation on the error page for an HTTP status (`error.404.body`).
    public static func errorBody(_ status: Int) -> MessageKey { MessageKey(rawValue: "error.\(status).body") }
}
