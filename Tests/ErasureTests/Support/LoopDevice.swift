import Erasure
import Foundation

/// A loop device over a file this test created. Tests touch only loop devices they made themselves,
/// and always detach them.
final class LoopDevice {
    let path: String
    let backingFile: String
    private var attached = true

    /// - Parameter contents: written to the backing file before attaching; the rest is sparse.
    init(backingFile: String, sizeBytes: Int, contents: Data? = nil, partitions: Bool = false) throws {
        self.backingFile = backingFile
        _ = FileManager.default.createFile(atPath: backingFile, contents: contents ?? Data())
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: backingFile))
        try handle.truncate(atOffset: UInt64(sizeBytes))
        try handle.close()
        path = try Shell.check([TestEnvironment.losetup!, "--find", "--show"] + (partitions ? ["--partscan"] : []) + [backingFile])
        precondition(path.hasPrefix("/dev/loop"), "losetup returned \(path)")
    }

    /// Attaches a backing file the test prepared itself.
    init(attaching backingFile: String) throws {
        self.backingFile = backingFile
        path = try Shell.check([TestEnvironment.losetup!, "--find", "--show", backingFile])
        precondition(path.hasPrefix("/dev/loop"), "losetup returned \(path)")
    }

    var name: String { (path as NSString).lastPathComponent }

    func disk() throws -> Disk { try DiskInventory().disk(named: name) }

    func detach() {
        guard attached else { return }
        attached = false
        _ = try? Shell.run([TestEnvironment.losetup!, "--detach", path])
    }

    deinit { detach() }

    /// The backing file's bytes, read through the file system: an independent view of what the wipe wrote.
    func backingBytes() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: backingFile))
    }
}
