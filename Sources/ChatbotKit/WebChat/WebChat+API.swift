import Foundation
import SvoyiCore

extension WebChat {
    /// `POST /api/v1/chat`'s body: the session (absent on the first call) and exactly one input.
    struct APIRequest: Decodable {
        struct Location: Decodable {
            let latitude: Double
            let longitude: Double
        }

        let session: String?
        let text: String?
        let button: String?
        let location: Location?
        let language: String?
    }

    /// What `POST /api/v1/chat` answers: the session to send next time, and the bot's messages.
    struct APIResponse: Encodable {
        let session: String
        let messages: [BotMessage]
    }

    func api(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let body = try request.decodeJSON(APIRequest.self)
        let hromada = try await hromada(for: request, context: context)
        let language = body.language.flatMap(Language.init(rawValue:)) ?? context.language
        let session: String
        if let given = body.session {
            guard Self.isValidSession(given) else {
                throw HTTPError(
                    .unprocessableContent, "Невідома сесія.",
                    fieldErrors: [
                        FieldError(
                            field: "session", detail: "Надішліть session з попередньої відповіді або не надсилайте її.")
                    ])
            }
            session = given
        } else {
            session = SecureRandom.token(bytes: 16)
        }
        let inputs: [ResidentInput] = [
            body.text.map { .text($0) }, body.button.map { .button($0) },
            body.location.map { .location(latitude: $0.latitude, longitude: $0.longitude) },
        ].compactMap { $0 }
        let input: ResidentInput
        switch inputs.count {
        case 0 where body.session == nil: input = .button("cmd:menu")  // a new session opens at the main menu
        case 1: input = inputs[0]
        default:
            throw HTTPError(
                .unprocessableContent, "Надішліть рівно одне з полів text, button або location.",
                fieldErrors: [FieldError(field: "text", detail: "Потрібне рівно одне з text, button, location.")])
        }
        if case .text(let text) = input, text.isEmpty || text.count > maximumTextLength {
            throw HTTPError(
                .unprocessableContent, "Текст має містити від 1 до \(maximumTextLength) символів.",
                fieldErrors: [FieldError(field: "text", detail: "Від 1 до \(maximumTextLength) символів.")])
        }
        if case .location(let latitude, let longitude) = input,
            (try? Self.checkedLocation(latitude: latitude, longitude: longitude)) == nil
        {
            throw HTTPError(
                .unprocessableContent, "Координати поза межами.",
                fieldErrors: [FieldError(field: "location", detail: "latitude −90…90, longitude −180…180.")])
        }
        // The resident is created with the session; later messages only need its key (no write of their own).
        let key =
            body.session == nil
            ? try await resident(session: session, hromadaID: hromada.id!, language: language)
            : residentKey(session: session)
        let messages = try await receive(input, key, hromada.id!, language)
        var response = try HTTPResponse.json(APIResponse(session: session, messages: messages), sortedKeys: true)
        response.headers.add("Cache-Control", "no-store")
        return response
    }
}
