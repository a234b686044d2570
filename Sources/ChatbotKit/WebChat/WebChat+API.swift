import Foundation
import SvoyiCore

extension WebChat {
    /// What `POST /api/v1/chat` answers: `{"messages":[…],"session":"…"}`, the session to send next time and the
    /// bot's messages, keys sorted. Written by hand (``JSONWriter``): `JSONEncoder` took 7% of the server's time
    /// under the web chat benchmark. The tests hold the two to the same bytes.
    static func responseBody(session: String, messages: [BotMessage]) throws -> [UInt8] {
        var json = JSONWriter(capacity: 512 + 256 * messages.count)
        json.beginObject()
        json.key("messages")
        json.beginArray()
        for message in messages { try message.write(to: &json) }
        json.endArray()
        json.key("session")
        json.string(session)
        json.endObject()
        return json.bytes
    }

    func api(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        // The usual body is read by hand from the parsed JSON; anything unexpected goes through `decodeJSON`, so
        // errors read as they always did.
        let body = try APIRequest(json: request.jsonBody) ?? request.decodeJSON(APIRequest.self)
        let hromadaID = try await hromadaID(for: request, context: context)
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
        let messages: @Sendable (String) async throws -> [BotMessage]
        if let opening = body.open {
            guard body.text == nil, body.button == nil, body.location == nil else {
                throw HTTPError(
                    .unprocessableContent, "Надішліть або open, або одне з полів text, button, location.",
                    fieldErrors: [FieldError(field: "open", detail: "open не поєднується з text, button, location.")])
            }
            guard DialogueValidator.isValidID(opening) else {
                throw HTTPError(
                    .unprocessableContent, "Такого діалогу не може бути.",
                    fieldErrors: [
                        FieldError(field: "open", detail: "Ідентифікатор діалогу: 1–40 символів a-z, 0-9, _ і -.")
                    ])
            }
            messages = { [open] key in try await open(opening, key, hromadaID, language) }
        } else {
            let input = try Self.input(of: body, maximumTextLength: maximumTextLength)
            messages = { [receive] key in try await receive(input, key, hromadaID, language) }
        }
        // The resident is created with the session; later messages only need its key (no write of their own).
        let key =
            body.session == nil
            ? try await resident(session: session, hromadaID: hromadaID, language: language)
            : residentKey(session: session)
        let reply = try await messages(key)
        return HTTPResponse(
            headers: HTTPHeaders([("Content-Type", "application/json"), ("Cache-Control", "no-store")]),
            body: .bytes(try Self.responseBody(session: session, messages: reply)))
    }

    /// The one input of an API body: text, button or location, or the main menu for a new session with none.
    static func input(of body: APIRequest, maximumTextLength: Int) throws -> ResidentInput {
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
        return input
    }
}
