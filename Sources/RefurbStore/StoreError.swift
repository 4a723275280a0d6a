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
    /// The request clashes with what is stored (a name already taken, a report of another device).
    case conflict(Message)
    /// Something other than a device or a lot was asked for by a name or id that does not exist.
    case notFound(Message)

    /// Whether the refusal comes from a rule (exit code 1, HTTP 409) rather than from bad input.
    public var isRuleRefusal: Bool {
        switch self {
        case .refused, .versionConflict, .conflict: true
        default: false
        }
    }

    /// A stable code for scripts: the CLI's JSON errors and the API's problem types use it.
    public var code: String {
        switch self {
        case .lotNotFound: "lot-not-found"
        case .deviceNotFound: "device-not-found"
        case .duplicateSerial: "duplicate-serial"
        case .versionConflict: "version-conflict"
        case .refused: "refused"
        case .invalidInput: "invalid-input"
        case .corruptRow: "corrupt-row"
        case .notADatabase: "not-a-database"
        // "store.serialOnAnotherDevice" gives "serial-on-another-device".
        case .conflict(let message), .notFound(let message):
            String(message.key.split(separator: ".").last ?? "conflict").reduce(into: "") { code, character in
                if character.isUppercase { code += "-" + character.lowercased() } else { code.append(character) }
            }
        }
    }

    public static let catalog = MessageCatalog.core.merging(.store).merging(.sales).merging(.register)

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
        case .conflict(let message), .notFound(let message):
            return message.text(in: language, catalog: catalog)
        }
    }
}
