import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Who may reach the dialogue section's routes: generated from its route table, for every role, with the actor's
/// own dialogue, another hromada's, and one that does not exist.
@Suite struct DialogueAdminAccessTests {
    static let expectedRoutes: Set<String> = [
        "GET /admin/dialogues", "POST /admin/dialogues", "GET /admin/dialogues/reviews",
        "GET /admin/dialogues/{dialogue}", "POST /admin/dialogues/{dialogue}/draft",
        "POST /admin/dialogues/{dialogue}/details", "POST /admin/dialogues/{dialogue}/publish",
        "POST /admin/dialogues/{dialogue}/rollback", "GET /admin/dialogues/{dialogue}/try",
        "POST /admin/dialogues/{dialogue}/try",
    ]

    static func parameterNames(_ pattern: String) -> [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix("{") }.map {
            String($0.dropFirst().dropLast().split(separator: ":")[0])
        }
    }

    @Test func everyRouteDeclaresItsAccessAndResolvesItsParameters() throws {
        let table = try DialogueAdminHarness.routeTable()
        #expect(Set(table.map { "\($0.method) \($0.pattern)" }) == Self.expectedRoutes)
        let identity = try IdentityServices(
            database: try SQLiteDatabase(path: ":memory:"), secretKey: Array(repeating: 1, count: 32),
            modules: [CoreModule(), ChatbotModule()])
        for route in table {
            #expect(route.pattern.hasPrefix("/admin/dialogues"))
            #expect(AccessControlMiddleware.isProtected(route.pattern))
            let access = try #require(RouteAccess(tag: route.tag), "\(route.method) \(route.pattern) declares none")
            guard case .permission(let key) = access else {
                Issue.record("\(route.pattern) is open to every signed-in member")
                continue
            }
            let permission = try #require(identity.matrix.permission(key), "\(route.pattern) needs unknown \(key)")
            #expect(!permission.allowsTokens, "\(key) must not be given to API tokens")
            let expected = route.pattern.hasSuffix("/publish") || route.pattern.hasSuffix("/rollback")
            #expect((key == Permission.dialoguesPublish.key) == expected, "\(route.pattern) declares \(key)")
            for name in Self.parameterNames(route.pattern) {
                #expect(identity.resolvers[name] != nil, "\(route.pattern): no resolver for {\(name)}")
            }
        }
    }

    @Test func noDialogueIDCanClashWithAFixedSegmentOfTheSection() throws {
        // Every fixed segment directly under /admin/dialogues/ is a reserved id, so {dialogue} always wins there.
        let fixed = try DialogueAdminHarness.routeTable().compactMap { route -> String? in
            let segments = route.pattern.split(separator: "/").map(String.init)
            guard segments.count == 3, let last = segments.last, !last.hasPrefix("{") else { return nil }
            return last
        }
        #expect(fixed == ["reviews"])
        #expect(Set(fixed).isSubset(of: DialogueValidator.reservedIDs))
    }

    @Test func aReservedIDCannotBeCreatedOrStored() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let refused = await editor.post("/admin/dialogues", [("json", DialogueAdminHarness.json(id: "reviews"))])
        #expect(refused.status.code == 422)
        #expect(refused.text.contains("Ідентифікатор «reviews» зайнятий сторінкою панелі керування"))
        await #expect(throws: DialogueStoreError.self) {
            try await harness.store.saveDraft(
                try DialogueAdminHarness.dialogue(id: "reviews"), hromadaID: harness.hromadaA, by: "test")
        }
        #expect(try await harness.statuses("reviews") == [])
        #expect(await editor.get("/admin/dialogues/reviews").text.contains("Консультації, які час перевірити"))
    }

    @Test func theModuleRegistersThePermissionsSectionAndResolver() {
        let module = ChatbotModule()
        #expect(module.permissions.map(\.key).prefix(2) == ["dialogues.edit", "dialogues.publish"])
        #expect(Permission.dialoguesEdit.roles == [.headAdmin, .admin, .contentManager])
        #expect(Permission.dialoguesPublish.roles == [.headAdmin, .admin])
        #expect(module.adminSections.first?.path == "/admin/dialogues")
        #expect(module.adminSections.first?.title.uk == "Діалоги чат-бота")
        #expect(module.adminSections.first?.permission == "dialogues.edit")
        #expect(module.adminSections.first?.order == 100)
        #expect(module.scopeResolvers.first?.parameter == "dialogue")
    }

    @Test func everyRoleOnEveryRoute() async throws {
        let harness = try await DialogueAdminHarness.make(probe: true)
        let matrix = harness.identity.matrix
        var checked = 0
        for role in StaffRole.allCases {
            let client = try await harness.signIn(harness.staffA[role]!)
            for route in try DialogueAdminHarness.routeTable() {
                guard case .permission(let key) = RouteAccess(tag: route.tag) else { continue }
                let path = route.pattern.replacingOccurrences(of: "{dialogue}", with: "idcard")
                let response =
                    route.method == .post ? await client.post(path, [("version", "1")]) : await client.get(path)
                let expected = matrix.allows(role, key) ? 299 : 403
                #expect(response.status.code == expected, "\(role) \(route.method) \(path): \(response.status.code)")
                checked += 1
            }
        }
        #expect(checked == StaffRole.allCases.count * Self.expectedRoutes.count)
        // Spelled out, the rows the brief names.
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        #expect(await editor.post("/admin/dialogues/idcard/draft").status.code == 299)
        #expect(await editor.post("/admin/dialogues/idcard/publish", [("version", "1")]).status.code == 403)
        #expect(await editor.post("/admin/dialogues/idcard/rollback", [("version", "1")]).status.code == 403)
        let persona = try await harness.signIn(harness.staffA[.persona]!)
        #expect(await persona.get("/admin/dialogues").status.code == 403)
        #expect(await persona.get("/admin/dialogues/idcard/try").status.code == 403)
    }

    @Test func anotherHromadasDialogueIsRefusedAndAudited() async throws {
        let harness = try await DialogueAdminHarness.make(probe: true)
        let admin = try await harness.signIn(harness.staffA[.admin]!)
        for (method, path) in [
            (HTTPMethod.get, "/admin/dialogues/b-only"), (.post, "/admin/dialogues/b-only/publish"),
            (.get, "/admin/dialogues/b-only/try"),
        ] {
            let response = method == .post ? await admin.post(path, [("version", "1")]) : await admin.get(path)
            #expect(response.status.code == 403, "\(path)")
            #expect(response.text.contains("Доступ заборонено"))
        }
        let denied = try await harness.audit("access.denied")
        #expect(denied.count == 3)
        #expect(denied.allSatisfy { $0.outcome == .denied && $0.detail == "outside hromada: dialogue" })
        #expect(denied.contains { $0.targetID == "POST /admin/dialogues/{dialogue}/publish" })
        // A dialogue no hromada has is simply not found; B's own administrator reaches B's dialogue.
        #expect(await admin.get("/admin/dialogues/nowhere").status.code == 404)
        let adminB = try await harness.signIn(harness.adminB)
        #expect(await adminB.get("/admin/dialogues/b-only").status.code == 299)
        // `main` exists in A only here, so B's administrator is refused it.
        #expect(await adminB.get("/admin/dialogues/main").status.code == 403)
    }

    @Test func theMenuShowsTheSectionToThoseWhoMayEdit() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let page = await editor.get("/admin")
        #expect(page.text.contains(#"<a href="/admin/dialogues">Діалоги чат-бота</a>"#))
        let persona = try await harness.signIn(harness.staffA[.persona]!)
        let personaPage = await persona.get("/admin")
        #expect(personaPage.status.code == 200)
        #expect(!personaPage.text.contains("/admin/dialogues"))
    }
}
