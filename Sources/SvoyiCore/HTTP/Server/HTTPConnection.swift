internal import CLinux
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One client connection: reads and parses requests, hands complete ones to the responder one at a time (in
/// order, for pipelining), writes responses, and enforces the deadlines.
///
/// `@unchecked Sendable`: every property is touched only on its loop's thread. Handler tasks run elsewhere but
/// only carry the connection back to the loop through ``EventLoop/execute(_:)``.
final class HTTPConnection: EventLoopHandler, @unchecked Sendable {
    struct Pending {
        var head: HTTPRequestHead
        var body: [UInt8]
        var receivedAt: Date
        var expectContinue: Bool
        var continueSent = false
    }

    let descriptor: Int32
    let peer: String
    unowned let eventLoop: EventLoop
    let server: HTTPServer
    private var parser: HTTPRequestParser
    private var events: [HTTPParserEvent] = []
    var assembling: Pending?
    var ready: [Pending] = []
    var parseFailure: HTTPParseError?
    var inFlight = false
    var keepAliveAfterResponse = true
    var responseQueued = false
    var outbound: [UInt8] = []
    var outboundOffset = 0
    var wantWritable = false
    var readPaused = false
    var peerClosedInput = false
    var closed = false
    var draining = false
    var streamTask: Task<Void, Never>?
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
        while !closed && !readPaused && !peerClosedInput {
            let count = recv(descriptor, buffer.baseAddress, buffer.count, 0)
            if count > 0 {
                process(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            } else if count == 0 {
                peerClosedInput = true
                // The client is done sending; answer what it asked (if anything) and then close.
                if !inFlight && ready.isEmpty { close() }
                return
            } else if errno == EINTR {
                continue
            } else {
                if errno != EAGAIN && errno != EWOULDBLOCK { close() }
                return
            }
        }
    }

    private func process(_ bytes: UnsafeRawBufferPointer) {
        let now = DispatchTime.now().uptimeNanoseconds
        if assembling == nil && headStartedAt == nil { headStartedAt = now }
        let responder = server.responder
        do throws(HTTPParseError) {
            try parser.feed(bytes, into: &events) { head in responder.bodyLimit(for: head) }
        } catch {
            parseFailure = error
            readPaused = true  // nothing after a framing error can be trusted
        }
        for event in events {
            switch event {
            case .head(let head, _, let expectContinue):
                assembling = Pending(head: head, body: [], receivedAt: Date(), expectContinue: expectContinue)
                headStartedAt = nil
                bodyWindowStart = now
                bodyWindowBytes = 0
                if expectContinue && !inFlight && ready.isEmpty { sendContinue() }
            case .body(let chunk):
                assembling?.body.append(contentsOf: chunk)
                bodyWindowBytes += chunk.count
            case .end:
                if let complete = assembling { ready.append(complete) }
                assembling = nil
            }
        }
        events.removeAll(keepingCapacity: true)
        if ready.count >= 16 { readPaused = true }  // a client pipelining far ahead waits for answers
        dispatchNext()
    }

    func sendContinue() {
        guard var pending = assembling, pending.expectContinue, !pending.continueSent else { return }
        pending.continueSent = true
        assembling = pending
        outbound.append(contentsOf: Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        flush()
    }

    // MARK: Dispatch

    func dispatchNext() {
        guard !closed, !inFlight else { return }
        guard !ready.isEmpty else {
            if let failure = parseFailure {
                parseFailure = nil
                sendError(failure.status, closing: true)
            } else if peerClosedInput {
                close()
            } else if draining && assembling == nil && headStartedAt == nil {
                close()
            }
            return
        }
        let pending = ready.removeFirst()
        inFlight = true
        keepAliveAfterResponse = pending.head.keepAlive && !draining && !peerClosedInput
        let request = HTTPRequest(
            head: pending.head, body: pending.body, remoteAddress: clientAddress(pending.head),
            receivedAt: pending.receivedAt)
        let responder = server.responder
        let loop = self.eventLoop
        Task.detached { [self] in
            let response = await responder.respond(to: request)
            loop.execute { self.send(response, for: request.head) }
        }
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
