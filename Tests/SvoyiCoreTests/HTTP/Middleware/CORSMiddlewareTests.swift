import Foundation
import SvoyiCore
import Testing

/// Cross-origin calls to the chat API: allowed origins get CORS headers and preflight answers, others nothing.
@Suite struct CORSMiddlewareTests {
    static let widget = "https://hromada.gov.ua"

    func responder() throws -> RouterResponder {
        var router = Router()
        router.add(CORSMiddleware(allowedOrigins: [Self.widget, "http://localhost:8000"], paths: ["/api/v1/chat"]))
        router.post("/api/v1/chat") { _, _ in .text("{}") }
        router.post("/api/v1/other") { _, _ in .text("{}") }
        return try router.buildResponder(errors: testErrors())
    }

    func preflight(
        _ origin: String, method: String = "POST", headers: String? = "content-type", path: String = "/api/v1/chat"
    ) -> HTTPRequest {
        var fields = [("Origin", origin), ("Access-Control-Request-Method", method)]
        if let headers { fields.append(("Access-Control-Request-Headers", headers)) }
        return request(.options, path, headers: fields)
    }

    @Test func anAllowedOriginsPreflightIsAnswered() async throws {
        let responder = try responder()
        let response = await responder.respond(to: preflight(Self.widget))
        #expect(response.status.code == 204)
        #expect(response.headers["Access-Control-Allow-Origin"] == Self.widget)
        #expect(response.headers["Access-Control-Allow-Methods"] == "POST")
        #expect(response.headers["Access-Control-Allow-Headers"] == "Content-Type")
        #expect(response.headers["Access-Control-Max-Age"] == "600")
        #expect(response.headers["Vary"] == "Origin")
        #expect(response.headers["Access-Control-Allow-Credentials"] == nil)
        // Without Access-Control-Request-Headers (a form-like POST) too; the port is part of the origin.
        let local = await responder.respond(to: preflight("http://localhost:8000", headers: nil))
        #expect(local.headers["Access-Control-Allow-Origin"] == "http://localhost:8000")
    }

    @Test func anAllowedOriginsRequestCarriesTheOriginBackEvenOnErrors() async throws {
        let responder = try responder()
        let posted = await responder.respond(to: request(.post, "/api/v1/chat", headers: [("Origin", Self.widget)]))
        #expect(posted.status.code == 200)
        #expect(posted.headers["Access-Control-Allow-Origin"] == Self.widget)
        #expect(posted.headers["Vary"] == "Origin")
        var router = Router()
        router.add(CORSMiddleware(allowedOrigins: [Self.widget], paths: ["/api/v1/failing"]))
        router.post("/api/v1/failing") { _, _ in throw HTTPError(.unprocessableContent, "Ні.") }
        let failingResponder = try router.buildResponder(errors: testErrors())
        let failing = await failingResponder.respond(
            to: request(.post, "/api/v1/failing", headers: [("Origin", Self.widget)]))
        #expect(failing.status.code == 422)
        #expect(failing.headers["Access-Control-Allow-Origin"] == Self.widget)
    }

    @Test func otherOriginsMethodsHeadersAndPathsGetNoCORSHeaders() async throws {
        let responder = try responder()
        for refused in [
            preflight("https://evil.example"), preflight("https://hromada.gov.ua.evil.example"),
            preflight("http://hromada.gov.ua"), preflight("null"), preflight(Self.widget, method: "DELETE"),
            preflight(Self.widget, headers: "content-type, authorization"),
            preflight(Self.widget, path: "/api/v1/other"),
        ] {
            let response = await responder.respond(to: refused)
            #expect(response.headers["Access-Control-Allow-Origin"] == nil, "\(refused.headers)")
            #expect(response.headers["Access-Control-Allow-Methods"] == nil, "\(refused.headers)")
            #expect(response.status.code == 204)  // the router's own OPTIONS answer, with Allow only
        }
        let foreign = await responder.respond(
            to: request(.post, "/api/v1/chat", headers: [("Origin", "https://evil.example")]))
        #expect(foreign.status.code == 200)  // a server cannot stop the request; the browser hides the answer
        #expect(foreign.headers["Access-Control-Allow-Origin"] == nil)
        #expect(foreign.headers["Vary"] == "Origin")
        let elsewhere = await responder.respond(
            to: request(.post, "/api/v1/other", headers: [("Origin", Self.widget)]))
        #expect(elsewhere.headers["Access-Control-Allow-Origin"] == nil)
        #expect(elsewhere.headers["Vary"] == nil)
    }

    @Test func originsAreCheckedAndNormalised() {
        #expect(CORSMiddleware.normalizedOrigin("https://Hromada.GOV.ua") == "https://hromada.gov.ua")
        #expect(CORSMiddleware.normalizedOrigin("http://localhost:8000") == "http://localhost:8000")
        #expect(CORSMiddleware.normalizedOrigin("https://[2001:db8::1]:8443") == "https://[2001:db8::1]:8443")
        #expect(CORSMiddleware.normalizedOrigin("https://xn--80aqu.xn--j1amh") == "https://xn--80aqu.xn--j1amh")
        for bad in [
            "*", "null", "hromada.gov.ua", "https://hromada.gov.ua/", "https://hromada.gov.ua/chat",
            "ftp://hromada.gov.ua", "https://user@hromada.gov.ua", "https://", "https://hromada.gov.ua:0",
            "https://hromada.gov.ua:65536", "https://hromada..ua", "https://-bad.ua", "https://громада.укр",
            "https://hromada.gov.ua?x=1", "https://[2001:db8::1", "https://hromada.gov.ua:",
        ] {
            #expect(CORSMiddleware.normalizedOrigin(bad) == nil, "\(bad)")
        }
    }
}
