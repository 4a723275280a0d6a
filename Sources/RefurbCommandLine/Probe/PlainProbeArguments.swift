import RefurbCore

/// `refurb probe` asked for with nothing but `--json`, `--no-smart` and `--lang fr|en` (each at most once): what a
/// technician types at a bench, what the bench stick's benchmark runs, and everything the probe does then on the
/// machine it runs on. `refurb` reads these few words itself, without ArgumentParser, and runs the probe on the main
/// thread without starting the concurrency pool.
///
/// Why: under the bench stick's emulation (QEMU, TCG), ArgumentParser's reflection of the command (Mirror, generic
/// metadata, protocol conformance look-ups over the whole program) took about 57 ms of the probe's 245 ms, where
/// lshw takes 1,230 ms and the target is a tenth of that (issue 14; `scripts/bench/bench-stick` measures both).
/// Anything else (help, another option, a repeated or unknown word, a language that does not exist) returns nil
/// and goes to ArgumentParser, which then gives its usual help and errors. `PlainProbeArgumentsTests` holds these
/// readings equal to ArgumentParser's.
package struct PlainProbeArguments: Equatable, Sendable {
    package var json = false
    package var noSmart = false
    /// The language asked for with `--lang`, as typed.
    package var lang: String?

    package init(json: Bool = false, noSmart: Bool = false, lang: String? = nil) {
        self.json = json
        self.noSmart = noSmart
        self.lang = lang
    }

    /// The arguments after `probe`, or nil when they ask for anything else.
    package init?(_ arguments: [String]) {
        var remaining = arguments[...]
        while let word = remaining.popFirst() {
            switch word {
            case "--json" where !json: json = true
            case "--no-smart" where !noSmart: noSmart = true
            case "--lang" where lang == nil:
                guard let value = remaining.popFirst() else { return nil }
                lang = value
            case _ where word.hasPrefix("--lang=") && lang == nil:
                lang = String(word.dropFirst("--lang=".count))
            default:
                return nil
            }
        }
        if let lang, Language(rawValue: lang.lowercased()) == nil { return nil }
    }
}
