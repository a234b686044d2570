import SvoyiCore

/// What the engine itself says, in Ukrainian and English. Dialogues say everything else.
enum EngineTexts {
    static let back = LocalizedText(uk: "⬅ Назад", en: "⬅ Back")
    static let mainMenu = LocalizedText(uk: "🏠 Головне меню", en: "🏠 Main menu")
    static let shareLocation = LocalizedText(uk: "📍 Надіслати геолокацію", en: "📍 Share location")
    static let shareContact = LocalizedText(uk: "📱 Поділитися номером", en: "📱 Share phone number")
    static let oldButton = LocalizedText(
        uk: "Ця кнопка з попереднього повідомлення. Продовжимо з того місця, де ми зараз:",
        en: "That button is from an earlier message. Let's continue from where we are now:")
    static let unsupported = LocalizedText(
        uk:
            "Я не можу прочитати такий тип повідомлення (наприклад, стікер чи голосове). Напишіть, будь ласка, текстом або скористайтеся кнопками.",
        en:
            "I can't read this kind of message (a sticker or a voice message, for example). Please write in text or use the buttons."
    )
    static let unexpectedInput = LocalizedText(
        uk: "Зараз я цього не очікую. Скористайтеся, будь ласка, кнопками або напишіть текстом.",
        en: "I wasn't expecting that here. Please use the buttons or write in text.")
    static let tooLong = LocalizedText(
        uk: "Повідомлення задовге: я читаю до 4000 символів. Напишіть, будь ласка, коротше.",
        en: "That message is too long: I read up to 4,000 characters. Please write a shorter one.")
    static let notUnderstood = LocalizedText(
        uk: "Я не зрозумів запитання. Оберіть, будь ласка, розділ у меню або сформулюйте інакше.",
        en: "I didn't understand. Please choose a section from the menu or put it another way.")
    static let versionGone = LocalizedText(
        uk: "Цю розмову оновили, тож почнімо з головного меню.",
        en: "This conversation has been updated, so let's start again from the main menu.")
    static let broken = LocalizedText(
        uk: "Вибачте, у цьому розділі сталася помилка. Повертаю вас до головного меню.",
        en: "Sorry, something went wrong in this section. Back to the main menu.")
    static let linkUnavailable = LocalizedText(
        uk: "Це посилання більше не веде до розділу бота. Ось головне меню:",
        en: "This link no longer leads to a section of the bot. Here is the main menu:")
    static let noMainMenu = LocalizedText(
        uk: "Вибачте, бот зараз налаштовується. Спробуйте трохи пізніше або зверніться до ЦНАП.",
        en: "Sorry, the bot is being set up. Please try later or contact the TsNAP.")
    static let actionFailed = LocalizedText(
        uk: "Вибачте, цю дію зараз не вдалося виконати. Спробуйте пізніше або зверніться до ЦНАП.",
        en: "Sorry, this could not be done right now. Please try later or contact the TsNAP.")
    static let serviceUnknown = LocalizedText(
        uk: "Подробиці про цю послугу в нашій громаді підкаже адміністратор ЦНАП.",
        en: "A TsNAP administrator will advise you about this service in our hromada.")
    static let gaveUp = LocalizedText(
        uk: "Схоже, з цим кроком виникли труднощі. Спробуймо інакше.",
        en: "This step seems to be difficult. Let's try another way.")
    static let languageChanged = LocalizedText(uk: "Мову змінено: українська.", en: "Language changed: English.")

    // Validation hints, used when a question has no `invalid` text of its own.
    static let invalidNumber = LocalizedText(uk: "Введіть, будь ласка, число", en: "Please enter a number")
    static let invalidDate = LocalizedText(
        uk: "Введіть, будь ласка, дату у форматі ДД.ММ.РРРР, наприклад 24.08.1991",
        en: "Please enter a date as DD.MM.YYYY, for example 24.08.1991")
    static let invalidChoice = LocalizedText(
        uk: "Оберіть, будь ласка, один із варіантів кнопкою.", en: "Please choose one of the options with a button.")
    static let invalidText = LocalizedText(
        uk: "Перевірте, будь ласка, відповідь і надішліть її ще раз.", en: "Please check your answer and send it again."
    )
    static let invalidLocation = LocalizedText(
        uk: "Надішліть, будь ласка, геолокацію кнопкою «📍 Надіслати геолокацію».",
        en: "Please share your location with the “📍 Share location” button.")
    static let invalidContact = LocalizedText(
        uk: "Надішліть, будь ласка, свій номер кнопкою «📱 Поділитися номером».",
        en: "Please share your own number with the “📱 Share phone number” button.")
    static let invalidPhoto = LocalizedText(uk: "Надішліть, будь ласка, фото.", en: "Please send a photo.")

    /// «від 0 до 120», «не менше 0», «не більше 120».
    static func range(min: String?, max: String?, language: Language) -> String {
        switch (min, max, language) {
        case (let min?, let max?, .en): " from \(min) to \(max)"
        case (let min?, let max?, _): " від \(min) до \(max)"
        case (let min?, nil, .en): " of at least \(min)"
        case (let min?, nil, _): " не менше \(min)"
        case (nil, let max?, .en): " of at most \(max)"
        case (nil, let max?, _): " не більше \(max)"
        default: ""
        }
    }

    /// «Відповідь має бути не довшою за N символів».
    static func tooLongAnswer(_ limit: Int, language: Language) -> String {
        language == .en
            ? "Please keep the answer within \(limit) characters."
            : "Відповідь має бути не довшою за \(limit) символів."
    }
}

extension LocalizedText {
    /// The text in `language`, Ukrainian when there is no translation.
    func text(in language: Language) -> String { text(for: language.rawValue) }
}
