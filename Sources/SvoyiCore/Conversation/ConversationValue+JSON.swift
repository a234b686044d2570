extension ConversationValue {
    /// Writes the value in its JSON form (the same as its `Codable` form): the plain value, a date as
    /// `{"date":"YYYY-MM-DD"}`, a location as `{"latitude":…,"longitude":…}`. Throws for a number JSON cannot hold
    /// (NaN, infinity).
    public func write(to json: inout JSONWriter) throws {
        switch self {
        case .text(let text): json.string(text)
        case .number(let number): try json.number(number)
        case .bool(let bool): json.bool(bool)
        case .date(let date):
            json.beginObject()
            json.key("date")
            json.string(date.description)
            json.endObject()
        case .location(let latitude, let longitude):
            json.beginObject()
            json.key("latitude")
            try json.number(latitude)
            json.key("longitude")
            try json.number(longitude)
            json.endObject()
        case .list(let list):
            json.beginArray()
            for element in list { try element.write(to: &json) }
            json.endArray()
        }
    }

    /// A value from its JSON form (see ``write(to:)``); `nil` for anything else.
    public init?(json: JSONValue) {
        switch json {
        case .bool(let bool): self = .bool(bool)
        case .number(let number): self = .number(number)
        case .string(let text): self = .text(text)
        case .array(let elements):
            var list: [ConversationValue] = []
            list.reserveCapacity(elements.count)
            for element in elements {
                guard let value = ConversationValue(json: element) else { return nil }
                list.append(value)
            }
            self = .list(list)
        case .object(let members):
            if members.count == 1, let text = members["date"]?.string, let date = CivilDate(text) {
                self = .date(date)
            } else if members.count == 2, let latitude = members["latitude"]?.number,
                let longitude = members["longitude"]?.number
            {
                self = .location(latitude: latitude, longitude: longitude)
            } else {
                return nil
            }
        case .null: return nil
        }
    }
}
