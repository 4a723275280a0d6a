/// A role held for the whole network rather than at one site.
public enum NetworkRole: String, Codable, CaseIterable, Sendable, Comparable {
    /// Reads the stock, dashboards and donor reports of every site; changes nothing.
    case viewer
    /// Everything at every site, and the sites themselves (`SiteAccess.mayManageSites`).
    case admin

    public static func < (lhs: NetworkRole, rhs: NetworkRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var label: Message { Message("networkRole.\(rawValue)") }

    /// What the role allows at any site, in `Permission`'s terms.
    public var permissions: Set<Permission> {
        switch self {
        case .viewer: [.read, .readMetrics]
        case .admin: Set(Permission.allCases)
        }
    }
}

/// One role an account holds, and where: a site's role (`Role`, as a single workshop knows them) at one
/// site, or a network role everywhere. An account holds any number of them; the store keeps one row each
/// (account, site or none for the network, role).
public enum SiteGrant: Hashable, Sendable, Codable, Comparable {
    case site(SiteCode, Role)
    case network(NetworkRole)

    /// The site it is limited to; nil for the whole network.
    public var site: SiteCode? {
        if case .site(let code, _) = self { code } else { nil }
    }

    /// The role's name as stored: a `Role` for a site, a `NetworkRole` for the network.
    public var roleName: String {
        switch self {
        case .site(_, let role): role.rawValue
        case .network(let role): role.rawValue
        }
    }

    /// A stored row read back: nil when the name is not a role of that scope (a row edited by hand).
    public init?(site: SiteCode?, roleName: String) {
        if let site {
            guard let role = Role(rawValue: roleName) else { return nil }
            self = .site(site, role)
        } else {
            guard let role = NetworkRole(rawValue: roleName) else { return nil }
            self = .network(role)
        }
    }

    /// Network grants first, then by site and role.
    public static func < (lhs: SiteGrant, rhs: SiteGrant) -> Bool {
        switch (lhs, rhs) {
        case (.network(let a), .network(let b)): a < b
        case (.network, .site): true
        case (.site, .network): false
        case (.site(let a, let roleA), .site(let b, let roleB)): a == b ? roleA < roleB : a < b
        }
    }

    /// "technician @ LYON", "network admin": how the administration log names it.
    public var logText: String {
        switch self {
        case .site(let site, let role): "\(role.rawValue) @ \(site.text)"
        case .network(let role): "network \(role.rawValue)"
        }
    }
}

/// What an account's grants allow, site by site: the rule the service will apply to every request once
/// sites are enforced (issue 16), written once here as `Permission` is.
public struct SiteAccess: Hashable, Sendable {
    public let grants: Set<SiteGrant>

    public init(_ grants: some Sequence<SiteGrant>) {
        self.grants = Set(grants)
    }

    /// The roles held at `site`, network roles aside.
    public func roles(at site: SiteCode) -> Set<Role> {
        Set(grants.compactMap { if case .site(site, let role) = $0 { role } else { nil } })
    }

    public var networkRoles: Set<NetworkRole> {
        Set(grants.compactMap { if case .network(let role) = $0 { role } else { nil } })
    }

    /// Whether the account may do this at `site`: a role there grants it, or a network role does.
    public func permits(_ permission: Permission, at site: SiteCode) -> Bool {
        permission.isGranted(to: roles(at: site)) || networkRoles.contains { $0.permissions.contains(permission) }
    }

    /// Whether it reads every site (a network role), rather than only `sitesWithRoles`.
    public var readsWholeNetwork: Bool { !networkRoles.isEmpty }

    /// The sites where it holds a site role.
    public var sitesWithRoles: Set<SiteCode> { Set(grants.compactMap(\.site)) }

    /// Creating and renaming sites, and granting roles on them: network admins only.
    public var mayManageSites: Bool { networkRoles.contains(.admin) }
}
