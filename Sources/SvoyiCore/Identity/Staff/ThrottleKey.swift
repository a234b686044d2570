#if canImport(Glibc)
import Glibc
#endif

/// The key under which sign-in attempts from a client address are counted: the address itself for IPv4, and its
/// /64 network for IPv6, since one IPv6 user usually holds a whole /64 and could otherwise take a fresh address
/// for every guess.
public enum ThrottleKey {
    /// The counting key for `address`.
    public static func of(_ address: String) -> String {
        guard address.contains(":") else { return address }
        var bytes = [UInt8](repeating: 0, count: 16)
        let parsed = address.withCString { text in
            bytes.withUnsafeMutableBytes { inet_pton(AF_INET6, text, $0.baseAddress) }
        }
        guard parsed == 1 else { return address }
        // An IPv4-mapped address (::ffff:a.b.c.d) is one IPv4 client.
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff {
            return bytes[12...].map(String.init).joined(separator: ".")
        }
        var groups: [String] = []
        for index in stride(from: 0, to: 8, by: 2) {
            groups.append(String(Int(bytes[index]) << 8 | Int(bytes[index + 1]), radix: 16))
        }
        return groups.joined(separator: ":") + "::/64"
    }
}
