import SvoyiCore
import Testing

/// Records its name on the way in (in the context) and on the way out (in a response header).
private struct Tracer: HTTPMiddleware {
    enum Trail: ContextKey { typealias Value = [String] }
    let name: String

    func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var context = context
        context.values[Trail.self] = (context.values[Trail.self] ?? []) + [name]
        var response = try await next(request, context)
        response.headers.add("X-Out", name)
        return response
    }
}

/// Refuses every request with 403.
private struct Gate: HTTPMiddleware {
    func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        throw HTTPError(.forbidden, "closed")
    }
}

@Suite struct MiddlewareChainTests {
    @Test func middlewareRunsInTheOrderAddedFirstOutermost() async throws {
        var router = Router()
        router.add(Tracer(name: "outer"))
        router.add(Tracer(name: "inner"))
        router.get("/") { _, context in .text((context.values[Tracer.Trail.self] ?? []).joined(separator: ">")) }
        let response = try await router.buildResponder(errors: testErrors()).respond(to: request("/"))
        #expect(response.text == "outer>inner")
        #expect(response.headers.values("X-Out") == ["inner", "outer"])
    }

    @Test func middlewareRunsForUnmatchedRequestsToo() async throws {
        var router = Router()
        router.add(Tracer(name: "only"))
        let response = try await router.buildResponder(errors: testErrors()).respond(to: request("/missing"))
        #expect(response.status == .notFound)
        #expect(response.headers.values("X-Out") == ["only"])
    }

    @Test func aThrowingMiddlewareStopsTheChainAndOuterMiddlewareSeesItsStatus() async throws {
        let lines = CollectedLines()
        var router = Router()
        router.add(AccessLogMiddleware(sink: lines.sink))
        router.add(Gate())
        router.add(Tracer(name: "never"))
        router.get("/") { _, _ in
            Issue.record("the handler ran behind a refusing middleware")
            return .text("no")
        }
        let response = try await router.buildResponder(errors: testErrors()).respond(to: request("/"))
        #expect(response.status == .forbidden)
        #expect(response.headers.values("X-Out").isEmpty)
        #expect(lines.all.count == 1)
        #expect(lines.all.first?.contains(#""status":403"#) == true)
    }

    @Test func requestIDIsGeneratedPassedToTheHandlerAndEchoed() async throws {
        var router = Router()
        router.add(RequestIDMiddleware(generate: { "generated-1" }))
        router.get("/") { _, context in .text(context.requestID) }
        let responder = try router.buildResponder(errors: testErrors())
        let response = await responder.respond(to: request("/", headers: [("X-Request-Id", "from-client")]))
        #expect(response.text == "generated-1")
        #expect(response.headers["X-Request-Id"] == "generated-1")
    }

    @Test func trustedIncomingRequestIDIsKeptWhenWellFormed() async throws {
        var router = Router()
        router.add(RequestIDMiddleware(trustIncoming: true, generate: { "generated-2" }))
        router.get("/") { _, context in .text(context.requestID) }
        let responder = try router.buildResponder(errors: testErrors())
        let kept = await responder.respond(to: request("/", headers: [("X-Request-Id", "proxy-abc.1")]))
        #expect(kept.text == "proxy-abc.1")
        #expect(kept.headers["X-Request-Id"] == "proxy-abc.1")
        let refused = await responder.respond(to: request("/", headers: [("X-Request-Id", "bad id\"<x>")]))
        #expect(refused.headers["X-Request-Id"] == "generated-2")
    }

    @Test func defaultRequestIDsAre32HexDigitsAndDiffer() {
        let first = RequestIDMiddleware.randomID()
        let second = RequestIDMiddleware.randomID()
        #expect(first.count == 32)
        #expect(first.allSatisfy { $0.isHexDigit })
        #expect(first != second)
    }

    @Test func securityHeadersAreAddedToPagesAndErrors() async throws {
        var router = Router()
        router.add(SecurityHeadersMiddleware())
        router.get("/") { _, _ in .html("<p>hi</p>") }
        let responder = try router.buildResponder(errors: testErrors())
        for target in ["/", "/missing"] {
            let response = await responder.respond(to: request(target))
            let csp = try #require(response.headers["Content-Security-Policy"])
            #expect(csp.hasPrefix("default-src 'self'; script-src 'self';"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(response.headers["X-Content-Type-Options"] == "nosniff")
            #expect(response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin")
            #expect(response.headers["X-Frame-Options"] == "DENY")
            #expect(
                response.headers["Permissions-Policy"] == "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
            )
            #expect(response.headers["Strict-Transport-Security"] == nil)
        }
    }

    @Test func aHandlersOwnSecurityHeaderIsKept() async throws {
        var router = Router()
        router.add(SecurityHeadersMiddleware(strictTransportSecurity: "max-age=63072000"))
        router.get("/map") { _, _ in
            var response = HTTPResponse.html("<p>map</p>")
            response.headers.add("Content-Security-Policy", "default-src 'self'; img-src https://tiles.example")
            return response
        }
        let response = try await router.buildResponder(errors: testErrors()).respond(to: request("/map"))
        #expect(
            response.headers.values("Content-Security-Policy") == ["default-src 'self'; img-src https://tiles.example"])
        #expect(response.headers["Strict-Transport-Security"] == "max-age=63072000")
    }
}
