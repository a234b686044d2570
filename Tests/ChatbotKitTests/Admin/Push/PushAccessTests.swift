import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Who may reach the PUSH section and API: generated from the route table, for every role and token, with the
/// actor's own message, another hromada's, and one that does not exist.
@Suite struct PushAccessTests {
    static let expectedRoutes: Set<String> = [
        "GET /admin/push", "GET /admin/push/new", "POST /admin/push/new", "GET /admin/push/emergency",
        "POST /admin/push/emergency", "GET /admin/push/{push:int}", "POST /admin/push/{push:int}/cancel",
        "POST /admin/push/{push:int}/resend", "POST /api/v1/push", "GET /api/v1/push", "GET /api/v1/push/{push:int}",
        "POST /api/v1/push/{push:int}/cancel", "POST /api/v1/push/{push:int}/resend-uncertain",
    ]

    static func parameterNames(_ pattern: String) -> [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix("{") }.map {
            String($0.dropFirst().dropLast().split(separator: ":")[0])
        }
    }

    @Test func everyRouteDeclaresItsPermissionAndResolvesItsParameters() throws {
        let table = try PushHarness.routeTable()
        #expect(Set(table.map { "\($0.method) \($0.pattern)" }) == Self.expectedRoutes)
        let identity = try IdentityServices(
            database: try SQLiteDatabase(path: ":memory:"), secretKey: Array(repeating: 1, count: 32),
            modules: [CoreModule(), ChatbotModule()])
        for route in table {
            #expect(AccessControlMiddleware.isProtected(route.pattern))
            let access = try #require(RouteAccess(tag: route.tag), "\(route.method) \(route.pattern) declares none")
            guard case .permission(let key) = access else {
                Issue.record("\(route.pattern) is open to every signed-in member")
                continue
            }
            #expect(identity.matrix.permission(key) != nil, "\(route.pattern) needs unknown \(key)")
            let expected = route.pattern.hasPrefix("/admin/push/emergency") ? "push.emergency" : "push.send"
            #expect(key == expected, "\(route.pattern) declares \(key)")
            for name in Self.parameterNames(route.pattern) {
                #expect(identity.resolvers[name] != nil, "\(route.pattern): no resolver for {\(name)}")
            }
        }
    }

    @Test func theModuleRegistersThePermissionsSectionAndResolver() {
        let module = ChatbotModule()
        #expect(module.permissions.map(\.key).suffix(2) == ["push.send", "push.emergency"])
        #expect(Permission.pushSend.roles == [.headAdmin, .admin, .contentManager])
        #expect(Permission.pushEmergency.roles == [.headAdmin, .admin])
        #expect(Permission.pushSend.allowsTokens && Permission.pushEmergency.allowsTokens)
        #expect(module.adminSections.contains(AdminSection.push))
        #expect(AdminSection.push.path == "/admin/push")
        #expect(AdminSection.push.title.uk == "PUSH-повідомлення")
        #expect(AdminSection.push.permission == "push.send")
        #expect(module.scopeResolvers.map(\.parameter).contains("push"))
    }

    @Test func everyRoleOnEveryPanelRoute() async throws {
        let harness = try await PushHarness.make(probe: true)
        defer { harness.close() }
        let own = try await harness.notify.enqueue(
            NotifyDraft(
                hromadaID: harness.hromadaA, topic: .news, text: LocalizedText(uk: "А"), createdBy: .module("t"))
        ).message.id
        let matrix = harness.identity.matrix
        var checked = 0
        for role in StaffRole.allCases {
            let client = try await harness.signIn(harness.staffA[role]!)
            for route in try PushHarness.routeTable() where route.pattern.hasPrefix("/admin/") {
                guard case .permission(let key) = RouteAccess(tag: route.tag) else { continue }
                let path = route.pattern.replacingOccurrences(of: "{push:int}", with: String(own))
                let response = route.method == .post ? await client.post(path) : await client.get(path)
                let expected = matrix.allows(role, key) ? 299 : 403
                #expect(response.status.code == expected, "\(role) \(route.method) \(path): \(response.status.code)")
                checked += 1
            }
        }
        #expect(checked == StaffRole.allCases.count * 8)
        // Spelled out: the persona and the unit manager have no PUSH at all, the content manager no alerts.
        let persona = try await harness.signIn(harness.staffA[.persona]!)
        #expect(await persona.get("/admin/push").status.code == 403)
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        #expect(await editor.post("/admin/push/\(own)/cancel").status.code == 299)
        #expect(await editor.post("/admin/push/emergency").status.code == 403)
    }

    @Test func anotherHromadasMessageIsRefusedAndAudited() async throws {
        let harness = try await PushHarness.make(probe: true)
        defer { harness.close() }
        let theirs = try await harness.notify.enqueue(
            NotifyDraft(
                hromadaID: harness.hromadaB, topic: .news, text: LocalizedText(uk: "Б"), createdBy: .module("t"))
        ).message.id
        let admin = try await harness.signIn(harness.staffA[.admin]!)
        for (method, path) in [
            (HTTPMethod.get, "/admin/push/\(theirs)"), (.post, "/admin/push/\(theirs)/cancel"),
            (.post, "/admin/push/\(theirs)/resend"),
        ] {
            let response = method == .post ? await admin.post(path, [("confirm", "yes")]) : await admin.get(path)
            #expect(response.status.code == 403, "\(path)")
        }
        let api = await harness.api(.get, "/api/v1/push/\(theirs)", token: harness.tokenSend)
        #expect(api.status.code == 403)
        let denied = try await harness.audit("access.denied")
        #expect(denied.count == 4)
        #expect(denied.allSatisfy { $0.detail == "outside hromada: push" })
        #expect(await admin.get("/admin/push/999999").status.code == 404)
        let adminB = try await harness.signIn(harness.adminB)
        #expect(await adminB.get("/admin/push/\(theirs)").status.code == 299)
    }

    @Test func tokensNeedThePushPermission() async throws {
        let harness = try await PushHarness.make(probe: true)
        defer { harness.close() }
        for (method, path) in [(HTTPMethod.get, "/api/v1/push"), (.post, "/api/v1/push")] {
            #expect(await harness.api(method, path, token: harness.tokenAudit, json: "{}").status.code == 403)
            #expect(await harness.api(method, path, token: harness.tokenSend, json: "{}").status.code == 299)
            #expect(await harness.send(method, path).status.code == 401)
        }
    }

    @Test func theMenuShowsTheSectionToThoseWhoMaySend() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        #expect(await editor.get("/admin").text.contains(#"<a href="/admin/push">PUSH-повідомлення</a>"#))
        let persona = try await harness.signIn(harness.staffA[.persona]!)
        #expect(!(await persona.get("/admin").text.contains("/admin/push")))
    }
}
