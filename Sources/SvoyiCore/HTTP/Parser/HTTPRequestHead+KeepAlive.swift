extension HTTPRequestHead {
    /// Whether the connection may carry another request after this one's response (RFC 9112 §9.3).
    ///
    /// HTTP/1.1 connections persist unless a `Connection` field lists `close`; HTTP/1.0 connections persist
    /// only when one lists `keep-alive` (and none lists `close`). Tokens compare case-insensitively, across
    /// every `Connection` field.
    public var keepAlive: Bool {
        var close = false
        var keepAlive = false
        for value in headers.values("Connection") {
            for token in value.split(separator: ",") {
                switch token.filter({ $0 != " " && $0 != "\t" }).lowercased() {
                case "close": close = true
                case "keep-alive": keepAlive = true
                default: break
                }
            }
        }
        if close { return false }
        return version == .http1_0 ? keepAlive : true
    }
}
