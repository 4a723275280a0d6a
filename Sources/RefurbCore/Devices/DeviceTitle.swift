/// What a label calls a device: its maker and model when both are known (« Lenovo ThinkPad T480 »),
/// else its category in the screen's words with what is known of it and its main specifications from the
/// latest hardware report (« Ordinateur portable · Core i5-8250U · 8 Go · SSD 256 Go »). Many donated
/// machines have a blank or placeholder firmware name and nothing typed at intake: their label still
/// tells a customer what they are looking at. Every label template's `specs` field comes from here. A display
/// name the shop typed comes before all of that.
public enum DeviceTitle {
    public static func text(for device: Device, specs: DeviceSpecs?, language: Language) -> String {
        if let shown = device.displayName.map(trimmed), !shown.isEmpty { return shown }
        let maker = device.manufacturer.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let model = device.model.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if let maker, let model {
            // Firmware often repeats the maker in the model ("LENOVO" / "LENOVO ThinkPad"): said once.
            return model.lowercased().hasPrefix(maker.lowercased()) ? model : "\(maker) \(model)"
        }
        let category = device.category == .other ? "title.category.other" : "category.\(device.category.rawValue)"
        var parts = [capitalized(Message(category).text(in: language))]
        if let known = maker ?? model { parts.append(known) }
        parts += mainSpecifications(specs, language: language)
        return parts.joined(separator: " · ")
    }

    /// Processor, memory and main drive, each only when the report gave it.
    public static func mainSpecifications(_ specs: DeviceSpecs?, language: Language) -> [String] {
        guard let specs else { return [] }
        var parts: [String] = []
        if let model = specs.processor?.model.map(processorName), !model.isEmpty { parts.append(model) }
        if let memory = specs.memoryGiB, memory > 0 {
            parts.append(QuantityFormat.memorySize(Double(memory) * Double(1 << 30), language: language))
        }
        if let drive = specs.mainDrive, drive.sizeGB > 0 {
            let size = QuantityFormat.diskSize(Double(drive.sizeGB) * 1e9, language: language)
            let kind = Message("title.drive.\(drive.kind.rawValue)").text(in: language)
            parts.append("\(kind) \(size)")
        }
        return parts
    }

    /// The processor as shops name it: "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz" → "Core i5-8250U",
    /// "AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx" → "Ryzen 5 3500U".
    public static func processorName(_ model: String) -> String {
        var text = model
        for mark in ["(R)", "(r)", "(TM)", "(tm)", "®", "™"] { text = text.replacing(mark, with: " ") }
        for cut in [" @ ", " with ", " w/ "] {
            if let range = text.firstRange(of: cut) { text = String(text[..<range.lowerBound]) }
        }
        let dropped: Set<String> = ["intel", "amd", "cpu", "processor", "apu", "gen", "mobile"]
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init).filter { word in
            let lowered = word.lowercased()
            if dropped.contains(lowered) { return false }
            // "11th Gen Intel(R) Core(TM) i5-1135G7": the generation is in the model number already.
            let digits = lowered.prefix { $0.isNumber }
            return digits.isEmpty || !["th", "st", "nd", "rd"].contains(String(lowered.dropFirst(digits.count)))
        }
        return words.joined(separator: " ")
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
