import Testing
@testable import Diagnostics

@Suite("Network")
struct NetworkInterfaceReaderTests {
    @Test("the laptop fixture: wired and Wi-Fi; loopback and the Docker bridge are virtual")
    func laptop() throws {
        var warnings = WarningLog()
        let interfaces = NetworkInterfaceReader(root: SystemRoot(path: TestPaths.laptop)).read(warnings: &warnings)
        #expect(interfaces.map(\.name) == ["enp0s31f6", "wlp4s0"])
        #expect(interfaces[0].kind == .wired)
        #expect(interfaces[0].macAddress == "54:e1:ad:12:34:56")
        #expect(interfaces[0].permanentAddress == true)
        #expect(interfaces[1].kind == .wireless)
        #expect(interfaces[1].permanentAddress == false) // set by NetworkManager
        #expect(interfaces[1].driver == "iwlwifi")
    }

    @Test("MAC addresses are checked")
    func macs() {
        #expect(NetworkInterfaceReader.normalizedMAC("AA:BB:CC:DD:EE:FF") == "aa:bb:cc:dd:ee:ff")
        #expect(NetworkInterfaceReader.normalizedMAC("00:00:00:00:00:00") == nil)
        #expect(NetworkInterfaceReader.normalizedMAC("zz:bb:cc:dd:ee:ff") == nil)
        #expect(NetworkInterfaceReader.normalizedMAC("") == nil)
    }
}
