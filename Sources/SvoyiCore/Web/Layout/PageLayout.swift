/// The frame of every public page: document head, skip link, header with the hromada's name and a language switch,
/// main navigation, the `main` landmark and the footer. Works without JavaScript.
///
/// ```swift
/// let layout = PageLayout(hromadaName: "Вишнева громада", localizer: Localizer(language: .uk),
///                         navigation: [NavigationLink(label: "Послуги", href: "/cnap", isCurrent: true)])
/// let page = layout.render(title: "Послуги ЦНАП") {
///     HTML.h1 { "Послуги ЦНАП" }
/// }
/// response.body = page.renderBytes()
/// ```
public struct PageLayout: Sendable {
    /// The hromada's name, shown in the header and the title.
    public var hromadaName: String
    /// The language of the page and the source of the layout's own words.
    public var localizer: Localizer
    /// The hromada's home page.
    public var homeHref: String
    /// The stylesheet to link.
    public var stylesheetHref: String
    /// The main navigation; empty for none.
    public var navigation: [NavigationLink]
    /// Where the language switch leads for each language; the current page in that language when the caller knows
    /// it. Languages without an entry link to `?lang=…`, which the server reads and remembers in a cookie.
    public var languageHrefs: [Language: String]
    /// Extra footer content (contacts, accessibility statement link …), after the hromada line.
    public var footer: HTML

    /// A layout for one hromada and one language.
    public init(
        hromadaName: String, localizer: Localizer, homeHref: String = "/",
        stylesheetHref: String = DesignTokens.stylesheetPath, navigation: [NavigationLink] = [],
        languageHrefs: [Language: String] = [:], footer: HTML = .empty
    ) {
        self.hromadaName = hromadaName
        self.localizer = localizer
        self.homeHref = homeHref
        self.stylesheetHref = stylesheetHref
        self.navigation = navigation
        self.languageHrefs = languageHrefs
        self.footer = footer
    }

    /// The language of the page.
    public var language: Language { localizer.language }

    /// A whole page around `main`. The document title is "`title` — hromada name".
    public func render(title: String, @HTMLBuilder main: () -> HTML) -> HTML {
        render(title: title, main: main())
    }

    /// A whole page around `main`.
    public func render(title: String, main: HTML) -> HTML {
        let t = localizer
        return .fragment {
            HTML.doctype
            HTML.html(.lang(language.rawValue)) {
                HTML.head {
                    HTML.meta(HTMLAttribute("charset", "utf-8"))
                    HTML.meta(.name("viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1"))
                    HTML.meta(.name("color-scheme"), HTMLAttribute("content", "light"))
                    HTML.title { title == hromadaName ? title : "\(title) — \(hromadaName)" }
                    HTML.link(.rel("stylesheet"), .href(stylesheetHref))
                }
                HTML.body {
                    HTML.a(.class("skip-link"), .href("#main")) { t.html(.skipToContent) }
                    header
                    HTML.main(.id("main"), .class("page-width"), HTMLAttribute("tabindex", "-1")) { main }
                    HTML.footer(.class("site-footer")) {
                        HTML.div(.class("page-width")) {
                            HTML.p { t.html(.footerOwner, ["hromada": hromadaName]) }
                            footer
                            HTML.p(.class("site-footer__credit")) { t.html(.footerPoweredBy) }
                        }
                    }
                }
            }
        }
    }

    var header: HTML {
        HTML.header(.class("site-header")) {
            HTML.div(.class("page-width site-header__bar")) {
                HTML.a(.class("site-header__name"), .href(homeHref)) { hromadaName }
                languageSwitch
            }
            if !navigation.isEmpty {
                HTML.nav(.class("site-nav page-width"), .aria("label", localizer.string(.mainNavigation))) {
                    HTML.ul {
                        for link in navigation {
                            HTML.li {
                                HTML.a(.href(link.href), link.isCurrent ? .aria("current", "page") : .omitted) {
                                    link.label
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    var languageSwitch: HTML {
        HTML.nav(.aria("label", localizer.string(.languageSwitch))) {
            HTML.ul(.class("language-switch")) {
                for option in Language.allCases {
                    HTML.li {
                        if option == language {
                            HTML.span(.lang(option.rawValue), .aria("current", "true")) { option.nativeName }
                        } else {
                            HTML.a(
                                .href(languageHrefs[option] ?? "?lang=\(option.rawValue)"),
                                .lang(option.rawValue), HTMLAttribute("hreflang", option.rawValue)
                            ) { option.nativeName }
                        }
                    }
                }
            }
        }
    }
}
