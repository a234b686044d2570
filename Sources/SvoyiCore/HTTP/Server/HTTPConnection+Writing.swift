internal import CLinux
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension HTTPConnection {
    /// Queues a response for the request in flight and starts writing it.
    func send(_ response: HTTPResponse, for head: HTTPRequestHead) {
        guard !closed else { return }
        let bodyAllowed = response.status.allowsBody && head.method != .head
        switch response.body {
        case .bytes(let body):
            guard let bytes = encodeHead(response, head, contentLength: body.count) else { return }
            append(bytes)
            if bodyAllowed { append(body) }
            markResponseQueued()
        case .stream(let stream):
            // HTTP/1.0 has no chunking: the close ends the body.
            if head.version == .http1_0 { keepAliveAfterResponse = false }
            guard let bytes = encodeHead(response, head, contentLength: bodyAllowed ? nil : 0) else { return }
            append(bytes)
            guard bodyAllowed else {
                markResponseQueued()
                break
            }
            let chunked = head.version != .http1_0
            let loop = eventLoop
            streamTask =
                (Task.detached { [self] in
                    for await chunk in stream where !chunk.isEmpty {
                        if Task.isCancelled { break }
                        loop.execute { self.appendStreamed(chunked ? ResponseEncoder.chunk(chunk) : chunk) }
                    }
                    loop.execute {
                        if chunked { self.appendStreamed(ResponseEncoder.lastChunk) }
                        self.markResponseQueued()
                        self.flush()
                    }
                })
        }
        flush()
    }

    private func encodeHead(_ response: HTTPResponse, _ head: HTTPRequestHead, contentLength: Int?) -> [UInt8]? {
        do {
            return try ResponseEncoder.head(
                response, version: head.version, contentLength: contentLength, keepAlive: keepAliveAfterResponse,
                date: HTTPDate.now)
        } catch {
            // A handler set a header with CR/LF: refuse to split the response.
            server.configuration.report("response refused: unsafe header from a handler")
            sendError(.internalServerError, closing: true)
            return nil
        }
    }

    private func appendStreamed(_ bytes: [UInt8]) {
        guard !closed else { return }
        if outbound.count - outboundOffset > 8 << 20 {
            server.configuration.report("closed a client that does not read a streamed response")
            close()
            return
        }
        append(bytes)
        flush()
    }

    /// Answers with a bare status (parse errors, timeouts) and closes when `closing`.
    func sendError(_ status: HTTPStatus, closing: Bool) {
        guard !closed else { return }
        if closing { keepAliveAfterResponse = false }
        let body = Array("\(status.code) \(status.reason)\n".utf8)
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
        text += "Content-Length: \(body.count)\r\nDate: \(HTTPDate.now)\r\n"
        if closing { text += "Connection: close\r\n" }
        append(Array((text + "\r\n").utf8) + body)
        inFlight = true
        markResponseQueued()
        flush()
    }
}
