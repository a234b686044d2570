import SvoyiCore
import Testing

private struct DatabaseBroke: Error, CustomStringConvertible {
    var description: String { "connection to /var/lib/svoyi/db.sqlite failed: password hunter2" }
}

private enum PetitionError: HTTPErrorConvertible {
    case closed
    var httpError: HTTPError { HTTPError(.conflict, "The petition is closed.") }
}

@Suite struct ErrorRenderingTests {
    func responder(_ log: CollectedLines) throws -> RouterResponder {
        var router = Router()
        router.add(RequestIDMiddleware(generate: { "req-9" }))
        router.post("/api/requests") { _, _ in
            throw HTTPError(
                .unprocessableContent, "One field is invalid.",
                fieldErrors: [FieldError(field: "services[2].cost", detail: "expected a number")])
        }
        router.get("/api/broken") { _, _ in throw DatabaseBroke() }
        router.get("/broken") { _, _ in throw DatabaseBroke() }
        router.get("/api/petitions/{id:int}") { _, _ in throw PetitionError.closed }
        return try router.buildResponder(errors: testErrors(log))
    }

    @Test func apiErrorsAreProblemJSONWithFieldErrors() async throws {
        let response = try await responder(CollectedLines()).respond(to: request(.post, "/api/requests?x=1"))
        #expect(response.status == .unprocessableContent)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(
            response.text
                == #"{"detail":"One field is invalid.","errors":[{"detail":"expected a number","field":"services[2].cost"}],"#
                + #""instance":"/api/requests","status":422,"title":"Unprocessable Content","type":"about:blank"}"#)
    }

    @Test func api404And405AreProblemJSONAnd405KeepsAllow() async throws {
        let responder = try responder(CollectedLines())
        let missing = try await responder.respond(to: request("/api/nothing")).jsonObject()
        #expect(missing["status"] as? Int == 404)
        #expect(missing["title"] as? String == "Not Found")
        let wrong = await responder.respond(to: request(.delete, "/api/requests"))
        #expect(wrong.headers["Content-Type"] == "application/problem+json")
        #expect(wrong.headers["Allow"] == "POST, OPTIONS")
    }

    @Test func unexpectedErrorIsAGeneric500WithTheDetailOnlyInTheLog() async throws {
        let log = CollectedLines()
        let responder = try responder(log)
        for target in ["/api/broken", "/broken"] {
            let response = await responder.respond(to: request(target))
            #expect(response.status == .internalServerError)
            #expect(!response.text.contains("hunter2"))
            #expect(!response.text.contains("sqlite"))
        }
        let api = try await responder.respond(to: request("/api/broken")).jsonObject()
        #expect(api["detail"] == nil)
        #expect(api["title"] as? String == "Internal Server Error")
        #expect(log.all.count == 3)
        #expect(log.all.allSatisfy { $0.contains("hunter2") && $0.contains(#""request_id":"req-9""#) })
        #expect(log.all.first?.contains(#""route":"/api/broken""#) == true)
    }

    @Test func errorConvertibleTypesAnswerWithTheirStatus() async throws {
        let response = try await responder(CollectedLines()).respond(to: request("/api/petitions/4"))
        #expect(response.status == .conflict)
        #expect(try response.jsonObject()["detail"] as? String == "The petition is closed.")
    }

    @Test func htmlErrorPageFollowsTheNegotiatedLanguage() async throws {
        let responder = try responder(CollectedLines())
        let english = await responder.respond(to: request("/nothing", headers: [("Accept-Language", "en-GB,en;q=0.9")]))
        #expect(english.status == .notFound)
        #expect(english.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(english.headers["Content-Language"] == "en")
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(english.text.contains("Page not found"))
        #expect(english.text.contains("Тестова громада"))

        let query = await responder.respond(to: request("/nothing?lang=uk", headers: [("Accept-Language", "en")]))
        #expect(query.headers["Content-Language"] == "uk")
        #expect(query.text.contains("Сторінку не знайдено"))

        let cookie = await responder.respond(to: request("/nothing", headers: [("Cookie", "lang=en")]))
        #expect(cookie.text.contains("<html lang=\"en\">"))

        let fallback = await responder.respond(to: request("/nothing"))
        #expect(fallback.text.contains("<html lang=\"uk\">"))
    }

    @Test func htmlErrorPagesAreNotCached() async throws {
        let response = try await responder(CollectedLines()).respond(to: request("/broken"))
        #expect(response.headers["Cache-Control"] == "no-store")
        #expect(response.text.contains("Вибачте, сталася помилка на сервері"))
    }
}
