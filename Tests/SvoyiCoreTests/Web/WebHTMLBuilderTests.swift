import SvoyiCore
import Testing

@Suite("HTML builder")
struct WebHTMLBuilderTests {
    @Test func doctypeVoidElementsAndBooleanAttributes() {
        let html = HTML.fragment {
            HTML.doctype
            HTML.input(.type("checkbox"), .checked(), .disabled(false), .required())
            HTML.br()
        }
        #expect(html.render() == "<!doctype html><input type=\"checkbox\" checked required><br>")
    }

    @Test func controlFlowInTheBuilder() {
        let items = ["один", "два"]
        let showNote = false
        let level: Int? = 2
        let html = HTML.ul {
            for item in items { HTML.li { item } }
            if showNote { HTML.li { "примітка" } }
            if let level { HTML.li { "рівень \(level)" } } else { HTML.li { "без рівня" } }
        }
        #expect(html.render() == "<ul><li>один</li><li>два</li><li>рівень 2</li></ul>")
    }

    @Test func emptyElementsAndOmittedAttributes() {
        #expect(HTML.div().render() == "<div></div>")
        #expect(HTML.a(.href("/"), .omitted) { "Головна" }.render() == "<a href=\"/\">Головна</a>")
        #expect(HTML.empty.render() == "")
    }

    @Test func customElementsAndAttributesFromLiterals() {
        let html = HTML.element(HTMLTag("search"), [.data("slot", "09:00"), .aria("hidden", "true")]) { "x" }
        #expect(html.render() == "<search data-slot=\"09:00\" aria-hidden=\"true\">x</search>")
        #expect(HTMLTag.input.isVoid && !HTMLTag.div.isVoid)
    }

    @Test func invalidElementNameStopsTheProgram() async {
        await #expect(processExitsWith: .failure) { _ = HTMLTag("Script src") }
    }

    @Test func eventHandlerAttributeStopsTheProgram() async {
        await #expect(processExitsWith: .failure) { _ = HTMLAttribute("onclick", "alert(1)") }
    }

    @Test func childrenOfAVoidElementStopTheProgram() async {
        await #expect(processExitsWith: .failure) { _ = HTML.element(.br, children: [.text("x")]) }
    }

    @Test func largeDocumentsRenderInOneBuffer() {
        let rows = (0..<5_000).map { n in HTML.li { "рядок \(n) & ще" } }
        let bytes = HTML.element(.ul, children: rows).renderBytes()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<ul><li>рядок 0 &amp; ще</li>"))
        #expect(text.hasSuffix("<li>рядок 4999 &amp; ще</li></ul>"))
    }
}
