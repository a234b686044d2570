import SvoyiCore

/// What the Viber channel itself says (the dialogues say the rest), Ukrainian first.
enum ViberWording {
    static let linked = LocalizedText(
        uk: "Готово: Viber під'єднано до вашого профілю громади.",
        en: "Done: Viber is now linked to your hromada profile.")
    static let linkCodeInvalid = LocalizedText(
        uk:
            "Цей код під'єднання не знайдено або його вже використано. Створіть новий у налаштуваннях там, де ви вже спілкуєтеся з ботом.",
        en:
            "This link code was not found or was already used. Create a new one in the settings where you already talk to the bot."
    )
    static let linkCodeExpired = LocalizedText(
        uk: "Код під'єднання діє 15 хвилин, і цей уже не дійсний. Створіть новий у налаштуваннях.",
        en: "A link code works for 15 minutes and this one has expired. Create a new one in the settings.")
    static let linkConflict = LocalizedText(
        uk: "Ці два профілі належать різним підтвердженим особам, тож об'єднати їх не можна. Зверніться до ЦНАП.",
        en:
            "These two profiles belong to different verified people, so they cannot be joined. Please contact the TsNAP."
    )
}
