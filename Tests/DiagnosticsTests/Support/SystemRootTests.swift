import Foundation
import Testing
@testable import Diagnostics

@Suite("Reading files under a root")
struct SystemRootTests {
    @Test("missing files, FIFOs, huge files, non-UTF-8 and empty files")
    func hostileFiles() throws {
        let tree = try TemporaryTree()
        let root = SystemRoot(path: tree.path + "/")
        #expect(root.readBytes("nothing/here") == .failure(.missing))
        try tree.makeFIFO("fifo")
        #expect(try root.readBytes("fifo").get().isEmpty) // no writer: empty, not a hang
        try tree.write("big", bytes: [UInt8](repeating: 0x41, count: 100_000))
        #expect(root.readBytes("big", limit: 1000) == .failure(.tooLarge(limit: 1000)))
        try tree.write("latin1", bytes: [0x43, 0x61, 0x66, 0xE9, 0x0A])
        #expect(root.text("latin1") == "Caf.")
        try tree.write("empty", "")
        #expect(root.text("empty") == nil)
        try tree.write("spaces", "   \n")
        #expect(root.text("spaces") == nil)
        try tree.link("loop", to: "loop")
        #expect(root.resolved("loop") == nil)
        #expect(root.text("loop") == nil)
        #expect(root.absolute("sys/block") == tree.path + "/sys/block")
        #expect(SystemRoot.live.absolute("proc/cpuinfo") == "/proc/cpuinfo")
    }

    @Test("permission errors are told apart (as an ordinary user)", .enabled(if: geteuid() != 0, "root reads every file"))
    func permission() throws {
        let tree = try TemporaryTree()
        try tree.write("secret", "x")
        chmod(tree.path + "/secret", 0)
        #expect(SystemRoot(path: tree.path).readBytes("secret") == .failure(.permissionDenied))
    }

    @Test("directory entries sort the way people count")
    func naturalOrder() {
        #expect(["card10", "card9", "card1"].sorted { $0.naturallyPrecedes($1) } == ["card1", "card9", "card10"])
        #expect(["sdb", "sda", "nvme1n1", "nvme0n1"].sorted { $0.naturallyPrecedes($1) } == ["nvme0n1", "nvme1n1", "sda", "sdb"])
    }

    @Test("bounded little-endian reads never trap")
    func byteAccess() {
        let bytes: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05]
        #expect(bytes.littleEndianUInt16(at: 0) == 0x0201)
        #expect(bytes.littleEndianUInt32(at: 1) == 0x0504_0302)
        #expect(bytes.littleEndianUInt32(at: 2) == nil)
        #expect(bytes.littleEndianUInt64(at: 0) == nil)
        #expect(bytes.byte(at: -1) == nil)
        #expect(bytes.byte(at: 5) == nil)
        #expect(bytes[2...].byte(at: 0) == 0x03)
        #expect(bytes.littleEndianUInt16(at: Int.max) == nil)
    }
}
