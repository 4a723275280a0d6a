import RefurbCore

/// Why the store refused an operation. Nothing was written when one of these is thrown.
public enum StoreError: Error, Hashable, Sendable {
    case lotNotFound(String)
    case deviceNotFound(String)
    /// The scanned serial belongs to a device already recorded: most often the same sticker scanned twice.
    case duplicateSerial(serial: String, existing: Device)
    /// Someone else changed the device since the caller read it.
    case versionConflict(current: Device, expected: Int)
    case refused(LifecycleRefusal)
    case invalidInput(Message)
    case corruptRow(table: String, id: Int64)
    /// The file exists but is not an SQLite database (or its header is damaged).
    case notADatabase(String)

    /// Whether the refusal comes from a rule (exit code 1, HTTP 409) rather than from bad input.
    public var isRuleRefusal: Bool {
        switch self {
        case .refused, .versionConflict: true
        default: false
        }
    }

    static let catalog = MessageCatalog.core.merging(.store)

    public func message(in language: Language) -> String {
        let catalog = Self.catalog
        switch self {
        case .lotNotFound(let code):
            return Message("store.lotNotFound", code).text(in: language, catalog: catalog)
        case .deviceNotFound(let input):
            return Message("store.deviceNotFound", input).text(in: language, catalog: catalog)
        case .duplicateSerial(let serial, let existing):
            return Message("store.duplicateSerial", serial, existing.assetTag.text, existing.lotCode.text,
                           existing.stage.label.text(in: language, catalog: catalog))
                .text(in: language, catalog: catalog)
        case .versionConflict(let current, let expected):
            return Message("store.versionConflict", current.assetTag.text, String(expected), String(current.version))
                .text(in: language, catalog: catalog)
        case .refused(let refusal):
            return refusal.message(in: language, catalog: catalog)
        case .invalidInput(let message):
            return message.text(in: language, catalog: catalog)
        case .corruptRow(let table, let id):
            return Message("store.corruptRow", table, String(id)).text(in: language, catalog: catalog)
        case .notADatabase(let path):
            return Message("store.notADatabase", path).text(in: language, catalog: catalog)
        }
    }
}
