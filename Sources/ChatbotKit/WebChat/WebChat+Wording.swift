import SvoyiCore

extension WebChat {
    /// The web chat's own words, Ukrainian first.
    enum Wording {
        case title, intro, transcript, you, bot, yourMessage, send, empty, tooLong(Int), onMap, noLocation, noContact

        func text(_ language: Language) -> String {
            let (uk, en): (String, String) =
                switch self {
                case .title: ("Чат-бот громади", "Hromada chatbot")
                case .intro:
                    (
                        "Той самий бот, що в Telegram і Viber: послуги ЦНАП, укриття, довідка про громаду. Натискайте кнопки "
                            + "або пишіть запитання своїми словами.",
                        "The same bot as in Telegram and Viber: ASC services, shelters, facts about the hromada. Press the "
                            + "buttons or ask in your own words."
                    )
                case .transcript: ("Розмова з ботом", "Conversation with the bot")
                case .you: ("Ви", "You")
                case .bot: ("Бот", "Bot")
                case .yourMessage: ("Ваше повідомлення", "Your message")
                case .send: ("Надіслати", "Send")
                case .empty: ("Напишіть повідомлення або натисніть кнопку.", "Type a message or press a button.")
                case .tooLong(let limit):
                    (
                        "Повідомлення задовге: до \(limit) символів.",
                        "The message is too long: up to \(limit) characters."
                    )
                case .onMap: ("Показати на мапі", "Show on the map")
                case .noLocation:
                    (
                        "У вебчаті не можна поділитися геолокацією: скористайтеся ботом у Telegram чи Viber або поверніться кнопкою «Назад».",
                        "The web chat cannot share a location: use the bot in Telegram or Viber, or go back with the Back button."
                    )
                case .noContact:
                    (
                        "У вебчаті немає кнопки «Поділитися контактом»: підтвердити номер телефону можна в Telegram чи Viber.",
                        "The web chat has no “share contact” button: confirm your phone number in Telegram or Viber."
                    )
                }
            return language == .en ? en : uk
        }
    }
}
