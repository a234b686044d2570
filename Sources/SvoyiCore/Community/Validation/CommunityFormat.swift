import Foundation

/// The textual formats community data must follow, as pure checks.
public enum CommunityFormat {
    /// A hromada slug: 2 to 63 characters `a-z`, `0-9`, with single hyphens between them (`bila-tserkva`).
    public static func isSlug(_ text: String) -> Bool {
        (2...63).contains(text.utf8.count) && text.utf8.allSatisfy(isKeyByte) && !text.hasPrefix("-")
            && !text.hasSuffix("-") && !text.contains("--")
    }

    /// A stable key of a district, institution, service or life situation: 1 to 63 characters `a-z`, `0-9`,
    /// `-` (keys appear in URLs and in CSV lists separated by `|`).
    public static func isCode(_ text: String) -> Bool {
        (1...63).contains(text.utf8.count) && text.utf8.allSatisfy(isKeyByte)
    }

    /// A КАТОТТГ code: `UA` followed by 17 digits.
    public static func isKATOTTG(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 19 && bytes[0] == UInt8(ascii: "U") && bytes[1] == UInt8(ascii: "A")
            && bytes[2...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// An absolute `https` URL with a host.
    public static func isHTTPSURL(_ text: String) -> Bool {
        guard let url = URL(string: text), url.scheme == "https", let host = url.host, !host.isEmpty else {
            return false
        }
        return !text.contains(where: \.isWhitespace)
    }

    /// A time zone identifier this system's zone database knows (`Europe/Kyiv`).
    public static func isTimeZone(_ identifier: String) -> Bool {
        !identifier.isEmpty && TimeZone(identifier: identifier) != nil
    }

    /// Why the coordinates are out of range, or `nil` when they are valid WGS 84 degrees.
    public static func coordinatesProblem(_ coordinates: Coordinates) -> String? {
        let latitude = coordinates.latitude
        let longitude = coordinates.longitude
        guard latitude.isFinite, (-90.0...90.0).contains(latitude) else {
            return "latitude \(latitude) is outside -90…90"
        }
        guard longitude.isFinite, (-180.0...180.0).contains(longitude) else {
            return "longitude \(longitude) is outside -180…180"
        }
        return nil
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }
}
