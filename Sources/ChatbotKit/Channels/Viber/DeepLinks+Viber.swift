import Foundation

extension DeepLinks {
    /// `viber://pa?chatURI=<uri>&context=<payload>`: the link a QR code for a Viber bot encodes (the bot's URI is
    /// ``Bot/username``, from Viber's `get_account_info`). Without a payload, the link just opens the chat.
    /// `nil` for a malformed payload or URI.
    public static func viberLink(uri: String, payload: String? = nil) -> String? {
        guard !uri.isEmpty, uri.utf8.allSatisfy({ BotStore.isBase64URL($0) || $0 == UInt8(ascii: ".") }) else {
            return nil
        }
        guard let payload, !payload.isEmpty else { return "viber://pa?chatURI=\(uri)" }
        guard isValid(payload) else { return nil }
        return "viber://pa?chatURI=\(uri)&context=\(payload)"
    }
}
