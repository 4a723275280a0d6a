/// A category's checklist at one version: the tests every device of that category goes through before it
/// may be sold as refurbished (Décret 2022-190: tests of all its functions), and the battery's threshold.
/// An admin's change is a new version; a device's record names the version it was tested with.
public struct TestChecklist: Hashable, Codable, Sendable {
    public var category: DeviceCategory
    public var version: Int
    public var items: [ChecklistItem]
    /// A battery holding less than this share of its design capacity fails its test.
    public var batteryThresholdPercent: Int

    public init(category: DeviceCategory, version: Int, items: [ChecklistItem], batteryThresholdPercent: Int) {
        self.category = category
        self.version = version
        self.items = items
        self.batteryThresholdPercent = batteryThresholdPercent
    }

    public static let itemsLimit = 40
    public static let labelLimit = 80

    /// An admin's edit, checked: at least one test, each named once, added tests named in a line of words,
    /// a threshold between 1 and 100 %. The version is the store's to give.
    public static func edited(category: DeviceCategory, items: [ChecklistItem],
                              batteryThresholdPercent: Int) throws(ChecklistEditError) -> TestChecklist {
        guard !items.isEmpty else { throw .noItems }
        guard items.count <= itemsLimit else { throw .tooManyItems(itemsLimit) }
        guard (1...100).contains(batteryThresholdPercent) else { throw .thresholdOutOfRange }
        var seen = Set<String>()
        var cleaned: [ChecklistItem] = []
        for item in items {
            var item = item
            item.label = cleanedText(item.label)
            if item.isStandard {
                item.label = nil
            } else {
                guard item.key.hasPrefix("custom-"), item.key.count <= 40,
                      item.key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
                else { throw .unknownItem(item.key) }
                guard let label = item.label else { throw .labelMissing(item.key) }
                guard label.count <= labelLimit, !label.containsControlCharacters,
                      !label.unicodeScalars.contains(where: { $0.properties.generalCategory == .format })
                else { throw .labelMalformed(label) }
            }
            guard seen.insert(item.key).inserted else { throw .duplicateItem(item.key) }
            cleaned.append(item)
        }
        return TestChecklist(category: category, version: 0, items: cleaned, batteryThresholdPercent: batteryThresholdPercent)
    }
}

/// Why an admin's checklist was refused, told in words.
public enum ChecklistEditError: Error, Hashable, Sendable {
    case noItems
    case tooManyItems(Int)
    case thresholdOutOfRange
    case unknownItem(String)
    case labelMissing(String)
    case labelMalformed(String)
    case duplicateItem(String)

    public var message: Message {
        switch self {
        case .noItems: Message("checklist.edit.noItems")
        case .tooManyItems(let limit): Message("checklist.edit.tooManyItems", String(limit))
        case .thresholdOutOfRange: Message("checklist.edit.threshold")
        case .unknownItem(let key): Message("checklist.edit.unknownItem", key)
        case .labelMissing(let key): Message("checklist.edit.labelMissing", key)
        case .labelMalformed(let label): Message("checklist.edit.labelMalformed", label, String(TestChecklist.labelLimit))
        case .duplicateItem(let key): Message("checklist.edit.duplicate", key)
        }
    }
}
