internal import CLinux
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension HTTPConnection {
    /// Queues a response for the request in flight and starts writing it.
    func send(_ response: HTTPResponse, for head: HTTPRequestHead) {
        handlerTask = nil
        spoolInFlight?.discard()
        spoolInFlight = nil
        guard !closed else { return }
        let isHead = head.method == .head
        let bodyAllowed = response.status.allowsBody && !isHead
        switch response.body {
        case .bytes(let body):
            // A HEAD answer may state the length GET would send (e.g. a file not read for HEAD).
            let declared = isHead && body.isEmpty ? response.headers["Content-Length"].flatMap(Int.init) : nil
            guard let bytes = encodeHead(response, head, contentLength: declared ?? body.count) else { return }
            append(bytes)
            if bodyAllowed { append(body) }
            responseQueued = true
        case .stream(let stream):
            // HTTP/1.0 has no chunking: the close ends the body.
            if head.version == .http1_0 && bodyAllowed { keepAliveAfterResponse = false }
            guard let bytes = encodeHead(response, head, contentLength: nil) else { return }
            append(bytes)
            guard bodyAllowed else {
                responseQueued = true
                break
            }
            streaming = true
            let chunked = head.version != .http1_0
            let loop = eventLoop
            streamTask = Task.detached { [self] in
                for await chunk in stream where !chunk.isEmpty {
                    if Task.isCancelled { break }
                    // Wait for the client to take what is buffered before producing more.
                    await withCheckedContinuation { (credit: CheckedContinuation<Void, Never>) in
                        loop.execute { self.appendStreamed(chunked ? ResponseEncoder.chunk(chunk) : chunk, credit) }
                    }
                }
                loop.execute { self.endStream(chunked: chunked) }
            }
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

    private func appendStreamed(_ bytes: [UInt8], _ credit: CheckedContinuation<Void, Never>) {
        guard !closed else {
            credit.resume()
            return
        }
        append(bytes)
        streamWaiter = credit
        flush()
        releaseStreamCreditIfRoom()
    }

    /// Lets the stream produce its next chunk once buffered output is below the high-water mark.
    func releaseStreamCreditIfRoom() {
        guard let waiter = streamWaiter, closed || outbound.count - outboundOffset < Self.streamHighWater else {
            return
        }
        streamWaiter = nil
        waiter.resume()
    }

    private func endStream(chunked: Bool) {
        streamTask = nil
        guard !closed else { return }
        if chunked { append(ResponseEncoder.lastChunk) }
        streaming = false
        responseQueued = true
        flush()
    }

    /// Answers with a bare status (parse errors, timeouts). When `closing`, the write side is shut after it
    /// and input is read and discarded for a moment, so the client sees the answer rather than a reset.
    func sendError(_ status: HTTPStatus, closing: Bool) {
        guard !closed else { return }
        if closing { keepAliveAfterResponse = false }
        let body = Array("\(status.code) \(status.reason)\n".utf8)
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
        text += "Content-Length: \(body.count)\r\nDate: \(HTTPDate.now)\r\n"
        if closing { text += "Connection: close\r\n" }
        append(Array((text + "\r\n").utf8) + body)
        inFlight = true
        responseQueued = true
        flush()
    }
}
