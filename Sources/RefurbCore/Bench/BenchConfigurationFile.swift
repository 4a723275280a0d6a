/// Reads the stick's `refurb.conf`: `key = value` lines with fixed keys (scripts rely on them), `#` comments and
/// blank lines. Pure: the text in, the settings and every problem out, each naming its line, so that a technician
/// who edited the file on another computer is told what to fix rather than met with a crash.
public enum BenchConfigurationFile {
    /// The keys `refurb.conf` knows, in the order the documentation gives them.
    public static let keys = ["url", "token", "workshop", "station", "lang", "keymap", "mode", "offline", "poweroff"]

    /// One line the bench could not take, and why.
    public struct Problem: Sendable, Equatable, Error {
        /// 1-based, as an editor shows it.
        public let line: Int
        public let message: Message

        public init(line: Int, message: Message) {
            self.line = line
            self.message = message
        }
    }

    public struct Outcome: Sendable, Equatable {
        public var settings: BenchSettings
        public var problems: [Problem]
    }

    /// The settings the text gives, over `defaults`. Lines with a problem are left out; the others still count.
    public static func parse(_ text: String, defaults: BenchSettings = BenchSettings()) -> Outcome {
        var settings = defaults
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        // A file saved by Windows' Notepad starts with a byte-order mark and ends its lines with CR LF.
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // "\r\n" is one Character in Swift: splitting on "\n" alone would leave such a file one long comment line.
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let content = trimmed(line)
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard let equals = content.firstIndex(of: "=") else {
                problems.append(Problem(line: number, message: Message("bench.conf.noEquals", String(content))))
                continue
            }
            let key = trimmed(content[..<equals]).lowercased()
            let value = String(trimmed(content[content.index(after: equals)...]))
            guard keys.contains(key) else {
                problems.append(Problem(line: number, message: Message("bench.conf.unknownKey", key, keys.joined(separator: ", "))))
                continue
            }
            if let first = seen[key] {
                problems.append(Problem(line: number, message: Message("bench.conf.repeated", key, String(first))))
                continue
            }
            seen[key] = number
            do throws(SettingRefusal) {
                try apply(key: key, value: value, to: &settings)
            } catch {
                problems.append(Problem(line: number, message: error.message))
            }
        }
        return Outcome(settings: settings, problems: problems)
    }

    /// Why one value was refused (shared with the kernel command line, which says the same things).
    struct SettingRefusal: Error {
        let message: Message
    }

    static func apply(key: String, value: String, to settings: inout BenchSettings) throws(SettingRefusal) {
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw SettingRefusal(message: Message("bench.conf.controlCharacter", key))
        }
        let text: String? = value.isEmpty ? nil : value
        switch key {
        case "url":
            if let text, !(text.lowercased().hasPrefix("http://") || text.lowercased().hasPrefix("https://")) || text.contains(" ") {
                throw SettingRefusal(message: Message("bench.conf.badURL", text))
            }
            settings.url = text
        case "token":
            if let text, text.contains(" ") { throw SettingRefusal(message: Message("bench.conf.badToken")) }
            settings.token = text
        case "workshop": settings.workshop = text
        case "station": settings.station = text
        case "lang":
            guard let text else { settings.language = nil; return }
            guard let language = Language(rawValue: text.lowercased()) else {
                throw SettingRefusal(message: Message("bench.conf.badValue", key, text, "fr, en"))
            }
            settings.language = language
        case "keymap":
            guard let text else { settings.keymap = BenchSettings.defaultKeymap; return }
            // loadkeys takes a map's name: letters, digits, '-', '_' and '.' ("fr-latin9", "be-latin1").
            guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."z").contains($0)
                || ("A"..."Z").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }) else {
                throw SettingRefusal(message: Message("bench.conf.badKeymap", text))
            }
            settings.keymap = text
        case "mode":
            guard let mode = text.flatMap({ BenchSettings.Mode(rawValue: $0.lowercased()) }) else {
                throw SettingRefusal(message: Message("bench.conf.badValue", key, value, "interactive, auto"))
            }
            settings.mode = mode
        case "offline":
            settings.offline = try yesOrNo(key, value)
        case "poweroff":
            settings.poweroff = try yesOrNo(key, value)
        default:
            throw SettingRefusal(message: Message("bench.conf.unknownKey", key, keys.joined(separator: ", ")))
        }
    }

    /// `yes` or `no`, as the documentation writes them; `oui`/`non`, `true`/`false` and `1`/`0` are taken too,
    /// since a volunteer editing the file may write any of them.
    static func yesOrNo(_ key: String, _ value: String) throws(SettingRefusal) -> Bool {
        switch value.lowercased() {
        case "yes", "oui", "true", "1", "on": return true
        case "no", "non", "false", "0", "off": return false
        default: throw SettingRefusal(message: Message("bench.conf.badValue", key, value, "yes, no"))
        }
    }

    static func trimmed(_ text: Substring) -> Substring {
        var result = text
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
