internal import CLinux
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One client connection: reads and parses requests, hands complete ones to the responder one at a time (in
/// order, for pipelining), writes responses, and enforces the deadlines.
///
/// `@unchecked Sendable`: every property is touched only on its loop's thread. Handler and stream tasks run
/// elsewhere but only reach the connection through ``EventLoop/execute(_:)``.
final class HTTPConnection: EventLoopHandler, @unchecked Sendable {
    struct Pending {
        var head: HTTPRequestHead
        var body: [UInt8]
        var receivedAt: Date
        var expectContinue: Bool
        var continueSent = false
        var startedAt: UInt64
        var spool: BodySpool?
    }

    /// Complete requests waiting for their turn; reading pauses at this many.
    static let queueLimit = 16
    /// Bytes handed to the parser at a time, so the queue limit holds within one large read.
    static let feedSlice = 4096
    /// Output kept buffered before a streamed response waits for the client to read.
    static let streamHighWater = 256 * 1024

    let descriptor: Int32
    let peer: String
    unowned let eventLoop: EventLoop
    let server: HTTPServer
    var parser: HTTPRequestParser
    var events: [HTTPParserEvent] = []
    var assembling: Pending?
    var ready: [Pending] = []
    /// Bytes read but not yet parsed because the queue was full.
    var unparsed: [UInt8] = []
    var parseFailure: HTTPParseError?
    var inFlight = false
    var handlerTask: Task<Void, Never>?
    /// The spooled body of the request in flight, deleted once its response is sent.
    var spoolInFlight: BodySpool?
    var keepAliveAfterResponse = true
    var responseQueued = false
    var streaming = false
    var streamTask: Task<Void, Never>?
    var streamWaiter: CheckedContinuation<Void, Never>?
    var outbound: [UInt8] = []
    var outboundOffset = 0
    var wantWritable = false
    var readPaused = false
    var peerClosedInput = false
    var closed = false
    var draining = false
    /// After an error response: the write side is shut, input is discarded until this deadline, then close.
    var lingerUntil: UInt64?
    // Deadlines, in monotonic nanoseconds.
    var waitingSince: UInt64
    var headStartedAt: UInt64?
    var bodyWindowStart: UInt64 = 0
    var bodyWindowBytes = 0
    var writeStalledSince: UInt64?

    init(descriptor: Int32, peer: String, loop: EventLoop, server: HTTPServer) {
        self.descriptor = descriptor
        self.peer = peer
        self.eventLoop = loop
        self.server = server
        self.parser = HTTPRequestParser(limits: server.configuration.limits)
        self.waitingSince = DispatchTime.now().uptimeNanoseconds
    }

    func start() {
        readAvailable()
    }

    // MARK: Reading

    func handle(events mask: UInt32) {
        if mask & EPOLLOUT.rawValue != 0 { flush() }
        if mask & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
            readAvailable()
        }
    }

    func readAvailable() {
        let buffer = eventLoop.readBuffer
        while !closed && (!readPaused || lingerUntil != nil) && !peerClosedInput {
            let count = recv(descriptor, buffer.baseAddress, buffer.count, 0)
            if count > 0 {
                if lingerUntil != nil { continue }  // discarding after an error response
                process(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            } else if count == 0 {
                peerClosedInput = true
                // The client is done sending; answer what it already asked, then close.
                if lingerUntil != nil || (!inFlight && ready.isEmpty) { close() }
                return
            } else if errno == EINTR {
                continue
            } else {
                if errno != EAGAIN && errno != EWOULDBLOCK { close() }
                return
            }
        }
    }

    /// Parses `bytes` in slices, stopping (and keeping the rest) once the queue of complete requests is full.
    func process(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            if ready.count >= Self.queueLimit || parseFailure != nil {
                if parseFailure == nil { unparsed.append(contentsOf: bytes[offset...]) }
                readPaused = true
                break
            }
            let end = min(bytes.count, offset + Self.feedSlice)
            feed(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            offset = end
        }
        dispatchNext()
    }

    /// Parses what was held back while the queue was full (as reading resumes).
    func processUnparsed() {
        guard !unparsed.isEmpty else { return }
        let held = unparsed
        unparsed = []
        held.withUnsafeBytes { process($0) }
    }

    private func feed(_ bytes: UnsafeRawBufferPointer) {
        let now = DispatchTime.now().uptimeNanoseconds
        let responder = server.responder
        do throws(HTTPParseError) {
            try parser.feed(bytes, into: &events) { head in
                // Only a request that declares a body needs its route's cap (routing it twice costs).
                head.headers.contains("Content-Length") || head.headers.contains("Transfer-Encoding")
                    ? responder.bodyLimit(for: head) : 0
            }
        } catch {
            parseFailure = error
            readPaused = true  // nothing after a framing error can be trusted
        }
        for event in events {
            switch event {
            case .head(let head, _, let expectContinue):
                assembling = Pending(
                    head: head, body: [], receivedAt: Date(), expectContinue: expectContinue,
                    startedAt: headStartedAt ?? now)
                bodyWindowStart = now
                bodyWindowBytes = 0
                if expectContinue && !inFlight && ready.isEmpty { sendContinue() }
            case .body(let chunk):
                appendBody(chunk)
                bodyWindowBytes += chunk.count
            case .end:
                if let complete = assembling {
                    complete.spool?.finish()
                    ready.append(complete)
                }
                assembling = nil
            }
        }
        events.removeAll(keepingCapacity: true)
        // The head clock runs from the first byte of a head until the head is complete.
        if assembling != nil || parser.isBetweenRequests {
            headStartedAt = nil
        } else if headStartedAt == nil {
            headStartedAt = now
        }
    }

    /// Keeps body bytes in memory up to the spool threshold, and in a temporary file beyond it.
    private func appendBody(_ chunk: [UInt8]) {
        guard var pending = assembling else { return }
        assembling = nil  // keep the body uniquely referenced while it grows
        defer { assembling = pending }
        if let spool = pending.spool {
            spool.write(chunk)
            return
        }
        pending.body.append(contentsOf: chunk)
        if pending.body.count > server.configuration.bodySpoolThreshold,
            let spool = BodySpool(directory: server.configuration.spoolDirectory)
        {
            spool.write(pending.body)
            pending.body = []
            pending.spool = spool
        }
    }

    func sendContinue() {
        guard var pending = assembling, pending.expectContinue, !pending.continueSent else { return }
        pending.continueSent = true
        assembling = pending
        bodyWindowStart = DispatchTime.now().uptimeNanoseconds  // the body clock starts when we ask for it
        outbound.append(contentsOf: Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        flush()
    }

    // MARK: Dispatch

    func dispatchNext() {
        guard !closed, !inFlight, lingerUntil == nil else { return }
        guard !ready.isEmpty else {
            if let failure = parseFailure {
                parseFailure = nil
                sendError(failure.status, closing: true)
            } else if peerClosedInput || (draining && assembling == nil && headStartedAt == nil) {
                close()
            }
            return
        }
        let pending = ready.removeFirst()
        inFlight = true
        spoolInFlight = pending.spool
        if pending.spool?.failed == true {
            // The disk refused the body: answer instead of handing the handler a truncated upload.
            send(
                .text("Сервер не зміг прийняти файл. Спробуйте пізніше.\n", status: .serviceUnavailable),
                for: pending.head)
            return
        }
        // Requests already read are all answered; the last one before a close says so.
        keepAliveAfterResponse = pending.head.keepAlive && !(ready.isEmpty && (draining || peerClosedInput))
        let request = HTTPRequest(
            head: pending.head, body: pending.body, bodyFile: pending.spool?.path,
            remoteAddress: clientAddress(pending.head), receivedAt: pending.receivedAt,
            isSecure: cameOverTLS(pending.head))
        let responder = server.responder
        let loop = self.eventLoop
        handlerTask = Task.detached(executorPreference: server.configuration.handlerExecutor) { [self] in
            let response = await responder.respond(to: request)
            loop.execute { self.send(response, for: request.head) }
        }
    }

    /// Whether a trusted proxy says the client used TLS (`X-Forwarded-Proto: https`, the last value when several).
    private func cameOverTLS(_ head: HTTPRequestHead) -> Bool {
        guard server.configuration.trustedProxies.contains(peer) else { return false }
        let protocols = head.headers.values("X-Forwarded-Proto").flatMap { $0.split(separator: ",") }
        return protocols.last?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }

    /// The client's address: the peer, or what a trusted proxy reports in `X-Forwarded-For` (the rightmost
    /// address that is not itself a trusted proxy).
    private func clientAddress(_ head: HTTPRequestHead) -> String {
        let trusted = server.configuration.trustedProxies
        guard trusted.contains(peer) else { return peer }
        let hops = head.headers.values("X-Forwarded-For").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last { !trusted.contains($0) } ?? peer
    }
}
