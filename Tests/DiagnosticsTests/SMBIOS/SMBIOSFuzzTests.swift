import Foundation
import Testing
@testable import Diagnostics

/// Random truncations and byte flips of every real dump: each must decode (or be refused) quickly and
/// without a crash. Seeds are fixed so that a failure can be replayed.
@Suite("SMBIOS fuzzing")
struct SMBIOSFuzzTests {
    static let variantsPerDump = 150

    private func decodeAnything(_ bytes: [UInt8]) -> Int {
        var warnings = WarningLog()
        guard case .success(let table) = SMBIOSTableSource.dumpBytes(bytes, name: "fuzz").load(warnings: &warnings) else { return 0 }
        let inventory = SMBIOSInventory(table: table, warnings: &warnings)
        let identity = SystemIdentityBuilder.build(from: FirmwareIdentity(inventory: inventory), source: .smbiosDump, warnings: &warnings)
        return inventory.memoryDevices.count + (identity.serialNumber?.count ?? 0) + warnings.warnings.count
    }

    @Test("truncations and byte flips of every dump are decoded without a crash", arguments: TestPaths.corpusFiles("smbios"))
    func fuzz(dump: String) throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: dump)))
        var generator = SeededGenerator(seed: UInt64(dump.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        for variant in 0..<Self.variantsPerDump {
            var bytes = original
            switch variant % 3 {
            case 0:
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
            case 1:
                for _ in 0..<Int.random(in: 1...16, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            default:
                // Aim at the table's length bytes and string terminators, where parsers usually break.
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    let index = Int.random(in: 32..<bytes.count, using: &generator)
                    bytes[index] = [0x00, 0x01, 0x03, 0x04, 0x7F, 0xFF].randomElement(using: &generator)!
                }
                bytes = Array(bytes.prefix(Int.random(in: 33...bytes.count, using: &generator)))
            }
            _ = decodeAnything(bytes)
        }
    }

    @Test("hostile hand-made tables: empty, only an entry point, table address past the end, all 0xFF")
    func handMade() {
        #expect(decodeAnything([]) == 0)
        #expect(decodeAnything(SMBIOSBuilder.smbios2EntryPoint(major: 2, minor: 8, tableLength: 100, count: 3)) == 0)
        let farAway = SMBIOSBuilder.dump(entryPoint: SMBIOSBuilder.smbios3EntryPoint(major: 3, minor: 0, maximumLength: 100, address: 1 << 40), table: [1, 2, 3])
        #expect(decodeAnything(farAway) == 0)
        _ = decodeAnything(SMBIOSBuilder.dump(entryPoint: SMBIOSBuilder.smbios3EntryPoint(major: 3, minor: 0, maximumLength: 4096), table: [UInt8](repeating: 0xFF, count: 4096)))
        _ = decodeAnything(SMBIOSBuilder.dump(entryPoint: SMBIOSBuilder.smbios3EntryPoint(major: 3, minor: 0, maximumLength: 4096), table: [UInt8](repeating: 0x00, count: 4096)))
    }
}
