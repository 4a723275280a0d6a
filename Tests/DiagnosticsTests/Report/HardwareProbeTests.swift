import Foundation
import RefurbCore
import Testing
@testable import Diagnostics

@Suite("Whole probe on the fixture trees")
struct HardwareProbeTests {
    static let schemaPath: String? = {
        var directory = URL(fileURLWithPath: TestPaths.testsDirectory)
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Schemas/hardware-report.schema.json").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    private func laptopReport() -> HardwareReport {
        HardwareProbe(options: ProbeOptions(root: SystemRoot(path: TestPaths.laptop), smartctl: nil)).run()
    }

    @Test("the laptop: identity from the SMBIOS 3 tables in sysfs, every part found, only expected warnings")
    func laptop() throws {
        let report = laptopReport()
        #expect(report.schemaVersion == HardwareReport.currentSchemaVersion)
        #expect(report.system.source == .smbiosTables)
        #expect(report.system.smbiosVersion == "3.0.0")
        #expect(report.system.manufacturer == "LENOVO")
        #expect(report.system.product == "20HRCTO1WW")
        #expect(report.system.model == "ThinkPad X1 Carbon 5th")
        #expect(report.system.serialNumber == "PF0ABCDE")
        #expect(report.system.uuid == "a1b7c82c-4ed0-b211-a85c-d3f1e3b8a7e5") // dmidecode's reading of the same bytes
        #expect(report.system.chassis?.typeName == "Notebook")
        #expect(report.system.suggestedCategory == .laptop)
        #expect(report.system.baseboard?.serialNumber == "L1HF000000")
        #expect(report.system.bios?.version == "N1MET37W (1.22 )")
        #expect(report.cpu?.maxMHz == 3500)
        #expect(report.memory.installedBytes == 8 << 30)
        #expect(report.storage.count == 4)
        #expect(report.storage.allSatisfy { $0.smart == nil })
        #expect(report.batteries.first?.healthPercent == 80.6)
        #expect(report.firmwareBatteries.first?.designCapacityMilliwattHours == 57_000)
        #expect(report.graphics.first?.deviceName == "HD Graphics 620")
        #expect(report.displays.first?.nativeWidth == 1920)
        #expect(report.network.count == 2)
        #expect(!report.probe.smartChecked)
        #expect(report.probe.root == TestPaths.laptop)
        // Chassis version "None" and the filler DIMM serial are the only things the fixture leaves out.
        let keys = Set(report.warnings.map(\.key))
        #expect(keys.isSubset(of: [
            IdentityField.memorySerial.placeholderKey, "probe.warning.storage.opticalSkipped", "probe.warning.storage.noMedium",
            IdentityField.boardManufacturer.placeholderKey,
        ]), "\(keys)")
    }

    @Test("the report round-trips through JSON and matches the schema",
          .enabled(if: HardwareProbeTests.schemaPath != nil, "Schemas/hardware-report.schema.json not found above the tests"))
    func schema() throws {
        let validator = try MiniSchemaValidator(schemaPath: try #require(Self.schemaPath))
        var report = laptopReport()
        report.storage[0].smart = SmartHealthAssessment.assess(
            try SmartctlOutput(json: Array(#"{"smart_status":{"passed":true},"power_on_time":{"hours":40000},"temperature":{"current":31}}"#.utf8)),
            exitStatus: SmartctlExitStatus(rawValue: 64))
        for candidate in [report, HardwareProbe(options: ProbeOptions(root: SystemRoot(path: TestPaths.desktopDMIID), smartctl: nil)).run()] {
            let data = try candidate.jsonData()
            #expect(try validator.errors(in: data) == [])
            let decoded = try HardwareReport.decode(from: data)
            #expect(decoded.storage == candidate.storage)
            #expect(decoded.warnings == candidate.warnings)
            #expect(decoded.system == candidate.system)
        }
        // The validator does catch a stray field.
        var tampered = try JSONSerialization.jsonObject(with: try report.jsonData()) as? [String: Any] ?? [:]
        tampered["surprise"] = true
        #expect(try validator.errors(in: JSONSerialization.data(withJSONObject: tampered)) == ["$: surprise is not in the schema"])
    }

    @Test("an empty root: nothing found, everything said, no crash")
    func emptyRoot() throws {
        let tree = try TemporaryTree()
        let report = HardwareProbe(options: ProbeOptions(root: SystemRoot(path: tree.path), smartctl: nil)).run()
        #expect(report.cpu == nil)
        #expect(report.storage.isEmpty)
        let keys = Set(report.warnings.map(\.key))
        for expected in ["probe.warning.smbios.noFirmwareIdentity", "probe.warning.cpu.unreadable", "probe.warning.storage.noSysBlock",
                         "probe.warning.network.none", "probe.warning.battery.none", "probe.warning.display.none", "probe.warning.graphics.none"] {
            #expect(keys.contains(expected), "\(expected)")
        }
    }

    @Test("a tree of empty files and garbage: every reader copes")
    func garbageTree() throws {
        let tree = try TemporaryTree(copying: TestPaths.laptop)
        var generator = SeededGenerator(seed: 42)
        let files = FileManager.default.enumerator(atPath: tree.path)?.compactMap { $0 as? String } ?? []
        for (index, file) in files.enumerated() {
            var isDirectory: ObjCBool = false
            let full = tree.path + "/" + file
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) == nil
            else { continue }
            let bytes: [UInt8] = index % 2 == 0 ? [] : (0..<Int.random(in: 1...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
        let report = HardwareProbe(options: ProbeOptions(root: SystemRoot(path: tree.path), smartctl: nil)).run()
        _ = try report.jsonData()
        _ = ProbeSummary.render(report, language: .fr)
    }

    @Test("every message the probe can say exists in French and English, with matching placeholders")
    func catalog() throws {
        let entries = DiagnosticsMessages.entries
        for (key, entry) in entries {
            #expect(!entry.fr.isEmpty && !entry.en.isEmpty, "\(key)")
            for index in 0..<4 {
                #expect(entry.fr.contains("{\(index)}") == entry.en.contains("{\(index)}"), "\(key) {\(index)}")
            }
        }
        // Every key written in the sources is in the catalog.
        let sources = URL(fileURLWithPath: TestPaths.testsDirectory).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Diagnostics").resolvingSymlinksInPath()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /"(probe\.(?:warning|smart|summary)\.[A-Za-z.]+[A-Za-z])"/) {
                let key = String(match.1)
                #expect(entries[key] != nil, "\(key) used in \(file) is not in the catalog")
            }
        }
    }

    @Test("the summary reads in French by default and in English on request")
    func summary() {
        let report = laptopReport()
        let french = ProbeSummary.render(report, language: .fr)
        #expect(french.contains("Machine      : LENOVO ThinkPad X1 Carbon 5th · (20HRCTO1WW) · n° de série PF0ABCDE · catégorie suggérée : ordinateur portable"))
        #expect(french.contains("2 cœurs / 4 threads · 3,5 GHz max · VT-x"))
        #expect(french.contains("8 Go installés · 1 × 8 Go LPDDR3 1867 MT/s · 1 emplacement(s) libre(s) sur 2"))
        #expect(french.contains("santé 80,6 %"))
        #expect(french.contains("Écran"))
        let english = ProbeSummary.render(report, language: .en)
        #expect(english.contains("Processor    : Intel(R) Core(TM) i5-7300U CPU @ 2.60GHz · 2 cores / 4 threads · 3.5 GHz max · VT-x"))
        #expect(english.contains("sda · Samsung SSD 850 EVO 250GB · 256 GB · SATA · SSD"))
        #expect(english.contains("SMART not checked"))
    }
}
