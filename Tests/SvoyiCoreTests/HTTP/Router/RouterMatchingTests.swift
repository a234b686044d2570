import SvoyiCore
import Testing

@Suite struct RouterMatchingTests {
    func petitions() throws -> RouterResponder {
        var router = Router()
        router.get("/", echoRoute)
        router.get("/petitions", echoRoute)
        router.get("/petitions/new", echoRoute)
        router.get("/petitions/{id:int}", tag: "petitions.read") { _, context in
            .text("id=\(try context.parameters.int("id"))")
        }
        router.post("/petitions/{id:int}", echoRoute)
        router.delete("/petitions/{id:int}", echoRoute)
        router.get("/hromadas/{code:slug}") { _, context in .text("code=\(try context.parameters.string("code"))") }
        router.get("/people/{name}") { _, context in .text("name=\(try context.parameters.string("name"))") }
        router.get("/people/{name}/age") { _, context in .text("age=\(try context.parameters.int("name"))") }
        router.get("/static/{path*}") { _, context in
            .text(try context.parameters.segments("path").joined(separator: "|"))
        }
        return try router.buildResponder(errors: testErrors())
    }

    @Test func literalRoutesWinOverCapturesAndTheRootMatches() async throws {
        let responder = try petitions()
        #expect(await responder.respond(to: request("/petitions/new")).text == "/petitions/new|-")
        #expect(await responder.respond(to: request("/petitions")).text == "/petitions|-")
        #expect(await responder.respond(to: request("/")).text == "/|-")
    }

    @Test func intCaptureReadsInt64AndGivesTheTag() async throws {
        let responder = try petitions()
        #expect(await responder.respond(to: request("/petitions/42")).text == "id=42")
        #expect(await responder.respond(to: request("/petitions/-7")).text == "id=-7")
        #expect(await responder.respond(to: request("/petitions/9223372036854775807")).text == "id=9223372036854775807")
        #expect(await responder.respond(to: request(.post, "/petitions/42")).text == "/petitions/{id:int}|-")
    }

    @Test func intCaptureThatOverflowsIs400() async throws {
        let response = try await petitions().respond(to: request("/petitions/9223372036854775808"))
        #expect(response.status == .badRequest)
    }

    @Test func nonNumericSegmentDoesNotMatchAnIntCapture() async throws {
        #expect(try await petitions().respond(to: request("/petitions/abc")).status == .notFound)
        #expect(try await petitions().respond(to: request("/petitions/+5")).status == .notFound)
    }

    @Test func stringParameterReadAsIntIs400() async throws {
        let responder = try petitions()
        #expect(await responder.respond(to: request("/people/42/age")).text == "age=42")
        let response = await responder.respond(to: request("/people/olena/age"))
        #expect(response.status == .badRequest)
    }

    @Test func slugCaptureAcceptsOnlyLowercaseDigitsAndHyphens() async throws {
        let responder = try petitions()
        #expect(await responder.respond(to: request("/hromadas/vyshneva-2")).text == "code=vyshneva-2")
        #expect(await responder.respond(to: request("/hromadas/Vyshneva")).status == .notFound)
        #expect(await responder.respond(to: request("/hromadas/a_b")).status == .notFound)
    }

    @Test func restCaptureTakesEverySegmentDecodedSeparately() async throws {
        let responder = try petitions()
        #expect(await responder.respond(to: request("/static/css/site.css")).text == "css|site.css")
        #expect(await responder.respond(to: request("/static/a%2Fb/c")).text == "a/b|c")
        #expect(await responder.respond(to: request("/static")).status == .notFound)
    }

    @Test func unknownPathIs404() async throws {
        let response = try await petitions().respond(to: request("/nowhere"))
        #expect(response.status == .notFound)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
    }

    @Test func wrongMethodIs405WithExactAllow() async throws {
        let responder = try petitions()
        let put = await responder.respond(to: request(.put, "/petitions/5"))
        #expect(put.status == .methodNotAllowed)
        #expect(put.headers["Allow"] == "GET, HEAD, POST, DELETE, OPTIONS")
        let post = await responder.respond(to: request(.post, "/petitions"))
        #expect(post.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    /// The router answers HEAD with the GET handler's whole response; the server sends its Content-Length and
    /// drops the bytes (checked in HTTPServerLiveTests).
    @Test func headRunsTheGetHandler() async throws {
        let get = try await petitions().respond(to: request(.get, "/petitions/42"))
        let head = try await petitions().respond(to: request(.head, "/petitions/42"))
        #expect(head.status == .ok)
        #expect(head.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(head.bytes == get.bytes)
    }

    @Test func headOnAMissingPageIsA404() async throws {
        let response = try await petitions().respond(to: request(.head, "/nowhere"))
        #expect(response.status == .notFound)
    }

    @Test func optionsAnswersAllow() async throws {
        let response = try await petitions().respond(to: request(.options, "/petitions/5"))
        #expect(response.status == .noContent)
        #expect(response.headers["Allow"] == "GET, HEAD, POST, DELETE, OPTIONS")
        #expect(try await petitions().respond(to: request(.options, "/nowhere")).status == .notFound)
    }

    @Test func explicitHeadRouteWinsOverGet() async throws {
        var router = Router()
        router.get("/feed") { _, _ in .text("get") }
        router.head("/feed") { _, _ in HTTPResponse(status: .noContent) }
        let response = try await router.buildResponder(errors: testErrors()).respond(to: request(.head, "/feed"))
        #expect(response.status == .noContent)
    }

    @Test func bodyLimitComesFromTheMatchedRoute() throws {
        var router = Router()
        router.post("/upload", bodyLimit: 10 * 1024 * 1024, echoRoute)
        router.post("/comment", echoRoute)
        let responder = try router.buildResponder(errors: testErrors(), unmatchedBodyLimit: 1000)
        func head(_ method: HTTPMethod, _ target: String) -> HTTPRequestHead {
            HTTPRequestHead(method: method, target: target, version: .http1_1, headers: HTTPHeaders())
        }
        #expect(responder.bodyLimit(for: head(.post, "/upload?x=1")) == 10 * 1024 * 1024)
        #expect(responder.bodyLimit(for: head(.post, "/comment")) == Router.defaultBodyLimit)
        #expect(responder.bodyLimit(for: head(.post, "/elsewhere")) == 1000)
        #expect(responder.bodyLimit(for: head(.post, "/../x")) == 1000)
    }

    @Test func bodyOverTheRouteLimitIs413() async throws {
        var router = Router()
        router.post("/comment", bodyLimit: 4, echoRoute)
        let responder = try router.buildResponder(errors: testErrors())
        let response = await responder.respond(to: request(.post, "/comment", body: Array("12345".utf8)))
        #expect(response.status == .contentTooLarge)
    }
}
