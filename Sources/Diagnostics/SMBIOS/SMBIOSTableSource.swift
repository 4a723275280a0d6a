import HostSystem

/// Where the SMBIOS bytes come from, and the loading of them into a table of structures.
public enum SMBIOSTableSource: Sendable, Equatable {
    /// `/sys/firmware/dmi/tables/{smbios_entry_point,DMI}` under the probed root (root-only files).
    case sysfs(SystemRoot)
    /// A file in `dmidecode --dump-bin` format: the entry point, then the table at the offset the entry
    /// point's address field gives (dmidecode rewrites it to 32).
    case dumpFile(path: String)
    /// Bytes already in memory in `--dump-bin` format (tests and the corpus benchmark).
    case dumpBytes([UInt8], name: String)

    static let entryPointPath = "sys/firmware/dmi/tables/smbios_entry_point"
    static let tablePath = "sys/firmware/dmi/tables/DMI"

    /// Why no table could be loaded at all.
    public enum LoadFailure: Error, Equatable, Sendable {
        case unreadable(path: String, FileReadFailure)
        case badEntryPoint(SMBIOSEntryPoint.ParseError)
        case tableOutsideDump(address: UInt64, fileSize: Int)
    }

    public func load(warnings: inout WarningLog) -> Result<SMBIOSTable, LoadFailure> {
        switch self {
        case .sysfs(let root):
            return Self.loadSysfs(root, warnings: &warnings)
        case .dumpFile(let path):
            // Dumps hold an entry point and at most 64 KiB of table (the 2.x length is 16-bit); a few MiB
            // leaves room for SMBIOS 3 tables while refusing to slurp a disk image by mistake.
            switch SystemRoot.readBytes(atAbsolutePath: path, limit: 16 << 20) {
            case .success(let bytes): return Self.loadDump(bytes, warnings: &warnings)
            case .failure(let failure): return .failure(.unreadable(path: path, failure))
            }
        case .dumpBytes(let bytes, _):
            return Self.loadDump(bytes, warnings: &warnings)
        }
    }

    private static func loadSysfs(_ root: SystemRoot, warnings: inout WarningLog) -> Result<SMBIOSTable, LoadFailure> {
        let entryBytes: [UInt8]
        switch root.readBytes(entryPointPath, limit: 4096) {
        case .success(let bytes): entryBytes = bytes
        case .failure(let failure): return .failure(.unreadable(path: "/" + entryPointPath, failure))
        }
        let tableBytes: [UInt8]
        switch root.readBytes(tablePath, limit: 16 << 20) {
        case .success(let bytes): tableBytes = bytes
        case .failure(let failure): return .failure(.unreadable(path: "/" + tablePath, failure))
        }
        let entryPoint: SMBIOSEntryPoint
        do {
            entryPoint = try SMBIOSEntryPoint.parse(entryBytes)
        } catch {
            return .failure(.badEntryPoint(error))
        }
        return .success(decode(table: tableBytes, entryPoint: entryPoint, warnings: &warnings))
    }

    private static func loadDump(_ bytes: [UInt8], warnings: inout WarningLog) -> Result<SMBIOSTable, LoadFailure> {
        let entryPoint: SMBIOSEntryPoint
        do {
            entryPoint = try SMBIOSEntryPoint.parse(bytes.prefix(32))
        } catch {
            return .failure(.badEntryPoint(error))
        }
        guard entryPoint.tableAddress < UInt64(bytes.count) else {
            return .failure(.tableOutsideDump(address: entryPoint.tableAddress, fileSize: bytes.count))
        }
        let start = Int(entryPoint.tableAddress)
        let end = start + min(entryPoint.tableLength, bytes.count - start)
        return .success(decode(table: Array(bytes[start..<end]), entryPoint: entryPoint, warnings: &warnings))
    }

    private static func decode(table: [UInt8], entryPoint: SMBIOSEntryPoint, warnings: inout WarningLog) -> SMBIOSTable {
        if !entryPoint.checksumsValid {
            warnings.add(.smbios, "probe.warning.smbios.badChecksum", entryPoint.kind.rawValue)
        }
        if let announced = entryPoint.announcedVersion {
            warnings.add(.smbios, "probe.warning.smbios.versionFixup", announced.description, entryPoint.version.description)
        }
        var usable = table
        if table.count > entryPoint.tableLength {
            // Only the announced length belongs to the table (the kernel's file can carry padding).
            usable = Array(table.prefix(entryPoint.tableLength))
        } else if table.count < entryPoint.tableLength && entryPoint.kind != .smbios3 {
            // SMBIOS 3 announces a maximum, so a shorter table is normal there; not for 2.x.
            warnings.add(.smbios, "probe.warning.smbios.shortTable", String(table.count), String(entryPoint.tableLength))
        }
        let structures = SMBIOSTableWalker.structures(in: usable, entryPoint: entryPoint, warnings: &warnings)
        return SMBIOSTable(entryPoint: entryPoint, structures: structures)
    }
}
