/// Who is making a request, as ``AccessControlMiddleware`` established it.
public enum Principal: Sendable {
    /// A staff member with a session (at any stage for ``RouteAccess/pendingSignIn`` routes).
    case staff(StaffMember, StaffSession)
    /// An integrator's API token.
    case token(APIToken)

    /// The hromada the principal acts in.
    public var hromadaID: Int64 {
        switch self {
        case .staff(let member, _): member.hromadaID
        case .token(let token): token.hromadaID
        }
    }

    /// The audit log's actor for the principal.
    public var actor: AuditActor {
        switch self {
        case .staff(let member, _): .staff(id: member.id, name: member.displayName)
        case .token(let token): .token(id: token.id, name: token.name)
        }
    }

    /// The staff member, when it is one.
    public var member: StaffMember? {
        if case .staff(let member, _) = self { return member }
        return nil
    }

    /// The session, when it is a staff member's.
    public var session: StaffSession? {
        if case .staff(_, let session) = self { return session }
        return nil
    }
}

/// The context key under which ``AccessControlMiddleware`` leaves the ``Principal``.
public enum PrincipalKey: ContextKey {
    public typealias Value = Principal
}

extension RequestContext {
    /// The request's principal, when the route needed one.
    public var principal: Principal? { values[PrincipalKey.self] }
}
