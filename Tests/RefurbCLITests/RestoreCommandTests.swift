import Foundation
import Testing

@Suite("refurb restore")
struct RestoreCommandTests {
    /// Every file of the database's folder with its bytes: what a refused restore must not change.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    @Test("a refused restore (damaged file, not a Refurb database, missing file) leaves the folder exactly as it was")
    func refusalLeavesNothingBehind() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let lot = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes"])
        #expect(lot.status == 0, "\(lot.stderr)")
        let code = lot.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "RESTORE-1"]).status == 0)
        let folder = (refurb.databasePath as NSString).deletingLastPathComponent

        // Backups that must be refused, beside the database as a person would put them.
        let damaged = folder + "/damaged.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: damaged))
        // An empty file is a sound SQLite database without a single table.
        let foreign = folder + "/foreign.sqlite"
        #expect(FileManager.default.createFile(atPath: foreign, contents: Data()))

        let before = try Self.snapshot(folder)
        for (backup, words) in [(damaged, "damaged.sqlite"), (foreign, "not a Refurb database"), (folder + "/missing.sqlite", "missing.sqlite")] {
            let refused = try refurb.run(["restore", "--from", backup, "--yes"], language: "en")
            #expect(refused.status != 0, "\(backup) was restored: \(refused.stdout)")
            #expect(refused.stderr.contains(words), "\(refused.stderr)")
            #expect(try Self.snapshot(folder) == before, "a refused restore from \(backup) changed the folder")
        }

        // A sound backup is restored, and the database it replaced kept once beside it.
        let good = folder + "/good.sqlite"
        #expect(try refurb.run(["backup", "--to", good]).status == 0)
        #expect(try refurb.run(["intake", "--lot", code, "--category", "laptop", "--serial", "AFTER-BACKUP"]).status == 0)
        let restored = try refurb.run(["restore", "--from", good, "--yes"], language: "en")
        #expect(restored.status == 0, "\(restored.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".before-restore-") }
        #expect(kept.count == 1, "\(kept)")
        #expect(try refurb.run(["device", "show", "AFTER-BACKUP"]).status != 0, "the restored database is the backup's")
        #expect(try refurb.run(["device", "show", "AFTER-BACKUP", "--db", folder + "/" + kept[0]]).status == 0,
                "the copy kept aside holds the last intake")
    }

    @Test("a database SQLite cannot read is replaced by the backup, and kept aside byte for byte")
    func restoreOverADamagedDatabase() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let lot = try refurb.run(["lot", "open", "--donor", "Mairie de Rennes"])
        #expect(lot.status == 0, "\(lot.stderr)")
        let folder = (refurb.databasePath as NSString).deletingLastPathComponent
        let good = folder + "/good.sqlite"
        #expect(try refurb.run(["backup", "--to", good]).status == 0)
        let damage = Data(repeating: 0x41, count: 8192)
        try damage.write(to: URL(fileURLWithPath: refurb.databasePath))

        let restored = try refurb.run(["restore", "--from", good, "--yes"], language: "en")
        #expect(restored.status == 0, "\(restored.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".before-restore-") }
        #expect(kept.count == 1, "\(kept)")
        #expect(FileManager.default.contents(atPath: folder + "/" + (kept.first ?? "")) == damage)
        #expect(try refurb.run(["lot", "list"]).stdout.contains("Mairie de Rennes"))
    }
}
