import Foundation
import SvoyiCore
import Testing

@Suite("Page layout and error pages")
struct WebPageLayoutTests {
    static let layout = PageLayout(
        hromadaName: "Вишнева <громада>", localizer: Localizer(language: .uk),
        navigation: [
            NavigationLink(label: "Послуги", href: "/cnap", isCurrent: true),
            NavigationLink(label: "Новини", href: "/news"),
        ])

    @Test func pageHasTheLandmarksInOrder() throws {
        let html = Self.layout.render(title: "Послуги ЦНАП") { HTML.h1 { "Послуги ЦНАП" } }.render()
        #expect(html.hasPrefix("<!doctype html><html lang=\"uk\"><head><meta charset=\"utf-8\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<title>Послуги ЦНАП — Вишнева &lt;громада&gt;</title>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/assets/svoyi.css\">"))
        let order = [
            "<body><a class=\"skip-link\" href=\"#main\">Перейти до основного вмісту</a>", "<header",
            "<a class=\"site-header__name\" href=\"/\">Вишнева &lt;громада&gt;</a>",
            "<span lang=\"uk\" aria-current=\"true\">Українська</span>",
            "<a href=\"?lang=en\" lang=\"en\" hreflang=\"en\">English</a>",
            "<nav class=\"site-nav page-width\" aria-label=\"Основна навігація\">",
            "<a href=\"/cnap\" aria-current=\"page\">Послуги</a>", "<a href=\"/news\">Новини</a>",
            "<main id=\"main\" class=\"page-width\" tabindex=\"-1\"><h1>Послуги ЦНАП</h1></main>",
            "<footer class=\"site-footer\">", "© Вишнева &lt;громада&gt;", "</footer></body></html>",
        ]
        var cursor = html.startIndex
        for part in order {
            let found = try #require(html.range(of: part, range: cursor..<html.endIndex), "\(part)")
            cursor = found.upperBound
        }
    }

    @Test func englishPageLinksBackToUkrainian() {
        var layout = Self.layout
        layout.localizer = Localizer(language: .en)
        layout.languageHrefs = [.uk: "/cnap?lang=uk"]
        let html = layout.render(title: "Services") { "" }.render()
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Skip to main content"))
        #expect(html.contains("<a href=\"/cnap?lang=uk\" lang=\"uk\" hreflang=\"uk\">Українська</a>"))
    }

    @Test(arguments: Catalogue.errorPageStatuses)
    func errorPagesSpeakBothLanguagesAndLinkHome(status: Int) {
        let html = ErrorPage.render(status: status, layout: Self.layout).render()
        let uk = Localizer(language: .uk)
        let en = Localizer(language: .en)
        #expect(html.contains("<h1>\(uk.string(.errorTitle(status)))</h1>"))
        #expect(html.contains("<title>\(uk.string(.errorTitle(status))) — Вишнева &lt;громада&gt;</title>"))
        #expect(
            html.contains("<div class=\"error-page__other\" lang=\"en\"><p><strong>\(en.string(.errorTitle(status)))"))
        #expect(html.contains("<a class=\"button\" href=\"/\">Перейти на головну сторінку</a>"))
        #expect(html.contains("Код помилки: \(status)"))
    }

    @Test func statusesWithoutAPageBorrowTheNearestWording() {
        #expect(ErrorPage.wordingStatus(for: 404) == 404)
        #expect(ErrorPage.wordingStatus(for: 409) == 400)
        #expect(ErrorPage.wordingStatus(for: 503) == 500)
    }

    /// Renders the demo page; with `SVOYI_DEMO_DIR` set it also writes it and the stylesheet there for a manual
    /// look in a browser (`chromium --headless --screenshot …`).
    @Test func demoPageRenders() throws {
        let html = WebDemoPage.html()
        #expect(html.contains("class=\"card\"") && html.contains("class=\"error-summary\""))
        if let directory = ProcessInfo.processInfo.environment["SVOYI_DEMO_DIR"] {
            let url = URL(fileURLWithPath: directory)
            try html.write(to: url.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
            try DesignTokens.css.write(to: url.appendingPathComponent("svoyi.css"), atomically: true, encoding: .utf8)
            let error = ErrorPage.render(status: 404, layout: WebDemoPage.layout(stylesheet: "svoyi.css")).render()
            try error.write(to: url.appendingPathComponent("404.html"), atomically: true, encoding: .utf8)
        }
    }
}
