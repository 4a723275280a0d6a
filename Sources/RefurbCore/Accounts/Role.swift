/// What a person does at the workshop. An account holds one or several roles; what each role may do is
/// written once, in `Permission`.
public enum Role: String, Codable, CaseIterable, Sendable, Comparable {
    case intake
    case technician
    case shop
    case admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var label: Message { Message("role.\(rawValue)") }

    /// Parses "intake,shop" as typed on the command line or stored in the database.
    public static func parseList(_ text: String) throws -> Set<Role> {
        var roles = Set<Role>()
        for part in text.split(separator: ",") {
            let name = part.filter { !$0.isWhitespace }.lowercased()
            guard let role = Role(rawValue: name) else {
                throw RoleListError(message: Message("role.unknown", name, allCases.map(\.rawValue).joined(separator: ", ")))
            }
            roles.insert(role)
        }
        guard !roles.isEmpty else {
            throw RoleListError(message: Message("role.none", allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return roles
    }

    public static func listText(_ roles: Set<Role>) -> String {
        roles.sorted().map(\.rawValue).joined(separator: ",")
    }
}

public struct RoleListError: Error, Hashable, Sendable {
    public let message: Message
}
