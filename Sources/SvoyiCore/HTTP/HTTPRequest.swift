public import Foundation

/// A complete request as handlers see it: the parsed head, the whole body, and where it came from.
public struct HTTPRequest: Sendable {
    public var head: HTTPRequestHead
    /// The body bytes (empty when there is none).
    public var body: [UInt8]
    /// The client's address: the peer, or the address a trusted proxy reported in `X-Forwarded-For`.
    public var remoteAddress: String
    /// When the head was complete.
    public var receivedAt: Date

    public init(
        head: HTTPRequestHead, body: [UInt8] = [], remoteAddress: String = "127.0.0.1", receivedAt: Date = Date()
    ) {
        self.head = head
        self.body = body
        self.remoteAddress = remoteAddress
        self.receivedAt = receivedAt
    }

    public var method: HTTPMethod { head.method }
    public var headers: HTTPHeaders { head.headers }

    /// The path part of the target, before `?`, not yet percent-decoded.
    public var rawPath: Substring {
        let target = head.target[...]
        return target.firstIndex(of: "?").map { target[..<$0] } ?? target
    }

    /// The query part of the target, after `?` (empty when absent).
    public var rawQuery: Substring {
        let target = head.target[...]
        return target.firstIndex(of: "?").map { target[target.index(after: $0)...] } ?? ""
    }
}
