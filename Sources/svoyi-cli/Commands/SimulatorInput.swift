import ChatbotKit
import SvoyiCore

/// What a line typed into `dialogues simulate` means: a button's number, a command, or text to send.
enum SimulatorInput: Equatable {
    /// An empty line.
    case nothing
    /// `:quit`.
    case quit
    /// Something the simulator itself refuses, with why.
    case invalid(String)
    /// An input for the bot.
    case send(ResidentInput)

    /// Reads `line` against the buttons of the bot's last reply (numbered from 1). A number presses a button only
    /// when the reply offers a choice (a step button, not just Back and Main menu); at a question that asks for a
    /// number it is the answer. `:text …` sends the rest as text whatever it is.
    init(_ line: String, buttons: [BotButton]) {
        switch line {
        case "": self = .nothing
        case ":quit", ":q": self = .quit
        case ":back": self = .send(.button("cmd:back"))
        case ":menu": self = .send(.button("cmd:menu"))
        default:
            if line.hasPrefix(":location") {
                let numbers = line.dropFirst(":location".count).split(whereSeparator: { $0 == "," || $0 == " " })
                    .compactMap { Double($0) }
                guard numbers.count == 2 else {
                    self = .invalid(":location needs a latitude and a longitude, e.g. :location 49.44,32.06")
                    return
                }
                self = .send(.location(latitude: numbers[0], longitude: numbers[1]))
            } else if line.hasPrefix(":text ") {
                self = .send(.text(String(line.dropFirst(":text ".count))))
            } else if line.hasPrefix(":") {
                self = .invalid(
                    "unknown command \(line); use :back, :menu, :location <lat>,<lon>, :text <text> or :quit")
            } else if let number = Int(line), buttons.contains(where: { $0.payload.hasPrefix(ButtonPayload.prefix) }) {
                guard (1...buttons.count).contains(number) else {
                    self = .invalid("there is no button \(number); the buttons are 1–\(buttons.count)")
                    return
                }
                self = .send(.button(buttons[number - 1].payload))
            } else {
                self = .send(.text(line))
            }
        }
    }
}
