import SvoyiCore

/// The payloads of the buttons the engine shows, and how a pressed one is read back.
///
/// A menu option or a choice is `v1:<dialogueID>@<version>:<nodeID>:<index>`, which names the exact step it
/// belongs to, so a button pressed under an old message is recognised as such. When that would exceed the
/// 64 bytes Telegram allows, the step is named by a stable 16-hex-digit hash instead: `v1:#<hash>:<index>`.
public enum ButtonPayload {
    /// The prefix of step buttons.
    public static let prefix = "v1:"

    /// The payload of option `index` at `position`, at most ``BotButton/maximumPayloadBytes`` bytes.
    public static func make(_ position: ConversationState.Position, index: Int) -> String {
        let full = "\(prefix)\(position):\(index)"
        if full.utf8.count <= BotButton.maximumPayloadBytes { return full }
        return "\(prefix)#\(hash(position.description)):\(index)"
    }

    /// The option index a payload selects at `position`, or `nil` when it belongs to another step (or is not a
    /// step button at all).
    public static func index(of payload: String, at position: ConversationState.Position) -> Int? {
        guard payload.hasPrefix(prefix), let colon = payload.lastIndex(of: ":"),
            let index = Int(payload[payload.index(after: colon)...]), index >= 0,
            make(position, index: index) == payload
        else { return nil }
        return index
    }

    /// FNV-1a (64 bit) of the UTF-8 bytes as 16 lowercase hex digits: stable across runs and platforms, unlike
    /// `Hasher`.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
