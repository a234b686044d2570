extension HTTPRequest {
    /// The body as `application/x-www-form-urlencoded` fields. Throws 415 for another content type and 400 for a
    /// badly encoded body.
    public func formFields() throws(HTTPError) -> URLEncodedFields {
        guard let type = headers["Content-Type"], MediaType.essence(of: type) == "application/x-www-form-urlencoded"
        else { throw HTTPError(.unsupportedMediaType, "Expected a form (application/x-www-form-urlencoded).") }
        return try URLEncodedFields(parsing: body)
    }
}
