import CErasureSys
import Erasure
import Foundation
import RefurbClient
import RefurbCore

/// The bench stick's writable partition (label REFURB, FAT so that any computer can edit it) and its fixed layout:
/// `refurb.conf`, the station's key in `keys/`, results waiting for the service in `spool/`, certificates in
/// `certificates/`, and what each run said in `logs/`.
struct BenchStick {
    static let configurationFileName = "refurb.conf"

    let root: URL

    init(path: String) {
        root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    var path: String { root.path }
    var configurationFile: URL { root.appendingPathComponent(Self.configurationFileName) }
    var keysDirectory: String { root.appendingPathComponent("keys").path }
    var spoolDirectory: URL { root.appendingPathComponent("spool", isDirectory: true) }
    var certificatesDirectory: String { root.appendingPathComponent("certificates").path }
    var logsDirectory: URL { root.appendingPathComponent("logs", isDirectory: true) }
    var spool: SubmissionSpool { SubmissionSpool(directory: spoolDirectory) }
    /// Results of a machine whose asset tag was not known at the bench (an offline bench): kept by the machine's
    /// serial until `refurb sync` finds its intake record.
    var awaiting: AwaitingSerialFolder { AwaitingSerialFolder(directory: spoolDirectory.appendingPathComponent("awaiting-serial")) }

    /// Whether the folder is there at all (a stick not mounted is an empty mount point or nothing).
    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Creates the folders the bench writes in; nil when done, else the folder that could not be made.
    func prepareFolders() -> String? {
        for folder in [keysDirectory, spoolDirectory.path, certificatesDirectory, logsDirectory.path] {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                return folder
            }
        }
        return nil
    }

    /// `refurb.conf` as written on the stick; a missing file is an empty one (every default).
    func configurationText() throws -> String {
        guard FileManager.default.fileExists(atPath: configurationFile.path) else { return "" }
        let data = try Data(contentsOf: configurationFile)
        // FAT and a Windows editor: Latin-1 is what a file that is not UTF-8 most likely is.
        return String(data: data, encoding: .utf8) ?? String(decoding: data.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    }

    /// The station's key, made on the first boot and kept on the stick from then on; `created` says whether this
    /// run made it (its fingerprint is then to be registered on the service).
    func stationKey() throws -> (keys: StationKeyPair, created: Bool) {
        let privatePath = keysDirectory + "/" + StationKeyPair.privateKeyFileName
        if FileManager.default.fileExists(atPath: privatePath) {
            return (try StationKeyPair.load(from: keysDirectory), false)
        }
        return (try StationKeyPair.create(in: keysDirectory), true)
    }

    var publicKeyPath: String { keysDirectory + "/" + StationKeyPair.publicKeyFileName }

    /// Whether what is written here outlives a power-off: not on tmpfs or ramfs, where the image's `start-console`
    /// puts the bench's folder of a machine booted over PXE with no REFURB partition.
    var keepsResults: Bool {
        let inMemory: Set<Int> = [0x0102_1994 /* tmpfs */, 0x8584_58F6 /* ramfs */]
        return !inMemory.contains(refurb_filesystem_magic(path))
    }

    /// The device number of the filesystem the stick's folder is on, to refuse the disk that holds it; nil for a
    /// folder on a filesystem with no disk behind it (tmpfs).
    var deviceNumber: DeviceNumber? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let number = DeviceNumber(rawDevice: UInt64(status.st_dev))
        return number.isAnonymous ? nil : number
    }
}

extension BenchStick {
    /// Keeps the hardware report on the stick (`logs/report-SERIAL.json`), whatever becomes of it at the service.
    func keepReport(_ data: Data, serial: String?) {
        let name = "report-" + AwaitingSerialFolder.folderName(serial ?? BenchLog.stamp(Date())) + ".json"
        try? data.write(to: logsDirectory.appendingPathComponent(name), options: .atomic)
    }
}
