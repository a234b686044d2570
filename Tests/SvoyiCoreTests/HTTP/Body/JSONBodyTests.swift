import SvoyiCore
import Testing

private struct ServiceRequest: Codable, Equatable {
    struct Service: Codable, Equatable {
        var name: String
        var cost: Int
    }
    var applicant: String
    var urgent: Bool
    var services: [Service]
}

@Suite struct JSONBodyTests {
    func post(_ json: String, type: String = "application/json") -> HTTPRequest {
        request(.post, "/api/requests", headers: [("Content-Type", type)], body: Array(json.utf8))
    }

    func decodeError(_ json: String) -> HTTPError? {
        do {
            _ = try post(json).decodeJSON(ServiceRequest.self)
            return nil
        } catch {
            return error
        }
    }

    @Test func decodesAValidBody() throws {
        let value = try post(#"{"applicant":"Олена","urgent":false,"services":[{"name":"a","cost":5}]}"#)
            .decodeJSON(ServiceRequest.self)
        #expect(value == ServiceRequest(applicant: "Олена", urgent: false, services: [.init(name: "a", cost: 5)]))
    }

    @Test func wrongTypeNamesTheFieldWithItsIndex() throws {
        let json =
            #"{"applicant":"a","urgent":true,"services":[{"name":"a","cost":1},{"name":"b","cost":2},"#
            + #"{"name":"c","cost":"free"}]}"#
        let error = try #require(decodeError(json))
        #expect(error.status == .unprocessableContent)
        #expect(error.message == "services[2].cost: expected a number")
        #expect(error.fieldErrors == [FieldError(field: "services[2].cost", detail: "expected a number")])
    }

    @Test func missingKeyNullAndWrongContainerAreNamed() throws {
        #expect(decodeError(#"{"urgent":true,"services":[]}"#)?.message == "applicant: is required")
        #expect(
            decodeError(#"{"applicant":null,"urgent":true,"services":[]}"#)?.message
                == "applicant: expected a string, not null")
        #expect(
            decodeError(#"{"applicant":"a","urgent":"yes","services":[]}"#)?.message
                == "urgent: expected true or false")
        #expect(decodeError(#"{"applicant":"a","urgent":true,"services":{}}"#)?.message == "services: expected a list")
        #expect(
            decodeError(#"{"applicant":"a","urgent":true,"services":[7]}"#)?.message
                == "services[0]: expected an object")
    }

    @Test func notJSONIs400AndWrongTypeIs415() throws {
        #expect(decodeError(#"{"applicant": "#)?.status == .badRequest)
        #expect(decodeError("")?.status == .badRequest)
        #expect(throws: HTTPError(.unsupportedMediaType, "Expected a JSON body (application/json).")) {
            try post("{}", type: "text/plain").decodeJSON(ServiceRequest.self)
        }
        #expect(throws: Never.self) {
            try post(#"{"applicant":"a","urgent":true,"services":[]}"#, type: "application/merge-patch+json")
                .decodeJSON(ServiceRequest.self)
        }
    }

    @Test func fieldErrorsReachTheClientAs422ProblemJSON() async throws {
        var router = Router()
        router.post("/api/requests") { request, _ in
            let value = try request.decodeJSON(ServiceRequest.self)
            return try .json(value)
        }
        let responder = try router.buildResponder(errors: testErrors())
        let response = await responder.respond(to: post(#"{"applicant":"a","urgent":1,"services":[]}"#))
        #expect(response.status == .unprocessableContent)
        let problem = try response.jsonObject()
        let errors = try #require(problem["errors"] as? [[String: String]])
        #expect(errors == [["field": "urgent", "detail": "expected true or false"]])
    }

    @Test func jsonResponsesCanSortKeys() throws {
        let response = try HTTPResponse.json(["b": 1, "a": 2, "c/d": 3], status: .created, sortedKeys: true)
        #expect(response.status == .created)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.text == #"{"a":2,"b":1,"c/d":3}"#)
    }
}
