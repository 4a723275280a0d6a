import Testing
@testable import Diagnostics

@Suite("Screens")
struct DisplayTests {
    @Test("the laptop fixture: the built-in 14\" 1920×1080 LG panel; the empty HDMI port is skipped")
    func laptop() throws {
        var warnings = WarningLog()
        let displays = DisplayReader(root: SystemRoot(path: TestPaths.laptop)).read(warnings: &warnings)
        #expect(displays.count == 1)
        let panel = try #require(displays.first)
        #expect(panel.connector == "card0-eDP-1")
        #expect(panel.builtIn)
        #expect(panel.manufacturerID == "LGD")
        #expect(panel.productCode == 0x0525)
        #expect(panel.name == "LP140WF6-SPB7")
        #expect(panel.widthCentimetres == 31)
        #expect(panel.heightCentimetres == 17)
        #expect(panel.diagonalInches == 13.9)
        #expect(panel.nativeWidth == 1920)
        #expect(panel.nativeHeight == 1080)
        #expect(panel.manufactureYear == 2016)
        #expect(panel.checksumValid)
        #expect(warnings.warnings.isEmpty)
    }

    @Test("short, headerless and corrupted EDIDs are refused or flagged, never trapped on")
    func hostile() throws {
        #expect(throws: EDID.ParseError.tooShort(0)) { try EDID([]) }
        #expect(throws: EDID.ParseError.badHeader) { try EDID([UInt8](repeating: 0xFF, count: 128)) }
        var bytes = try SystemRoot(path: TestPaths.laptop).readBytes("sys/class/drm/card0-eDP-1/edid").get()
        bytes[100] ^= 0xFF
        #expect(try EDID(bytes).checksumValid == false)
        for length in stride(from: 0, through: 128, by: 7) {
            _ = try? EDID(Array(bytes.prefix(length)))
        }
        var garbage = bytes
        for index in 8..<128 { garbage[index] = UInt8(truncatingIfNeeded: index &* 37) }
        _ = try EDID(garbage)
    }
}
