import Foundation
import Testing

/// `refurb` runs a plain probe itself and hands everything else to `refurb-commands` beside it.
@Suite struct LauncherTests {
    /// A copy of `refurb` alone in a folder: as on a stick where only the probe was installed.
    private func loneLauncher(in world: RefurbProcess) throws -> URL {
        let folder = world.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("refurb")
        try FileManager.default.copyItem(at: RefurbProcess.executable, to: copy)
        return copy
    }

    @Test func theProbeNeedsNothingButRefurbItself() throws {
        let world = try RefurbProcess()
        defer { world.cleanUp() }
        let lone = try loneLauncher(in: world)

        let outcome = try world.run(["probe", "--no-smart", "--json"], executable: lone)

        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try #require(try outcome.json() as? [String: Any])
        #expect(report["cpu"] != nil)
        #expect(report["storage"] != nil)
    }

    @Test func anotherCommandWithoutTheFullProgramSaysWhatIsMissing() throws {
        let world = try RefurbProcess()
        defer { world.cleanUp() }
        let lone = try loneLauncher(in: world)

        let french = try world.run(["lot", "list"], executable: lone)
        #expect(french.status == 127)
        #expect(french.stderr.contains("refurb-commands"))
        #expect(french.stderr.contains("Seul « refurb probe » marche sans lui"))
        #expect(!FileManager.default.fileExists(atPath: world.databasePath), "nothing was created")

        let english = try world.run(["lot", "list"], language: "en", executable: lone)
        #expect(english.stderr.contains("Only “refurb probe” works without it"))
    }

    @Test func everyCommandIsReachedThroughRefurb() throws {
        let world = try RefurbProcess()
        defer { world.cleanUp() }

        let help = try world.run(["--help"])
        #expect(help.status == 0)
        for command in ["lot", "intake", "device", "probe", "wipe", "label", "serve", "user", "backup"] {
            #expect(help.stdout.contains("\n  \(command) "), "\(command) is listed")
        }
        #expect(try world.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)

        let probeHelp = try world.run(["probe", "--help"])
        #expect(probeHelp.stdout.contains("USAGE: refurb probe"))
        let typo = try world.run(["probe", "--jsn"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("--jsn"))

        let lots = try world.run(["lot", "list", "--json"])
        #expect(lots.status == 0, "\(lots.stderr)")
    }
}
