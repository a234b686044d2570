import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

/// Opened by a test to let `/slow` answer.
final class OpenGate: Sendable {
    private let state = Atomic<Bool>(false)
    var isOpen: Bool { state.load(ordering: .acquiring) }
    func open() { state.store(true, ordering: .releasing) }
}

/// A responder for live tests: echoes what it got; `/slow` waits for the test; `/stream` streams.
struct EchoResponder: HTTPResponder {
    let slowGate: OpenGate?

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        switch request.rawPath {
        case "/slow":
            while !(slowGate?.isOpen ?? true) { try? await Task.sleep(for: .milliseconds(5)) }
            return .text("slow done")
        case "/stream":
            let stream = AsyncStream<[UInt8]> { continuation in
                for part in ["data: один\n\n", "data: два\n\n", "data: три\n\n"] {
                    continuation.yield(Array(part.utf8))
                }
                continuation.finish()
            }
            return HTTPResponse(headers: HTTPHeaders([("Content-Type", "text/event-stream")]), body: .stream(stream))
        case "/bad-header":
            return HTTPResponse(headers: HTTPHeaders([("X-Evil", "a\r\nSet-Cookie: x=1")]))
        case "/big":
            // 12 MiB produced on demand, 64 KiB at a time: the server must pull at the client's pace.
            let produced = Atomic<Int>(0)
            let stream = AsyncStream<[UInt8]>(unfolding: {
                let index = produced.add(1, ordering: .relaxed).newValue
                return index <= 192 ? [UInt8](repeating: UInt8(65 + index % 26), count: 65536) : nil
            })
            return HTTPResponse(body: .stream(stream))
        case "/upload":
            var limits = MultipartLimits()
            limits.maximumPartBytes = 8 << 20
            limits.maximumTotalBytes = 8 << 20
            guard let form = try? request.multipartForm(limits: limits) else {
                return .text("bad form", status: .badRequest)
            }
            defer { form.removeTemporaryFiles() }
            let parts = form.parts.map { part -> String in
                if case .file = part.content { return "\(part.name)=\(part.size)@disk" }
                return "\(part.name)=\(part.size)"
            }
            return .text("spooled=\(request.bodyFile != nil) " + parts.joined(separator: " "))
        case "/empty":
            return HTTPResponse(status: .noContent)
        default:
            return .text(
                "\(request.method) \(request.head.target) body=\(request.body.count) from=\(request.remoteAddress)")
        }
    }

    func bodyLimit(for head: HTTPRequestHead) -> Int {
        switch head.target {
        case "/small": 10
        case "/upload": 10 << 20
        default: 1 << 20
        }
    }
}

@Suite(.serialized) struct HTTPServerLiveTests {
    func server(
        _ adjust: (inout HTTPServerConfiguration) -> Void = { _ in }, gate: OpenGate? = nil
    ) throws
        -> HTTPServer
    {
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.loops = 2
        adjust(&configuration)
        let server = HTTPServer(configuration: configuration, responder: EchoResponder(slowGate: gate))
        try server.start()
        return server
    }

    @Test func keepAliveServesSeveralRequestsOnOneConnection() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        for i in 1...3 {
            try socket.send("GET /n/\(i) HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try await socket.readResponse()
            #expect(response.status == 200)
            #expect(response.body == "GET /n/\(i) body=0 from=127.0.0.1")
            #expect(response.headers["connection"] == nil)
            #expect(response.headers["date"]?.hasSuffix("GMT") == true)
        }
        #expect(server.acceptedConnections == 1)
        await server.shutdown()
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send(
            "GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                + "GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(try await socket.readResponse().body == "GET /a body=0 from=127.0.0.1")
        #expect(try await socket.readResponse().body == "POST /b body=3 from=127.0.0.1")
        let last = try await socket.readResponse()
        #expect(last.body == "GET /c body=0 from=127.0.0.1")
        #expect(last.headers["connection"] == "close")
        #expect(await socket.isClosedByPeer())
        await server.shutdown()
    }

    @Test func chunkedBodiesHEADAnd204() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send(
            "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n2;x=y\r\nef\r\n0\r\n\r\n")
        #expect(try await socket.readResponse().body == "POST /c body=6 from=127.0.0.1")
        try socket.send(
            "HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /empty HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n"
        )
        let head = try await socket.readResponse(bodyless: true)
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == "29")  // the length of the body HEAD does not get
        let empty = try await socket.readResponse()
        #expect(empty.status == 204)
        #expect(empty.headers["content-length"] == nil)
        #expect(try await socket.readResponse().body == "GET /after body=0 from=127.0.0.1")
        await server.shutdown()
    }

    @Test func expectContinueGetsAnInterimResponseThenTheAnswer() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        #expect(try await socket.readResponse().status == 100)
        try socket.send("hello")
        #expect(try await socket.readResponse().body == "POST /up body=5 from=127.0.0.1")
        await server.shutdown()
    }

    @Test func malformedRequestsGetTheirStatusAndTheConnectionCloses() async throws {
        let server = try server()
        let cases: [(String, Int)] = [
            ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
            ("POST /small HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", 413),
            ("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        ]
        for (request, status) in cases {
            let socket = try TestSocket(port: server.port)
            try socket.send(request)
            let response = try await socket.readResponse()
            #expect(response.status == status, "\(request.prefix(40))")
            #expect(response.headers["connection"] == "close")
            #expect(await socket.isClosedByPeer())
        }
        // A good request before a bad one on the same connection is still answered.
        let socket = try TestSocket(port: server.port)
        try socket.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGET /bad HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n")
        #expect(try await socket.readResponse().status == 200)
        #expect(try await socket.readResponse().status == 400)
        await server.shutdown()
    }

    @Test func aHandlerCannotSplitTheResponseWithItsHeaders() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send("GET /bad-header HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await socket.readResponse()
        #expect(response.status == 500)
        #expect(response.headers["set-cookie"] == nil)
        await server.shutdown()
    }

    @Test func streamedResponsesAreChunked() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await socket.readResponse()
        #expect(response.headers["transfer-encoding"] == "chunked")
        #expect(response.body == "data: один\n\ndata: два\n\ndata: три\n\n")
        try socket.send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await socket.readResponse().status == 200)
        await server.shutdown()
    }

    @Test func aSlowlorisClientIsCutAtTheDeadlineWhileOthersAreServed() async throws {
        let server = try server { $0.headerTimeout = 1 }
        let slow = try TestSocket(port: server.port)
        let started = Date()
        try slow.send("GET / HTTP/1.1\r\n")
        var cut = false
        while Date().timeIntervalSince(started) < 5 {
            do {
                try slow.send("X-Drip: 1\r\n")
            } catch {
                cut = true
                break
            }
            let normal = try TestSocket(port: server.port)
            try normal.send("GET /fine HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await normal.readResponse().status == 200)
            try await Task.sleep(for: .milliseconds(200))  // the drip rate of the attack, not a synchronisation
            if let response = try? await slow.readResponseIfAny(), response == 408 {
                cut = true
                break
            }
        }
        // Cut within the 5 s loop: the 1 s header deadline, not the 60 s idle timeout, ended it.
        #expect(cut)
        await server.shutdown()
    }

    @Test func aThousandConcurrentConnectionsAreServed() async throws {
        raiseDescriptorLimit()
        let server = try server { $0.maximumConnectionsPerAddress = 2000 }
        var sockets: [TestSocket] = []
        for _ in 0..<1000 { sockets.append(try TestSocket(port: server.port)) }
        for (i, socket) in sockets.enumerated() { try socket.send("GET /c/\(i) HTTP/1.1\r\nHost: x\r\n\r\n") }
        var served = 0
        for (i, socket) in sockets.enumerated() where try await socket.readResponse().body.hasPrefix("GET /c/\(i) ") {
            served += 1
        }
        #expect(served == 1000)
        #expect(server.openConnections == 1000)
        sockets.removeAll()
        try await waitUntil("the server to see the clients go") { server.openConnections == 0 }
        await server.shutdown()
    }

    @Test func shutdownDrainsARequestInFlightAndRefusesNewConnections() async throws {
        let gate = OpenGate()
        let server = try server(gate: gate)
        let port = server.port
        let busy = try TestSocket(port: port)
        try busy.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        let idle = try TestSocket(port: port)
        try await waitUntil("both connections") { server.openConnections == 2 }
        let stopping = Task { await server.shutdown(gracePeriod: .seconds(10)) }
        #expect(await idle.isClosedByPeer())  // an idle keep-alive connection closes at once
        try await waitUntil(timeout: 60, "new connections to be refused") {
            (try? TestSocket(port: port, timeout: 1)) == nil
        }
        gate.open()
        let response = try await busy.readResponse()
        #expect(response.body == "slow done")
        #expect(response.headers["connection"] == "close")
        await stopping.value
        #expect(server.openConnections == 0)
    }

    @Test func connectionsBeyondThePerAddressCapAreClosedAtOnce() async throws {
        let server = try server { $0.maximumConnectionsPerAddress = 3 }
        let kept = try (0..<3).map { _ in try TestSocket(port: server.port) }
        try await waitUntil("three connections") { server.openConnections == 3 }
        let refused = try TestSocket(port: server.port)
        #expect(await refused.isClosedByPeer())
        try kept[0].send("GET /still HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await kept[0].readResponse().status == 200)
        await server.shutdown()
    }

    @Test func aTrustedProxysForwardedAddressIsUsedAndOthersAreIgnored() async throws {
        let trusting = try server { $0.trustedProxies = ["127.0.0.1"] }
        let socket = try TestSocket(port: trusting.port)
        try socket.send("GET /who HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9, 127.0.0.1\r\n\r\n")
        #expect(try await socket.readResponse().body.hasSuffix("from=203.0.113.9"))
        await trusting.shutdown()
        let plain = try server()
        let other = try TestSocket(port: plain.port)
        try other.send("GET /who HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\n\r\n")
        #expect(try await other.readResponse().body.hasSuffix("from=127.0.0.1"))
        await plain.shutdown()
    }
}

/// Lets the test process hold a thousand connections at both ends.
func raiseDescriptorLimit() {
    var limit = rlimit()
    getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    limit.rlim_cur = max(limit.rlim_cur, min(limit.rlim_max, 8192))
    setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
}

extension TestSocket {
    /// The status of a response already waiting, looking for at most 50 ms.
    func readResponseIfAny() async throws -> Int? {
        timeout = 0.05
        defer { timeout = 10 }
        return try? await readResponse().status
    }
}

extension HTTPServerLiveTests {
    @Test func aTrustedProxyIsNotHeldToThePerAddressCap() async throws {
        let server = try server {
            $0.maximumConnectionsPerAddress = 2
            $0.trustedProxies = ["127.0.0.1"]
        }
        let sockets = try (0..<5).map { _ in try TestSocket(port: server.port) }
        try await waitUntil("five connections from the proxy") { server.openConnections == 5 }
        try sockets[4].send("GET /fifth HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await sockets[4].readResponse().status == 200)
        await server.shutdown()
    }
}

extension HTTPServerLiveTests {
    @Test func aLargeStreamArrivesWholeAtTheClientsPace() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send("GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await socket.readResponse()
        #expect(response.headers["transfer-encoding"] == "chunked")
        #expect(response.body.utf8.count == 192 * 65536)
        try socket.send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await socket.readResponse().status == 200)
        await server.shutdown()
    }

    @Test func aClientThatHalfClosesGetsEveryAnswer() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send((1...3).map { "GET /h/\($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
        socket.shutdownWrite()
        for i in 1...3 { #expect(try await socket.readResponse().body.hasPrefix("GET /h/\(i) ")) }
        #expect(await socket.isClosedByPeer())
        await server.shutdown()
    }

    @Test func manyPipelinedRequestsInOneWriteAreAllAnsweredInOrder() async throws {
        let server = try server()
        let socket = try TestSocket(port: server.port)
        try socket.send((1...300).map { "GET /p/\($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
        var inOrder = 0
        for i in 1...300 where try await socket.readResponse().body.hasPrefix("GET /p/\(i) ") { inOrder += 1 }
        #expect(inOrder == 300)
        await server.shutdown()
    }

    @Test func aSecondServerCannotTakeTheSamePort() async throws {
        let first = try server()
        var configuration = HTTPServerConfiguration()
        configuration.port = first.port
        let second = HTTPServer(configuration: configuration, responder: EchoResponder(slowGate: nil))
        #expect(throws: HTTPServerError.self) { try second.start() }
        await first.shutdown()
    }

    @Test func aPartialNextHeadIsHeldToTheHeaderDeadline() async throws {
        let server = try server { $0.headerTimeout = 1 }
        let socket = try TestSocket(port: server.port)
        try socket.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHo")
        #expect(try await socket.readResponse().status == 200)
        // A 408 within the client's 10 s read timeout: the 1 s header deadline fired, not the 60 s idle one.
        #expect(try await socket.readResponse().status == 408)
        await server.shutdown()
    }

    @Test func aBodyDrippingJustFastEnoughIsStillCutAtTheRequestDeadline() async throws {
        let server = try server {
            $0.requestTimeout = 1
            $0.minimumBodyBytesPerWindow = 1
        }
        let socket = try TestSocket(port: server.port)
        try socket.send("POST /slow-body HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
        let started = Date()
        var status: Int?
        while status == nil && Date().timeIntervalSince(started) < 5 {
            try? socket.send("x")
            try await Task.sleep(for: .milliseconds(100))  // the drip rate of the test client
            status = try? await socket.readResponseIfAny()
        }
        #expect(status == 408)
        await server.shutdown()
    }

    @Test func shutdownAnswersRequestsAlreadyRead() async throws {
        let gate = OpenGate()
        let server = try server(gate: gate)
        let socket = try TestSocket(port: server.port)
        try socket.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /queued HTTP/1.1\r\nHost: x\r\n\r\n")
        try await waitUntil("the connection") { server.openConnections == 1 }
        let stopping = Task { await server.shutdown(gracePeriod: .seconds(10)) }
        gate.open()
        #expect(try await socket.readResponse().body == "slow done")
        let queued = try await socket.readResponse()
        #expect(queued.body.hasPrefix("GET /queued "))
        #expect(queued.headers["connection"] == "close")
        await stopping.value
    }
}

extension HTTPServerLiveTests {
    @Test func aLargeUploadIsSpooledToDiskAndTheSpoolRemovedAfterTheAnswer() async throws {
        let spool = try TemporaryDirectory("svoyi-spool")
        let server = try server {
            $0.bodySpoolThreshold = 64 * 1024
            $0.spoolDirectory = spool.url.path
        }
        let boundary = "----svoyi-test-boundary"
        let file = [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nЗвіт\r\n".utf8)
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"scan.pdf\"\r\n\r\n".utf8)
        body += file
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        let socket = try TestSocket(port: server.port)
        try socket.send(
            "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=\(boundary)\r\n"
                + "Content-Length: \(body.count)\r\n\r\n")
        try socket.send(body)
        let response = try await socket.readResponse()
        #expect(response.body == "spooled=true title=8 scan=\(3 << 20)@disk", "\(response.body)")
        let left = try FileManager.default.contentsOfDirectory(atPath: spool.url.path)
        #expect(left.isEmpty, "\(left)")
        await server.shutdown()
    }
}
