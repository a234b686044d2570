import SvoyiCore
import Testing

@Suite struct FormAndCookieTests {
    @Test func queryDecodesPlusPercentAndKeepsRepeatedKeys() throws {
        let fields = try URLEncodedFields(
            parsing: Array("q=%D0%BC%D1%96%D1%81%D1%82+1&tag=a&tag=b&empty=&flag&&x=1%2B1".utf8))
        #expect(fields["q"] == "міст 1")
        #expect(fields.values("tag") == ["a", "b"])
        #expect(fields["empty"] == "")
        #expect(fields["flag"] == "")
        #expect(fields["x"] == "1+1")
        #expect(fields.count == 6)
        #expect(fields["missing"] == nil)
    }

    @Test(arguments: ["a=%", "a=%4", "a=%zz", "%G1=x", "a=%FF", "a=%00"])
    func invalidEncodingIs400(text: String) {
        #expect(throws: HTTPError(.badRequest, "The query or form data is not correctly encoded.")) {
            try URLEncodedFields(parsing: Array(text.utf8))
        }
    }

    @Test func encodedFieldsRoundTrip() throws {
        let fields = URLEncodedFields([("ім'я", "Олена Коваль"), ("a&b", "1=2+3")])
        #expect(
            fields.encoded
                == "%D1%96%D0%BC%27%D1%8F=%D0%9E%D0%BB%D0%B5%D0%BD%D0%B0+%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D1%8C&a%26b=1%3D2%2B3"
        )
        #expect(try URLEncodedFields(parsing: Array(fields.encoded.utf8)) == fields)
    }

    @Test func queryIsInTheContext() async throws {
        var router = Router()
        router.get("/search") { _, context in .text(context.query.values("t").joined(separator: ",")) }
        let response = try await router.buildResponder(errors: testErrors()).respond(to: request("/search?t=a+b&t=c"))
        #expect(response.text == "a b,c")
    }

    @Test func formBodyNeedsTheFormContentType() throws {
        let form = request(
            .post, "/f", headers: [("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")],
            body: Array("name=%D0%9E%D0%BB%D0%B5%D0%BD%D0%B0&agree=on".utf8))
        let fields = try form.formFields()
        #expect(fields["name"] == "Олена")
        #expect(fields["agree"] == "on")
        let json = request(.post, "/f", headers: [("Content-Type", "application/json")], body: Array("a=1".utf8))
        #expect(throws: HTTPError(.unsupportedMediaType, "Expected a form (application/x-www-form-urlencoded).")) {
            try json.formFields()
        }
    }

    @Test func cookiesParseLenientlyFirstWins() {
        let headers = HTTPHeaders([("Cookie", "lang=en; session=\"abc\"; junk; =x; lang=uk"), ("Cookie", "b=2")])
        let cookies = Cookies(headers: headers)
        #expect(cookies["lang"] == "en")
        #expect(cookies["session"] == "abc")
        #expect(cookies["b"] == "2")
        #expect(cookies.names == ["lang", "session", "b"])
    }

    @Test func setCookieHasSafeDefaultsAndAttributes() throws {
        let session = try SetCookie(name: "session", value: "abc123", maxAge: 3600)
        #expect(session.headerValue == "session=abc123; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax")
        let lang = try SetCookie(
            name: "lang", value: "en", path: nil, httpOnly: false, secure: false, sameSite: .strict)
        #expect(lang.headerValue == "lang=en; SameSite=Strict")
        #expect(
            try SetCookie.expiring("session").headerValue
                == "session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax")
        var response = HTTPResponse.text("ok")
        response.setCookie(session)
        response.setCookie(lang)
        #expect(response.headers.values("Set-Cookie").count == 2)
    }

    @Test(arguments: ["a;b", "a b", "a\"b", "a,b", "a\\b", "a\r\nSet-Cookie: x=y", "ключ"])
    func setCookieRefusesValuesThatCouldSplitTheHeader(value: String) {
        #expect(throws: SetCookie.InvalidCookie.self) { try SetCookie(name: "x", value: value) }
    }

    @Test func setCookieRefusesBadNamesPathsAndInsecureSameSiteNone() {
        #expect(throws: SetCookie.InvalidCookie.self) { try SetCookie(name: "a=b", value: "1") }
        #expect(throws: SetCookie.InvalidCookie.self) { try SetCookie(name: "", value: "1") }
        #expect(throws: SetCookie.InvalidCookie.self) { try SetCookie(name: "a", value: "1", path: "/; Domain=x") }
        #expect(throws: SetCookie.InvalidCookie.self) {
            try SetCookie(name: "a", value: "1", secure: false, sameSite: SetCookie.SameSite.none)
        }
    }
}
