import Foundation
import SvoyiCore
import Testing

@Suite("HTML escaping")
struct WebHTMLEscapingTests {
    @Test func scriptInTextIsInert() {
        let html = HTML.p { "<script>alert(1)</script>" }.render()
        #expect(html == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    }

    @Test func ampersandsAndQuotesInTextAreEscaped() {
        #expect(HTML.text("Tom & Jerry's \"show\"").render() == "Tom &amp; Jerry&#39;s &quot;show&quot;")
        #expect(HTML.text("&amp;").render() == "&amp;amp;")
    }

    @Test func ukrainianTextIsUntouched() {
        let text = "Довідка про склад сім’ї — «ЦНАП» Ґалаґанівської громади, їжак, є, і"
        #expect(HTML.text(text).render() == text)
        #expect(HTML.span(.title(text)) { text }.render() == "<span title=\"\(text)\">\(text)</span>")
    }

    @Test func quotesCannotCloseAnAttribute() {
        let attack = "x\" onmouseover=\"alert(1)"
        let html = HTML.input(.value(attack)).render()
        #expect(html == "<input value=\"x&quot; onmouseover=&quot;alert(1)\">")
        let single = HTML.input(.value("x' autofocus onfocus='alert(1)")).render()
        #expect(single == "<input value=\"x&#39; autofocus onfocus=&#39;alert(1)\">")
    }

    @Test func angleBracketsCannotOpenATagInsideAnAttribute() {
        let html = HTML.div(.title("\"><script>alert(1)</script>")).render()
        #expect(html == "<div title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"></div>")
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
    ])
    func scriptURLsAreBlocked(url: String) {
        #expect(HTML.a(.href(url)) { "x" }.render() == "<a href=\"about:invalid#blocked\">x</a>")
        #expect(HTML.img(.src(url), .alt("")).render() == "<img src=\"about:invalid#blocked\" alt=\"\">")
    }

    @Test(arguments: [
        "/cnap/services?q=1&lang=en", "https://diia.gov.ua/services", "mailto:cnap@example.gov.ua",
        "tel:+380441234567", "#main", "?lang=en", "services/1", "//cdn.example.org/x.css", "/a:b",
    ])
    func ordinaryURLsAreKept(url: String) {
        let escaped = url.replacingOccurrences(of: "&", with: "&amp;")
        #expect(HTML.a(.href(url)) { "x" }.render() == "<a href=\"\(escaped)\">x</a>")
    }

    @Test func unsafeRawIsTheOnlyWayToEmitMarkup() {
        #expect(HTML.unsafeRaw("<svg aria-hidden=\"true\"></svg>").render() == "<svg aria-hidden=\"true\"></svg>")
        #expect(HTML.text("<svg aria-hidden=\"true\"></svg>").render().hasPrefix("&lt;svg"))
    }

    @Test func interpolatedArgumentsAreEscapedWhenRendered() {
        let t = Localizer(language: .uk)
        let html = HTML.p { t.html(.formRequired, ["field": "<b>ім’я</b>"]) }.render()
        #expect(html == "<p>Заповніть поле «&lt;b&gt;ім’я&lt;/b&gt;»</p>")
    }

    @Test func bytesAndStringAgree() {
        let node = HTML.p(.class("a&b")) { "ї & <є>" }
        #expect(String(decoding: node.renderBytes(), as: UTF8.self) == node.render())
        #expect(node.render() == "<p class=\"a&amp;b\">ї &amp; &lt;є&gt;</p>")
    }
}
