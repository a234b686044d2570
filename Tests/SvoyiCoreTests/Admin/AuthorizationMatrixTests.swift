import Foundation
import SvoyiCore
import Testing

/// The full authorisation matrix, generated from the panel's route table: every protected route × every role ×
/// objects of the actor's own and another hromada (and own and other units), so a route added without a declared
/// permission, or with a parameter nobody resolves, fails here.
@Suite struct AuthorizationMatrixTests {
    /// One way to fill a route's parameters.
    enum Variant: String, CaseIterable {
        case own, otherHromada, unmanagedUnit
    }

    @Test func everyProtectedRouteDeclaresItsAccessAndResolvesItsParameters() throws {
        let table = try AdminHarness.routeTable()
        #expect(table.count >= 30)
        let identity = try IdentityServices(
            database: try SQLiteDatabase(path: ":memory:"), secretKey: Array(repeating: 1, count: 32),
            modules: [CoreModule()])
        for route in table {
            #expect(AccessControlMiddleware.isProtected(route.pattern), "\(route.pattern) is outside /admin and /api")
            let access = try #require(
                RouteAccess(tag: route.tag), "\(route.method) \(route.pattern) declares no access")
            if case .permission(let key) = access {
                #expect(identity.matrix.permission(key) != nil, "\(route.pattern) needs unregistered \(key)")
            }
            for name in Self.parameterNames(route.pattern) {
                #expect(identity.resolvers[name] != nil, "\(route.pattern): no resolver for {\(name)}")
            }
        }
    }

    @Test func aRouteWithoutDeclaredAccessIsRefused() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var router = Router()
        router.add(AccessControlMiddleware(identity: harness.identity))
        router.get("/admin/forgotten") { _, _ in .text("secret") }
        router.get("/admin/undeclared-parameter/{thing}", tag: RouteAccess.signedIn.tag) { _, _ in .text("secret") }
        router.get("/public-page") { _, _ in .text("open") }
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
        let (token, _) = try await harness.signIn(harness.staffA[.headAdmin]!)
        func get(_ target: String) async -> HTTPResponse {
            let head = HTTPRequestHead(
                method: .get, target: target, version: .http1_1,
                headers: HTTPHeaders([("Cookie", "svoyi_session=\(token)")]))
            return await responder.respond(to: HTTPRequest(head: head))
        }
        #expect(await get("/admin/forgotten").status.code == 403)
        #expect(await get("/admin/undeclared-parameter/x").status.code == 403)
        #expect(await get("/public-page").status.code == 200)
    }

    @Test func everyRoleOnEveryRouteWithOwnAndOtherObjects() async throws {
        let harness = try await AdminHarness.make(probe: true)
        defer { harness.close() }
        let matrix = harness.identity.matrix
        var sessions: [StaffRole: (token: String, session: StaffSession)] = [:]
        for role in StaffRole.allCases { sessions[role] = try await harness.signIn(harness.staffA[role]!) }
        let otherSession = try await harness.signIn(harness.ownerB)
        var checked = 0
        var denied = 0
        for route in try AdminHarness.routeTable() {
            let access = try #require(RouteAccess(tag: route.tag))
            switch access {
            case .signedIn, .permission: break
            case .public, .signIn, .pendingSignIn: continue  // the sign-in flow has its own tests
            }
            if route.pattern.hasPrefix("/api/") { continue }  // tokens, tested below
            let names = Self.parameterNames(route.pattern)
            let variants: [Variant] =
                names.isEmpty ? [.own] : names.contains("unit") ? Variant.allCases : [.own, .otherHromada]
            for role in StaffRole.allCases {
                let (token, session) = sessions[role]!
                for variant in variants {
                    let path = fill(
                        route.pattern, variant: variant, harness: harness, ownSession: session,
                        otherSession: otherSession.session)
                    let form: [(String, String)]? = route.method == .post ? [("_csrf", session.csrfToken)] : nil
                    let response = await harness.send(route.method, path, cookies: ["svoyi_session": token], form: form)
                    var expected: Bool
                    switch access {
                    case .permission(let key):
                        expected = matrix.allows(role, key)
                        if matrix.permission(key)?.scope == .unit && role.isUnitScoped && variant == .unmanagedUnit {
                            expected = false
                        }
                    default: expected = true
                    }
                    if variant == .otherHromada { expected = false }
                    let status = response.status.code
                    #expect(
                        status == (expected ? 299 : 403),
                        "\(role) \(route.method) \(path) (\(variant)): got \(status), expected \(expected ? "allowed" : "403")"
                    )
                    if !expected { denied += 1 }
                    checked += 1
                }
            }
        }
        #expect(checked > 150)
        // Every refusal is in the audit log of the actor's hromada.
        #expect(try await harness.audit(harness.hromadaA, action: "access.denied").count == denied)
    }

    @Test func withoutASessionEveryProtectedRouteSendsToSignIn() async throws {
        let harness = try await AdminHarness.make(probe: true)
        defer { harness.close() }
        let (_, session) = try await harness.signIn(harness.staffA[.headAdmin]!)
        for route in try AdminHarness.routeTable() where !route.pattern.hasPrefix("/api/") {
            guard let access = RouteAccess(tag: route.tag), access != .signIn, access != .public else { continue }
            let path = fill(route.pattern, variant: .own, harness: harness, ownSession: session, otherSession: session)
            for cookies in [[:], ["svoyi_session": "forged-or-expired-token"]] {
                let response = await harness.send(route.method, path, cookies: cookies)
                #expect(response.status.code == 303, "\(route.method) \(path)")
                #expect(response.headers["Location"]?.hasPrefix(AdminPaths.signIn) == true, "\(route.method) \(path)")
            }
        }
    }

    @Test func everyStateChangingRouteNeedsTheSessionsCSRFToken() async throws {
        let harness = try await AdminHarness.make(probe: true)
        defer { harness.close() }
        let (token, session) = try await harness.signIn(harness.staffA[.headAdmin]!)
        let other = try await harness.signIn(harness.staffA[.admin]!)
        var refused = 0
        for route in try AdminHarness.routeTable() where route.method == .post && !route.pattern.hasPrefix("/api/") {
            guard let access = RouteAccess(tag: route.tag), access == .signedIn || access.isPermission else { continue }
            let path = fill(route.pattern, variant: .own, harness: harness, ownSession: session, otherSession: session)
            for form in [
                [], [("_csrf", "")], [("_csrf", other.session.csrfToken)], [("_csrf", session.csrfToken + "x")],
            ] {
                let response = await harness.send(.post, path, cookies: ["svoyi_session": token], form: form)
                #expect(response.status.code == 403, "POST \(path) with \(form)")
                refused += 1
            }
            let accepted = await harness.send(
                .post, path, cookies: ["svoyi_session": token], form: [("_csrf", session.csrfToken)])
            #expect(accepted.status.code == 299, "POST \(path) with the right token")
        }
        let logged = try await harness.audit(harness.hromadaA, action: "access.denied")
        #expect(logged.count == refused)
        #expect(logged.allSatisfy { $0.detail == "csrf" })
    }

    @Test func tokensAreCheckedForPermissionAndHromada() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let withAudit = try await harness.identity.tokens.create(
            hromadaID: harness.hromadaA, name: "SIEM", permissions: ["audit.view"], createdBy: "test")
        let withoutAudit = try await harness.identity.tokens.create(
            hromadaID: harness.hromadaA, name: "Site", permissions: ["residents.view"], createdBy: "test")
        func get(_ target: String, _ token: String?) async -> HTTPResponse {
            await harness.send(.get, target, headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [])
        }
        #expect(await get("/api/v1/audit", nil).status.code == 401)
        #expect(await get("/api/v1/audit", "svoyi_nope_nope").status.code == 401)
        #expect(await get("/api/v1/audit", withoutAudit.secret).status.code == 403)
        let allowed = await get("/api/v1/audit", withAudit.secret)
        #expect(allowed.status.code == 200)
        #expect(allowed.headers["Content-Type"] == "application/json")
        // The refusal above is in A's log, which the allowed token reads, and B's entries never appear.
        #expect(allowed.text.contains("access.denied"))
        let me = await get("/api/v1/me", withoutAudit.secret)
        #expect(me.status.code == 200)
        #expect(me.text.contains("\"hromada\":\"hromada-a\""))
        #expect(me.text.contains("residents.view"))
        // A session cookie is no credential for the API.
        let (session, _) = try await harness.signIn(harness.staffA[.headAdmin]!)
        #expect(await harness.send(.get, "/api/v1/audit", cookies: ["svoyi_session": session]).status.code == 401)
        // A revoked token stops at once.
        try await harness.identity.tokens.revoke(id: withAudit.token.id, hromadaID: harness.hromadaA)
        #expect(await get("/api/v1/audit", withAudit.secret).status.code == 401)
    }

    // MARK: Helpers

    static func parameterNames(_ pattern: String) -> [String] {
        pattern.split(separator: "/").compactMap { segment in
            guard segment.hasPrefix("{"), segment.hasSuffix("}") else { return nil }
            return String(segment.dropFirst().dropLast().split(separator: ":").first ?? "")
        }
    }

    func fill(
        _ pattern: String, variant: Variant, harness: AdminHarness, ownSession: StaffSession, otherSession: StaffSession
    ) -> String {
        "/"
            + pattern.split(separator: "/").map { segment -> String in
                guard segment.hasPrefix("{") else { return String(segment) }
                let name = Self.parameterNames("/" + segment).first ?? ""
                let other = variant == .otherHromada
                switch name {
                case "staff": return String(other ? harness.adminB.id : harness.staffA[.contentManager]!.id)
                case "token": return String(other ? harness.tokenB.id : harness.tokenA.id)
                case "resident": return String(other ? harness.residentB.id : harness.residentA.id)
                case "session": return other ? otherSession.id : ownSession.id
                case "unit":
                    switch variant {
                    case .own: return AdminHarness.managedUnit
                    case .unmanagedUnit: return AdminHarness.unmanagedUnit
                    case .otherHromada: return AdminHarness.otherHromadaUnit
                    }
                default: return "unknown-parameter-\(name)"
                }
            }.joined(separator: "/")
    }
}

extension RouteAccess {
    var isPermission: Bool {
        if case .permission = self { return true }
        return false
    }
}
