/// Error pages for people: a short title, what happened in plain words, and a way home — in the page's language,
/// with the same two sentences in the other language below for visitors who chose none.
///
/// ```swift
/// let html = ErrorPage.render(status: 404, layout: layout)
/// return Response(status: .notFound, html: html.renderBytes())
/// ```
public enum ErrorPage {
    /// The status whose wording is used: itself when it has a page of its own, otherwise 400 for 4xx and 500 for
    /// everything else.
    public static func wordingStatus(for status: Int) -> Int {
        if Catalogue.errorPageStatuses.contains(status) { return status }
        return (400..<500).contains(status) ? 400 : 500
    }

    /// The whole page for `status`, inside the hromada's layout.
    public static func render(status: Int, layout: PageLayout) -> HTML {
        let t = layout.localizer
        return layout.render(title: t.string(.errorTitle(wordingStatus(for: status)))) {
            content(status: status, localizer: t, homeHref: layout.homeHref)
        }
    }

    /// The content of `main` for `status`, for callers with a layout of their own (the admin panel, the terminal).
    public static func content(status: Int, localizer t: Localizer, homeHref: String = "/") -> HTML {
        let wording = wordingStatus(for: status)
        let other = t.switching(to: t.language == .uk ? .en : .uk)
        return HTML.div(.class("card error-page")) {
            HTML.h1 { t.html(.errorTitle(wording)) }
            HTML.p(.class("lead")) { t.html(.errorBody(wording)) }
            HTML.p {
                HTML.a(.class("button"), .href(homeHref)) { t.html(.errorGoHome) }
            }
            HTML.p(.class("muted")) { t.html(.errorCode, ["code": String(status)]) }
            HTML.div(.class("error-page__other"), .lang(other.language.rawValue)) {
                HTML.p {
                    HTML.strong { other.html(.errorTitle(wording)) }
                    " "
                    other.html(.errorBody(wording))
                    " "
                    HTML.a(.href(homeHref)) { other.html(.errorGoHome) }
                }
            }
        }
    }
}
