extension AdminPanel {
    func registerRoles(on router: inout Router) {
        get(&router, "/admin/roles", .permission(Permission.rolesView.key)) { _, context in
            let roles = StaffRole.allCases
            return try await page("Ролі й права", context: context, current: "/admin/roles") {
                HTML.h1 { "Ролі й права" }
                HTML.p {
                    "Що може кожна роль у розділах, які встановлено на цьому сервері. Керівник підрозділу діє лише в "
                        + "закріплених за ним підрозділах там, де право позначено «у своїх підрозділах»."
                }
                for group in identity.matrix.byModule {
                    HTML.h2 { Self.moduleTitle(group.module) }
                    Self.table(caption: "Права розділу «\(Self.moduleTitle(group.module))»") {
                        HTML.thead {
                            HTML.tr {
                                HTML.th(HTMLAttribute("scope", "col")) { "Право" }
                                for role in roles { HTML.th(HTMLAttribute("scope", "col")) { role.titleUK } }
                            }
                        }
                        HTML.tbody {
                            for permission in group.permissions {
                                HTML.tr {
                                    HTML.th(HTMLAttribute("scope", "row")) {
                                        permission.title.uk
                                        if permission.scope == .unit {
                                            HTML.br()
                                            HTML.small { "у своїх підрозділах для керівника підрозділу" }
                                        }
                                    }
                                    for role in roles {
                                        HTML.td { identity.matrix.allows(role, permission.key) ? "так" : "ні" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func moduleTitle(_ module: String) -> String {
        switch module {
        case "core": "Основне: доступ, мешканці, підрозділи"
        case "chatbot": "Чат-бот"
        case "queue": "Черга й запис до ЦНАП"
        case "edem": "Е-демократія"
        case "site": "Сайт громади"
        default: module
        }
    }
}
