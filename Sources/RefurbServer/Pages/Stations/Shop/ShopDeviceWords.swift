import RefurbCore

/// How the shop pages name a device and say what is in it, in the reader's language.
enum ShopDeviceWords {
    /// "ordinateur portable · Lenovo ThinkPad T480", or with the display name the shop typed instead of the
    /// maker and model.
    static func description(of device: Device, in language: Language) -> String {
        let category = Message("category.\(device.category.rawValue)").text(in: language, catalog: Shop.catalog)
        let model = device.displayName ?? [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
        return model.isEmpty ? category : "\(category) · \(model)"
    }

    /// The specs the price is computed from, one row each, as the page lists them.
    static func specRows(_ specs: DeviceSpecs, in language: Language) -> [[String: String]] {
        guard specs.hasReport else {
            return [["label": Shop.text("ui.shop.specs.report", in: language), "value": Shop.text("ui.shop.specs.noReport", in: language)]]
        }
        var rows: [[String: String]] = []
        func row(_ key: String, _ value: String?) {
            rows.append(["label": Shop.text("ui.shop.specs.\(key)", in: language),
                         "value": value ?? Shop.text("ui.shop.specs.unknown", in: language)])
        }
        row("cpu", specs.processor.map { processor in
            var parts: [String] = []
            if let model = processor.model { parts.append(model) }
            if let cores = processor.cores { parts.append(Shop.text("ui.shop.specs.cores", String(cores), in: language)) }
            if let threads = processor.threads { parts.append(Shop.text("ui.shop.specs.threads", String(threads), in: language)) }
            return parts.joined(separator: " · ")
        })
        row("memory", specs.memoryGiB.map { Shop.text("ui.shop.specs.gib", String($0), in: language) })
        row("drive", specs.mainDrive.map { drive in
            Shop.text("ui.shop.specs.driveValue", Shop.text("ui.shop.specs.kind.\(drive.kind.rawValue)", in: language),
                      String(drive.sizeGB), in: language)
        } ?? Shop.text("ui.shop.specs.noDrive", in: language))
        if specs.batteryHealthPercent != nil || specs.isPortable {
            row("battery", specs.batteryHealthPercent.map { Shop.text("ui.shop.specs.batteryValue", String($0), in: language) }
                ?? Shop.text("ui.shop.specs.noBattery", in: language))
        }
        return rows
    }

    /// The explanation lines of a suggestion, as the page's table shows them.
    static func lineRows(_ suggestion: PriceSuggestion, in language: Language) -> [[String: Any]] {
        suggestion.lines.map { line in
            // What raises the price is marked green, what lowers it red; the base and the neutral lines are not.
            let cents = line.rule == .base ? 0 : line.amount?.cents ?? 0
            let tone: String? = cents > 0 ? "up" : (cents < 0 ? "down" : nil)
            return Shop.compact(["text": line.text(in: language, catalog: Shop.catalog), "rule": line.rule.rawValue, "tone": tone])
        }
    }
}
