import SvoyiCore
import Testing

@Suite struct RouterPathTests {
    func responder() throws -> RouterResponder {
        var router = Router()
        router.get("/docs/{name}") { _, context in .text(try context.parameters.string("name")) }
        router.get("/docs") { _, _ in .text("index") }
        router.get("/api/items") { _, _ in .text("items") }
        return try router.buildResponder(errors: testErrors())
    }

    @Test func segmentsArePercentDecoded() async throws {
        let response = try await responder().respond(to: request("/docs/%D0%A1%D1%82%D0%B0%D1%82%D1%83%D1%82%20v2"))
        #expect(response.text == "Статут v2")
    }

    @Test func plusIsLiteralInAPath() async throws {
        #expect(try await responder().respond(to: request("/docs/a+b")).text == "a+b")
    }

    @Test func encodedSlashStaysInsideTheSegment() async throws {
        #expect(try await responder().respond(to: request("/docs/a%2Fb")).text == "a/b")
    }

    @Test func emptySegmentsDotsAndInnerDotDotAreNormalised() async throws {
        let responder = try responder()
        #expect(await responder.respond(to: request("//docs//x")).text == "x")
        #expect(await responder.respond(to: request("/./docs/./x/")).text == "x")
        #expect(await responder.respond(to: request("/docs/x/../y")).text == "y")
        #expect(await responder.respond(to: request("/docs/x/%2e%2e")).text == "index")
    }

    @Test(arguments: ["/..", "/../docs", "/docs/../../etc/passwd", "/%2e%2e/docs", "/docs/%2E%2E/%2e%2e/x"])
    func dotDotAboveTheRootIs400(path: String) async throws {
        let response = try await responder().respond(to: request(path))
        #expect(response.status == .badRequest)
    }

    @Test(arguments: ["/docs/%zz", "/docs/%4", "/docs/%", "/docs/%00", "/docs/%C3%28", "docs"])
    func badEncodingOrRelativePathIs400(path: String) async throws {
        #expect(try await responder().respond(to: request(path)).status == .badRequest)
    }

    @Test func badQueryEncodingIs400() async throws {
        #expect(try await responder().respond(to: request("/docs?q=%G0")).status == .badRequest)
    }

    @Test func refusedApiPathAnswersProblemJSON() async throws {
        let response = try await responder().respond(to: request("/api/../../x"))
        #expect(response.status == .badRequest)
        #expect(response.headers["Content-Type"] == "application/problem+json")
    }

    @Test func patternsAreValidatedWhenBuilt() {
        for (pattern, reason) in [
            ("petitions", "must start with /"), ("/a//b", "empty segment"),
            ("/a/{id:float}", "unknown capture type float"),
            ("/a/{id}/{id}", "capture {id} appears twice"), ("/a/{rest*}/b", "a rest capture must be last"),
            ("/a/x{id}", "braces must enclose a whole segment"), ("/a/{}", "unclosed capture {}"),
        ] {
            var router = Router()
            router.get(pattern, echoRoute)
            #expect(throws: RouterBuildError(pattern: pattern, reason: reason)) {
                try router.buildResponder(errors: testErrors())
            }
        }
    }

    @Test func sameMethodAndShapeTwiceIsRefused() {
        var router = Router()
        router.get("/a/{id:int}", echoRoute)
        router.get("/a/{other:int}", echoRoute)
        #expect(throws: RouterBuildError.self) { try router.buildResponder(errors: testErrors()) }
    }

    @Test func backtracksFromALiteralDeadEndToACapture() async throws {
        var router = Router()
        router.get("/a/new/edit", echoRoute)
        router.get("/a/{name}/view", echoRoute)
        let responder = try router.buildResponder(errors: testErrors())
        #expect(await responder.respond(to: request("/a/new/view")).text == "/a/{name}/view|-")
        #expect(await responder.respond(to: request("/a/new/edit")).text == "/a/new/edit|-")
    }
}
