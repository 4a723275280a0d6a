import Testing
@testable import Diagnostics

@Suite("CPU")
struct CPUReaderTests {
    @Test("the laptop fixture: model, 2 cores, 4 threads, 3.5 GHz from cpufreq, VT-x, 64-bit")
    func laptop() {
        var warnings = WarningLog()
        let cpu = CPUReader(root: SystemRoot(path: TestPaths.laptop)).read(processors: [], warnings: &warnings)
        #expect(cpu?.model == "Intel(R) Core(TM) i5-7300U CPU @ 2.60GHz")
        #expect(cpu?.vendor == "GenuineIntel")
        #expect(cpu?.sockets == 1)
        #expect(cpu?.cores == 2)
        #expect(cpu?.threads == 4)
        #expect(cpu?.maxMHz == 3500)
        #expect(cpu?.currentMHz == 800)
        #expect(cpu?.virtualization == "VT-x")
        #expect(cpu?.is64Bit == true)
        #expect(cpu?.underHypervisor == false)
        #expect(cpu?.flags.contains("avx2") == true)
        #expect(warnings.warnings.isEmpty)
    }

    @Test("CPU lists: ranges and singles; nonsense and absurd ranges are refused")
    func cpuLists() {
        #expect(CPUListParser.count("0-3") == 4)
        #expect(CPUListParser.count("0-3,6,8-9") == 7)
        #expect(CPUListParser.count("0") == 1)
        #expect(CPUListParser.count("") == nil)
        #expect(CPUListParser.count("3-1") == nil)
        #expect(CPUListParser.count("0-4294967295") == nil)
        #expect(CPUListParser.count("a-b") == nil)
    }

    @Test("ARM cpuinfo without 'model name' still gives a model and counts")
    func arm() throws {
        let tree = try TemporaryTree()
        try tree.write("proc/cpuinfo", "processor\t: 0\nBogoMIPS\t: 108.00\nFeatures\t: fp asimd evtstrm crc32\nCPU implementer\t: 0x41\nCPU architecture: 8\n\n"
            + "processor\t: 1\nBogoMIPS\t: 108.00\nFeatures\t: fp asimd evtstrm crc32\nCPU implementer\t: 0x41\nCPU architecture: 8\n\n"
            + "Hardware\t: BCM2835\nModel\t\t: Raspberry Pi 4 Model B Rev 1.4\n")
        var warnings = WarningLog()
        let cpu = CPUReader(root: SystemRoot(path: tree.path)).read(processors: [], warnings: &warnings)
        #expect(cpu?.model == "Raspberry Pi 4 Model B Rev 1.4")
        #expect(cpu?.threads == 2)
        #expect(cpu?.is64Bit == true)
    }

    @Test("an empty or missing cpuinfo is a warning; SMBIOS type 4 then fills in")
    func missing() throws {
        let tree = try TemporaryTree()
        var warnings = WarningLog()
        #expect(CPUReader(root: SystemRoot(path: tree.path)).read(processors: [], warnings: &warnings) == nil)
        #expect(warnings.contains(key: "probe.warning.file.missing"))
        try tree.write("proc/cpuinfo", "")
        var formatted = [UInt8](repeating: 0, count: 0x28)
        formatted[0x00] = 4
        formatted[0x01] = 0x28
        formatted[0x04] = 1
        formatted[0x07] = 2
        formatted[0x10] = 3
        formatted[0x14] = 0x40 // 1600 MHz, little-endian
        formatted[0x15] = 0x06
        formatted[0x18] = 0x41 // populated, enabled
        var tableWarnings = WarningLog()
        let structure = SMBIOSStructure(type: 4, handle: 4, formatted: formatted, strings: ["CPU0", "Intel", "Pentium M"].map { Array($0.utf8) })
        let record = try #require(ProcessorRecord(structure, warnings: &tableWarnings))
        let cpu = CPUReader(root: SystemRoot(path: tree.path)).read(processors: [record], warnings: &warnings)
        #expect(cpu?.model == "Pentium M")
        #expect(cpu?.maxMHz == 1600)
        #expect(cpu?.sockets == 1)
        #expect(warnings.contains(key: "probe.warning.cpu.cpuinfoEmpty"))
    }
}
