/// How the body of a request is delimited, decided from its head.
public enum HTTPBodyFraming: Sendable, Equatable {
    /// Neither Content-Length nor Transfer-Encoding: the request has no body.
    case none
    /// `Content-Length`: exactly this many bytes follow the head (possibly zero).
    case length(Int)
    /// `Transfer-Encoding: chunked`: the body arrives in chunks, its total size unknown up front.
    case chunked
}

/// What the parser found in the bytes it was fed.
///
/// Each request yields one ``head(_:framing:expectContinue:)``, then zero or more ``body(_:)`` and then one
/// ``end``. How the body is cut into ``body(_:)`` events depends on how the bytes arrived; adjacent body
/// bytes found in one call to ``HTTPRequestParser/feed(_:into:bodyLimit:)`` are delivered as one event, and
/// no body event is ever empty.
public enum HTTPParserEvent: Sendable, Equatable {
    /// The request line and header section of the next request. `expectContinue` is true when an
    /// HTTP/1.1 request with a body sent `Expect: 100-continue`: the server should answer `100 Continue`
    /// (or its final status) before the client sends the body.
    case head(HTTPRequestHead, framing: HTTPBodyFraming, expectContinue: Bool)
    /// Some bytes of the body, with any chunked framing removed.
    case body([UInt8])
    /// The request is complete; any further bytes belong to the next request.
    case end
}
