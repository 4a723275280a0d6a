/// Everything an account can be allowed to do, and which roles allow it. This table is the design the
/// service's permission matrix test checks route by route.
public enum Permission: String, CaseIterable, Sendable {
    /// Look up devices, lots, history, labels and certificates.
    case read
    case openLot
    case intake
    case submitDiagnostics
    case submitErasure
    case logRepair
    case recordStorage
    case gradeAndPrice
    case move
    /// Correct what was recorded about a device (serial, category, maker, model); `CorrectionRule` then
    /// limits each role by stage and field.
    case correct
    case sell
    case printLabel
    case manageAccounts
    case manageTokens
    case manageStationKeys
    case managePrinters
    /// Edit the rules the shop's suggested prices come from, and the solidarity reduction.
    case managePricing
    /// Set the workshop's name, address and contact printed on the documents it hands over.
    case manageWorkshop
    case readMetrics

    public var roles: Set<Role> {
        switch self {
        case .read: Set(Role.allCases)
        case .openLot, .intake: [.intake, .admin]
        case .submitDiagnostics, .submitErasure, .logRepair, .recordStorage: [.technician, .admin]
        case .gradeAndPrice: [.technician, .shop, .admin]
        case .move: [.intake, .technician, .shop, .admin]
        case .correct: [.intake, .technician, .shop, .admin]
        case .sell: [.shop, .admin]
        case .printLabel: [.intake, .technician, .shop, .admin]
        case .manageAccounts, .manageTokens, .manageStationKeys, .managePrinters, .managePricing, .manageWorkshop, .readMetrics: [.admin]
        }
    }

    public func isGranted(to roles: Set<Role>) -> Bool {
        !self.roles.isDisjoint(with: roles)
    }
}
