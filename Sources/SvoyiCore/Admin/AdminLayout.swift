/// The frame of every admin page: skip link, a header with the hromada, the signed-in member and a sign-out
/// button, the left-hand menu built from the modules' sections the member may see, and the content.
struct AdminLayout: Sendable {
    var hromadaName: String
    var member: StaffMember?
    var session: StaffSession?
    var sections: [AdminSection]
    var currentPath: String

    func render(title: String, @HTMLBuilder main: () -> HTML) -> HTML {
        render(title: title, main: main())
    }

    func render(title: String, main: HTML) -> HTML {
        let suffix = hromadaName.isEmpty ? "Панель керування Svoyi" : "Панель керування — \(hromadaName)"
        return .fragment {
            HTML.doctype
            HTML.html(.lang("uk")) {
                HTML.head {
                    HTML.meta(HTMLAttribute("charset", "utf-8"))
                    HTML.meta(.name("viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1"))
                    HTML.meta(.name("robots"), HTMLAttribute("content", "noindex, nofollow"))
                    HTML.title { "\(title) — \(suffix)" }
                    HTML.link(.rel("stylesheet"), .href(DesignTokens.stylesheetPath))
                }
                HTML.body {
                    HTML.a(.class("skip-link"), .href("#main")) { "Перейти до змісту" }
                    header
                    HTML.div(.class("page-width")) {
                        if let member, session?.stage == .full {
                            HTML.div(.class("admin-shell")) {
                                menu(for: member)
                                HTML.main(.id("main"), .class("admin-content"), HTMLAttribute("tabindex", "-1")) {
                                    main
                                }
                            }
                        } else {
                            HTML.main(.id("main"), HTMLAttribute("tabindex", "-1")) { main }
                        }
                    }
                }
            }
        }
    }

    var header: HTML {
        HTML.header(.class("site-header")) {
            HTML.div(.class("page-width site-header__bar")) {
                HTML.a(.class("site-header__name"), .href(AdminPaths.home)) {
                    hromadaName.isEmpty ? "Панель керування" : "\(hromadaName): панель керування"
                }
                if let member, let session {
                    HTML.div(.class("admin-bar")) {
                        if session.stage == .full {
                            HTML.a(.href(AdminPaths.profile), .title(member.role.titleUK)) { member.displayName }
                        }
                        HTML.form(HTMLAttribute("action", AdminPaths.signOut), HTMLAttribute("method", "post")) {
                            Form.csrfField(token: session.csrfToken)
                            HTML.button(.type("submit"), .class(ButtonStyle.secondary.className)) { "Вийти" }
                        }
                    }
                }
            }
        }
    }

    func menu(for member: StaffMember) -> HTML {
        HTML.nav(.class("admin-menu"), .aria("label", "Розділи панелі")) {
            HTML.ul {
                for section in sections {
                    HTML.li {
                        HTML.a(.href(section.path), isCurrent(section) ? .aria("current", "page") : .omitted) {
                            section.title.uk
                        }
                    }
                }
                HTML.li {
                    HTML.a(
                        .href(AdminPaths.profile),
                        currentPath == AdminPaths.profile ? .aria("current", "page") : .omitted
                    ) {
                        "Мій профіль і сеанси"
                    }
                }
            }
        }
    }

    func isCurrent(_ section: AdminSection) -> Bool {
        section.path == AdminPaths.home ? currentPath == AdminPaths.home : currentPath.hasPrefix(section.path)
    }
}
