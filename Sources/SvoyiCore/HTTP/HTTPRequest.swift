public import Foundation

/// A complete request as handlers see it: the parsed head, the whole body, and where it came from.
public struct HTTPRequest: Sendable {
    public var head: HTTPRequestHead
    /// The body bytes (empty when there is none, or when the body was spooled to ``bodyFile``).
    public var body: [UInt8]
    /// A body larger than the server's spool threshold is written to this private temporary file as it
    /// arrives (and ``body`` is empty); the server deletes the file once the response is sent. Read it with
    /// ``forEachBodyChunk(_:)``.
    public var bodyFile: String?
    /// The client's address: the peer, or the address a trusted proxy reported in `X-Forwarded-For`.
    public var remoteAddress: String
    /// When the head was complete.
    public var receivedAt: Date
    /// Whether the client reached the server over TLS: a trusted proxy said so with `X-Forwarded-Proto: https`.
    /// Cookies are marked `Secure` then.
    public var isSecure: Bool

    public init(
        head: HTTPRequestHead, body: [UInt8] = [], bodyFile: String? = nil, remoteAddress: String = "127.0.0.1",
        receivedAt: Date = Date(), isSecure: Bool = false
    ) {
        self.isSecure = isSecure
        self.head = head
        self.body = body
        self.bodyFile = bodyFile
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

extension HTTPRequest {
    /// Calls `consume` with the body in pieces of at most 64 KiB, from memory or from ``bodyFile``.
    public func forEachBodyChunk(_ consume: ([UInt8]) throws -> Void) throws {
        guard let bodyFile else {
            if !body.isEmpty { try consume(body) }
            return
        }
        guard let handle = FileHandle(forReadingAtPath: bodyFile) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
            try consume(Array(chunk))
        }
    }
}
