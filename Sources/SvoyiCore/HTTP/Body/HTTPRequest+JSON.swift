public import Foundation

extension HTTPRequest {
    /// The body decoded from JSON as `T`.
    ///
    /// Throws 415 when the content type is not JSON (`application/json` or `…+json`), 400 when the body is not
    /// JSON at all, and 422 naming the field when it is JSON of the wrong shape (`services[2].cost: expected a
    /// number`), with the field in the problem document's `errors`.
    public func decodeJSON<T: Decodable>(
        _ type: T.Type = T.self, decoder: JSONDecoder = JSONDecoder()
    ) throws(HTTPError) -> T {
        guard hasJSONBody else { throw HTTPError(.unsupportedMediaType, "Expected a JSON body (application/json).") }
        do {
            return try decoder.decode(T.self, from: Data(body))
        } catch let error as DecodingError {
            guard let field = JSONFieldError.fieldError(for: error) else {
                throw HTTPError(.badRequest, "The body is not valid JSON.")
            }
            throw HTTPError(.unprocessableContent, "\(field.field): \(field.detail)", fieldErrors: [field])
        } catch {
            throw HTTPError(.badRequest, "The body is not valid JSON.")
        }
    }

    /// The body as a ``JSONValue`` when it is JSON by its content type (as ``decodeJSON(_:decoder:)`` requires)
    /// and well formed, else `nil`. For a handler that reads a small body by hand on a hot path, then falls back
    /// to ``decodeJSON(_:decoder:)`` for anything unexpected, which answers with the usual errors.
    public var jsonBody: JSONValue? {
        guard hasJSONBody else { return nil }
        return try? JSONValue.parse(body)
    }

    private var hasJSONBody: Bool {
        let essence = headers["Content-Type"].map(MediaType.essence) ?? ""
        return essence == "application/json" || (essence.hasPrefix("application/") && essence.hasSuffix("+json"))
    }
}

extension HTTPResponse {
    /// A JSON response (`application/json`) encoding `value`; `sortedKeys` makes the output byte-stable.
    public static func json(
        _ value: some Encodable, status: HTTPStatus = .ok, sortedKeys: Bool = false
    ) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = sortedKeys ? [.sortedKeys, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return HTTPResponse(
            status: status, headers: HTTPHeaders([("Content-Type", "application/json")]), body: .bytes(Array(data)))
    }
}
