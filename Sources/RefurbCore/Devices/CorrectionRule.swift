/// Who may correct what was recorded about a device, and until when. A correction changes what a donor
/// report, a certificate or a receipt will say, so it is limited by role and by stage:
/// - intake and technicians correct a device until it is ready for sale (after that, the shop has
///   priced and labelled what they recorded);
/// - the shop corrects the maker, the model and the display name (what its label shows), at any stage in
///   the workshop;
/// - nothing on a device that has left the workshop (sold, donated, recycled) without admin;
/// - admin corrects anything.
public enum CorrectionRule {
    /// A device's corrected field, by its name in the API, the CLI and the event log.
    public enum Field: String, CaseIterable, Sendable, Hashable {
        case serial, category, manufacturer, model, displayName
    }

    /// Why `roles` may not correct `fields` of `device`, naming the rule, or nil when they may.
    public static func refusal(device: Device, fields: Set<Field>, roles: Set<Role>) -> Message? {
        guard !roles.contains(.admin) else { return nil }
        let tag = device.assetTag.text
        if device.stage.hasLeftWorkshop {
            return Message("correction.\(device.stage.rawValue)AdminOnly", tag)
        }
        let workshop = !roles.isDisjoint(with: [.intake, .technician])
        if workshop, device.stage != .ready { return nil }
        let shopFields: Set<Field> = [.manufacturer, .model, .displayName]
        if roles.contains(.shop) {
            guard let other = fields.subtracting(shopFields).sorted(by: { $0.rawValue < $1.rawValue }).first else { return nil }
            return Message("correction.shopMakerModelOnly", tag, other.rawValue)
        }
        if workshop { return Message("correction.afterReady", tag) }
        return Message("correction.notYourRole", tag)
    }
}
