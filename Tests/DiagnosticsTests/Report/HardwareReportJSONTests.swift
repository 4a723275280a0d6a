import Foundation
import RefurbCore
import Testing
@testable import Diagnostics

/// `HardwareReport.jsonData` writes its JSON without `JSONEncoder` (`SortedKeysJSONEncoder`, a fast path in
/// docs/fast-paths.md). These hold its bytes equal to `JSONEncoder`'s for whole reports: the fixture machines,
/// one with a SMART verdict, an empty root and a tree of garbage, whose strings hold control characters.
@Suite("The hardware report's JSON, byte for byte JSONEncoder's")
struct HardwareReportJSONTests {
    private static func plainJSON(_ report: HardwareReport, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(report)
    }

    private static func expectSameBytes(_ report: HardwareReport, _ name: String) throws {
        for pretty in [true, false] {
            let fast = try report.jsonData(pretty: pretty)
            let plain = try plainJSON(report, pretty: pretty)
            #expect(fast == plain, "\(name), pretty \(pretty):\n\(String(decoding: fast, as: UTF8.self))")
        }
    }

    @Test("the laptop, with a SMART verdict on its first disk, and the desktop")
    func fixtureMachines() throws {
        var laptop = HardwareProbe(options: ProbeOptions(root: SystemRoot(path: TestPaths.laptop), smartctl: nil)).run()
        laptop.storage[0].smart = SmartHealthAssessment.assess(
            try SmartctlOutput(json: Array(#"{"smart_status":{"passed":false},"power_on_time":{"hours":40000},"temperature":{"current":31}}"#.utf8)),
            exitStatus: SmartctlExitStatus(rawValue: 8))
        try Self.expectSameBytes(laptop, "laptop")
        let desktop = HardwareProbe(options: ProbeOptions(root: SystemRoot(path: TestPaths.desktopDMIID), smartctl: nil)).run()
        try Self.expectSameBytes(desktop, "desktop")
    }

    @Test("an empty root, where everything is missing and only warnings are said")
    func emptyRoot() throws {
        let tree = try TemporaryTree()
        try Self.expectSameBytes(HardwareProbe(options: ProbeOptions(root: SystemRoot(path: tree.path), smartctl: nil)).run(), "empty")
    }

    @Test("trees of random bytes: whatever strings the readers keep are escaped as JSONEncoder escapes them")
    func garbageTrees() throws {
        for seed in [7, 42, 1_234] as [UInt64] {
            let tree = try TemporaryTree(copying: TestPaths.laptop)
            var generator = SeededGenerator(seed: seed)
            let files = FileManager.default.enumerator(atPath: tree.path)?.compactMap { $0 as? String } ?? []
            for file in files {
                var isDirectory: ObjCBool = false
                let full = tree.path + "/" + file
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                      (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) == nil,
                      Bool.random(using: &generator)
                else { continue }
                let bytes = (0..<Int.random(in: 1...80, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                try Data(bytes).write(to: URL(fileURLWithPath: full))
            }
            try Self.expectSameBytes(HardwareProbe(options: ProbeOptions(root: SystemRoot(path: tree.path), smartctl: nil)).run(), "seed \(seed)")
        }
    }
}
