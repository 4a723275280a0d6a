/// One test of a checklist: a function of the device to try (the keyboard, each USB port, the battery
/// against its threshold…), and whether it is mandatory: a mandatory test that fails keeps the device
/// from the shop. Items the workshop adds have their own words (`label`); the standard ones are named by
/// the catalog in the reader's language.
public struct ChecklistItem: Hashable, Codable, Sendable {
    /// Stable within a category: a standard key (`ChecklistItem.standardKeys`) or `custom-…`.
    public var key: String
    /// The admin's own words for an item they added; nil for a standard item.
    public var label: String?
    public var mandatory: Bool

    public init(key: String, label: String? = nil, mandatory: Bool) {
        self.key = key
        self.label = label
        self.mandatory = mandatory
    }

    /// The tests Refurb names itself, in the order a bench goes through a laptop. The last four are what
    /// the probe measures, so their answer comes prefilled from the hardware report (`ChecklistPrefill`).
    public static let standardKeys = [
        "keyboard", "touchpad", "usb-ports", "screen", "webcam", "audio", "wifi", "ethernet", "charger",
        "battery", "card-reader", "case", "video-inputs", "print-test", "storage-health", "memory", "disks",
    ]

    /// How a message names the item without a language: the key of a standard item, whose words the
    /// catalog's `{n:tests}` placeholder finds, or the admin's own words.
    public var reference: String { label ?? key }

    public var isStandard: Bool { Self.standardKeys.contains(key) }

    /// The item's name, as the page, the refusal and the printed record say it.
    public func name(in language: Language, catalog: MessageCatalog = .core) -> String {
        if let label { return label }
        return Message("checklist.item.\(key)").text(in: language, catalog: catalog.entries["checklist.item.\(key)"] == nil ? .core : catalog)
    }

    /// What to do for the test, in a few words; nil for an item the workshop added.
    public func help(in language: Language) -> String? {
        isStandard ? Message("checklist.help.\(key)").text(in: language, catalog: .core) : nil
    }
}
