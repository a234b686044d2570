import SvoyiCore

extension WebChat {
    /// The web chat's own words, Ukrainian first.
    enum Wording {
        case title, intro, transcript, you, bot, yourMessage, send, empty, tooLong(Int), onMap, noLocation, noContact
        case shareLocation, locating, locationDenied, locationUnavailable, placeLabel, placeHint(String), sendPlace
        case myLocation(String), placeOutOfRange, placeUnknown(String, example: String), placeEmpty

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
                        "Тут не можна поділитися геолокацією: напишіть населений пункт громади або координати, скористайтеся ботом у Telegram чи Viber або поверніться кнопкою «Назад».",
                        "A location cannot be shared here: type a settlement of the hromada or coordinates, use the bot in Telegram or Viber, or go back with the Back button."
                    )
                case .shareLocation: ("Поділитися місцезнаходженням", "Share my location")
                case .locating: ("Визначаємо місцезнаходження…", "Finding your location…")
                case .locationDenied:
                    (
                        "Браузер не дозволив визначити місцезнаходження. Напишіть населений пункт або координати нижче.",
                        "The browser did not allow finding your location. Type a settlement or coordinates below."
                    )
                case .locationUnavailable:
                    (
                        "Не вдалося визначити місцезнаходження. Напишіть населений пункт або координати нижче.",
                        "Your location could not be found. Type a settlement or coordinates below."
                    )
                case .placeLabel: ("Населений пункт або координати", "Settlement or coordinates")
                case .placeHint(let example):
                    (
                        "Наприклад, «\(example)» або «49.15, 31.18» (широта, довгота).",
                        "For example “\(example)” or “49.15, 31.18” (latitude, longitude)."
                    )
                case .sendPlace: ("Надіслати місце", "Send the place")
                case .myLocation(let place): ("Моє місцезнаходження: \(place)", "My location: \(place)")
                case .placeOutOfRange:
                    (
                        "Координати поза межами: широта від −90 до 90, довгота від −180 до 180.",
                        "The coordinates are out of range: latitude −90 to 90, longitude −180 to 180."
                    )
                case .placeUnknown(let place, let example):
                    (
                        "Не знайшли «\(place)» серед населених пунктів громади. Напишіть назву, як-от «\(example)», або координати: 49.15, 31.18.",
                        "“\(place)” is not a settlement of the hromada. Type a name such as “\(example)”, or coordinates: 49.15, 31.18."
                    )
                case .placeEmpty:
                    (
                        "Напишіть населений пункт або координати чи натисніть «Поділитися місцезнаходженням».",
                        "Type a settlement or coordinates, or press “Share my location”."
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
