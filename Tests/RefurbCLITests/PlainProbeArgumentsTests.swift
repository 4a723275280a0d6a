import ArgumentParser
@testable import RefurbCommandLine
import Testing

/// `refurb` reads a plain `probe` itself (PlainProbeArguments): it must read those words exactly as ArgumentParser
/// reads them, and leave everything else to ArgumentParser.
@Suite struct PlainProbeArgumentsTests {
    static let plain: [[String]] = [
        [], ["--json"], ["--no-smart"], ["--json", "--no-smart"], ["--no-smart", "--json"],
        ["--lang", "en"], ["--lang=fr"], ["--json", "--lang", "EN", "--no-smart"],
    ]

    @Test("the plain words read the same as ArgumentParser reads them", arguments: plain)
    func sameReading(arguments: [String]) throws {
        let plain = try #require(PlainProbeArguments(arguments))
        let parsed = try Probe.parse(arguments)
        #expect(plain.json == parsed.json)
        #expect(plain.noSmart == parsed.noSmart)
        #expect(plain.lang == parsed.outputOptions.languageOption.explicit)
        #expect(parsed.root == "/")
        #expect(parsed.smartctl == Probe.defaultSmartctl)
        #expect(parsed.smartTimeout == Probe.defaultSmartTimeout)
        let unset: [String?] = [parsed.output, parsed.device, parsed.smbiosDump, parsed.service.url]
        #expect(unset.allSatisfy { $0 == nil })
    }

    @Test("anything else is left to ArgumentParser: help, other options, repeated or unknown words, unknown languages",
          arguments: [["--help"], ["-h"], ["--json", "--json"], ["--root", "/mnt"], ["--output", "r.json"], ["--jsn"],
                      ["--lang"], ["--lang", "de"], ["--lang=de"], ["--lang", "fr", "--lang", "en"], ["--device", "R000001"],
                      ["--submit", "http://x"], ["json"], ["--language", "en"]])
    func leftToArgumentParser(arguments: [String]) {
        #expect(PlainProbeArguments(arguments) == nil)
    }
}
