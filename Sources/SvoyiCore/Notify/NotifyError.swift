/// Why the outbox refused a message or an operation. Nothing was stored when one of these is thrown.
///
/// Descriptions never contain a message's text or a resident's data.
public enum NotifyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No such hromada.
    case hromadaNotFound
    /// The topic key is not one of ``NotifyTopic/standard``.
    case unknownTopic(String)
    /// The Ukrainian text is empty.
    case emptyText
    /// A text (the Ukrainian or the English one) is longer than ``NotifyStore/maximumTextLength`` characters.
    case textTooLong(length: Int)
    /// The link is not an `http://` or `https://` address with a host, is longer than 2,000 characters, or has no
    /// Ukrainian title (or a title over 100 characters).
    case invalidLink
    /// The coordinates are out of range (latitude −90…90, longitude −180…180), or the place has no Ukrainian name
    /// (or one over 200 characters).
    case invalidLocation
    /// A settlements or districts audience without any code.
    case emptyAudience
    /// Settlement codes that are not the hromada's.
    case unknownSettlements([String])
    /// Starosta district codes that are not the hromada's.
    case unknownDistricts([String])
    /// The single resident is not a resident of the hromada.
    case residentNotFound
    /// The scheduled time is more than a minute in the past.
    case scheduledInPast
    /// The scheduled time is more than a year ahead.
    case scheduledTooFar
    /// The idempotency key is empty or longer than 200 characters.
    case invalidIdempotencyKey
    /// A module author's name is not `[a-z0-9._-]{1,40}`, or an operator's name is empty or over 80 characters.
    case invalidAuthor
    /// No such message in this hromada.
    case messageNotFound
    /// The message is done or already cancelled.
    case notCancellable(NotifyMessageState)

    /// A plain-English explanation, safe to log.
    public var description: String {
        switch self {
        case .hromadaNotFound: "no such hromada"
        case .unknownTopic(let key):
            "no topic \"\(key)\"; topics: " + NotifyTopic.standard.map(\.key).joined(separator: ", ")
        case .emptyText: "the Ukrainian text is empty"
        case .textTooLong(let length):
            "the text has \(length) characters; at most \(NotifyStore.maximumTextLength) fit one message"
        case .invalidLink:
            "the link must be an http:// or https:// address of at most 2000 characters with a title of 1 to 100"
        case .invalidLocation:
            "the place needs a latitude of -90…90, a longitude of -180…180 and a name of 1 to 200 characters"
        case .emptyAudience: "name at least one settlement or district"
        case .unknownSettlements(let codes): "not settlements of the hromada: " + codes.joined(separator: ", ")
        case .unknownDistricts(let codes): "not starosta districts of the hromada: " + codes.joined(separator: ", ")
        case .residentNotFound: "no such resident in this hromada"
        case .scheduledInPast: "the scheduled time is in the past"
        case .scheduledTooFar: "the scheduled time is more than a year ahead"
        case .invalidIdempotencyKey: "the idempotency key must have 1 to 200 characters"
        case .invalidAuthor:
            "the author must be a module name [a-z0-9._-]{1,40} or an operator name of 1 to 80 characters"
        case .messageNotFound: "no such message in this hromada"
        case .notCancellable(let state):
            state == .cancelled
                ? "the message is already cancelled" : "the message is \(state.rawValue) and cannot be cancelled"
        }
    }

    /// A sentence for staff, in Ukrainian.
    public var messageUK: String {
        switch self {
        case .hromadaNotFound: "Такої громади немає."
        case .unknownTopic(let key):
            "Теми «\(key)» немає. Оберіть одну з тем: "
                + NotifyTopic.standard.map { "«\($0.label.uk)»" }.joined(separator: ", ") + "."
        case .emptyText: "Напишіть текст повідомлення українською."
        case .textTooLong(let length):
            "Текст містить \(length) символів, а в одне повідомлення вміщується не більше "
                + "\(NotifyStore.maximumTextLength). Скоротіть його або додайте посилання на новину."
        case .invalidLink:
            "Посилання має починатися з http:// або https://, бути не довшим за 2000 символів і мати назву "
                + "(до 100 символів)."
        case .invalidLocation:
            "Місце на мапі потребує широти від −90 до 90, довготи від −180 до 180 і назви (до 200 символів)."
        case .emptyAudience: "Оберіть хоча б один населений пункт або старостинський округ."
        case .unknownSettlements(let codes):
            "Цих населених пунктів немає в громаді: " + codes.joined(separator: ", ") + "."
        case .unknownDistricts(let codes):
            "Цих старостинських округів немає в громаді: " + codes.joined(separator: ", ") + "."
        case .residentNotFound: "Такого мешканця в громаді немає."
        case .scheduledInPast: "Час надсилання вже минув. Оберіть час у майбутньому або надішліть зараз."
        case .scheduledTooFar: "Запланувати надсилання можна не більше ніж на рік наперед."
        case .invalidIdempotencyKey: "Ключ ідемпотентності має містити від 1 до 200 символів."
        case .invalidAuthor:
            "Автор — це назва модуля (латинські малі літери, цифри, «.», «_», «-», до 40 символів) або ім'я "
                + "оператора (до 80 символів)."
        case .messageNotFound: "Такого повідомлення в громаді немає."
        case .notCancellable(let state):
            state == .cancelled
                ? "Це повідомлення вже скасовано." : "Це повідомлення вже надіслано, скасувати його не можна."
        }
    }
}
