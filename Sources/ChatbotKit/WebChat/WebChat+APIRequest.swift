import SvoyiCore

extension WebChat {
    /// `POST /api/v1/chat`'s body: the session (absent on the first call) and exactly one input, or `open` (a
    /// dialogue to start, for a link or a widget's shortcut).
    struct APIRequest: Decodable {
        struct Location: Decodable {
            let latitude: Double
            let longitude: Double
        }

        let session: String?
        let text: String?
        let button: String?
        let location: Location?
        let open: String?
        let language: String?
    }
}

extension WebChat.APIRequest {
    /// The body read from its parsed JSON, accepting what `JSONDecoder` accepts for this type (a member absent or
    /// `null` is `nil`, other members are ignored), or `nil` when a member has another type or there is no object:
    /// the caller then decodes with `decodeJSON`, whose error names the field.
    init?(json: JSONValue?) {
        guard let members = json?.object else { return nil }
        /// `.some(nil)` for an absent or null member, `nil` for a member that is not a string.
        func string(_ name: String) -> String?? {
            switch members[name] {
            case nil, .null?: return .some(nil)
            case .string(let text)?: return .some(text)
            default: return nil
            }
        }
        guard let session = string("session"), let text = string("text"), let button = string("button"),
            let language = string("language"), let open = string("open")
        else { return nil }
        switch members["location"] {
        case nil, .null?: self.location = nil
        case .object(let place)?:
            guard let latitude = place["latitude"]?.number, let longitude = place["longitude"]?.number else {
                return nil
            }
            self.location = Location(latitude: latitude, longitude: longitude)
        default: return nil
        }
        self.session = session
        self.text = text
        self.button = button
        self.language = language
        self.open = open
    }
}
