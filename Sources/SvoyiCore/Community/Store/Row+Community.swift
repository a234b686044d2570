extension Row {
    /// `<prefix>_uk` and `<prefix>_en` as a ``LocalizedText``.
    func localized(_ prefix: String) throws -> LocalizedText {
        LocalizedText(uk: try get("\(prefix)_uk"), en: try get("\(prefix)_en"))
    }

    /// Like ``localized(_:)``, `nil` when the Ukrainian text is NULL.
    func optionalLocalized(_ prefix: String) throws -> LocalizedText? {
        guard let uk = try get("\(prefix)_uk", as: String?.self) else { return nil }
        return LocalizedText(uk: uk, en: try get("\(prefix)_en"))
    }

    /// `latitude` and `longitude`, `nil` when either is NULL.
    func coordinates() throws -> Coordinates? {
        guard let latitude = try get("latitude", as: Double?.self),
            let longitude = try get("longitude", as: Double?.self)
        else { return nil }
        return Coordinates(latitude: latitude, longitude: longitude)
    }

    /// A nullable JSON column.
    func optionalJSON<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        guard let value = self[column] else { throw StorageError.missingColumn(column) }
        if case .null = value { return nil }
        return try value.decodeJSON(T.self)
    }

    /// A JSON column decoded through ``DecodedJSONMemo``: for columns read on every chatbot message that needs
    /// them.
    func memoizedJSON<T: Decodable & Sendable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let value = self[column] else { throw StorageError.missingColumn(column) }
        return try DecodedJSONMemo.decode(value, as: T.self)
    }

    /// A nullable JSON column decoded through ``DecodedJSONMemo``.
    func optionalMemoizedJSON<T: Decodable & Sendable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        guard let value = self[column] else { throw StorageError.missingColumn(column) }
        if case .null = value { return nil }
        return try DecodedJSONMemo.decode(value, as: T.self)
    }
}

extension Optional where Wrapped: Encodable {
    /// JSON text, or NULL.
    var jsonOrNull: SQLValue {
        get throws {
            guard let self else { return .null }
            return try .json(self)
        }
    }
}
