/// The bench's words on the kernel command line (`/proc/cmdline`): `refurb.mode=auto`, `refurb.offline=yes`,
/// `refurb.poweroff=yes`, so that a PXE menu entry can start a bench of machines unattended, and any other key of
/// `refurb.conf` (`refurb.url=`, `refurb.token=`…), since a machine booted over PXE has no REFURB partition. They
/// override `refurb.conf`. Other kernel arguments are none of the bench's business and are left alone.
public enum KernelCommandLine {
    /// The keys a `refurb.` argument may set: those of `refurb.conf`.
    public static let keys = BenchConfigurationFile.keys

    /// `refurb.` words for the image's boot scripts, not settings: `refurb.stick=URL` is where a PXE bench with no
    /// REFURB partition fetches its `refurb.conf` and station key (the image's `start-console`).
    public static let bootScriptWords: Set<String> = ["stick"]

    public struct Outcome: Sendable, Equatable {
        public var settings: BenchSettings
        /// One per `refurb.` argument the bench could not take; the argument is then ignored.
        public var problems: [Problem]
    }

    /// An argument as written (`refurb.mode=bogus`) and why it was ignored.
    public struct Problem: Sendable, Equatable {
        public let argument: String
        public let message: Message
    }

    /// `settings` with what the command line says laid over it.
    public static func apply(_ commandLine: String, to settings: BenchSettings) -> Outcome {
        var result = settings
        var problems: [Problem] = []
        for word in words(commandLine) where word.lowercased().hasPrefix("refurb.") {
            let setting = word.dropFirst("refurb.".count)
            let parts = setting.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]).lowercased()
            if bootScriptWords.contains(key) { continue }
            guard keys.contains(key) else {
                problems.append(Problem(argument: word, message: Message(
                    "bench.cmdline.unknownKey", keys.map { "refurb.\($0)" }.joined(separator: ", "))))
                continue
            }
            // A bare `refurb.offline` or `refurb.poweroff` reads as "yes", as kernel flags usually do.
            let value = parts.count == 2 ? String(parts[1]) : (key == "offline" || key == "poweroff" ? "yes" : "")
            do throws(BenchConfigurationFile.SettingRefusal) {
                try BenchConfigurationFile.apply(key: key, value: value, to: &result)
            } catch {
                problems.append(Problem(argument: word, message: error.message))
            }
        }
        return Outcome(settings: result, problems: problems)
    }

    /// The arguments as the kernel splits them: on spaces, with double quotes holding a value with spaces.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if !quoted && (character == " " || character == "\n" || character == "\t") {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
