import HostSystem

/// Finds the firmware's description of the machine: a dump when one is given, else the raw tables in
/// sysfs (root only), else the kernel's `/sys/class/dmi/id` strings. Each step that fails says why.
public struct SMBIOSReader: Sendable {
    public struct Result: Sendable {
        /// The decoded tables; nil on the dmi-id fallback or when nothing was found.
        public var inventory: SMBIOSInventory?
        public var identity: FirmwareIdentity?
        public var source: IdentitySource?
    }

    public let root: SystemRoot
    public let dumpPath: String?

    public init(root: SystemRoot, dumpPath: String? = nil) {
        self.root = root
        self.dumpPath = dumpPath
    }

    public func read(warnings: inout WarningLog) -> Result {
        if let dumpPath {
            switch SMBIOSTableSource.dumpFile(path: dumpPath).load(warnings: &warnings) {
            case .success(let table):
                return decoded(table, source: .smbiosDump, warnings: &warnings)
            case .failure(let failure):
                // The technician asked for this file: say what is wrong with it, then read the machine.
                Self.report(failure, warnings: &warnings)
            }
        }

        switch SMBIOSTableSource.sysfs(root).load(warnings: &warnings) {
        case .success(let table):
            return decoded(table, source: .smbiosTables, warnings: &warnings)
        case .failure(.unreadable(_, .permissionDenied)):
            warnings.add(.smbios, "probe.warning.smbios.needsRoot")
        case .failure(.unreadable(_, .missing)):
            warnings.add(.smbios, "probe.warning.smbios.tablesMissing")
        case .failure(let failure):
            Self.report(failure, warnings: &warnings)
        }

        if let identity = DMIIdentityReader(root: root).read(warnings: &warnings) {
            warnings.add(.smbios, "probe.warning.smbios.usingDMIFallback")
            return Result(inventory: nil, identity: identity, source: .dmiID)
        }
        warnings.add(.smbios, "probe.warning.smbios.noFirmwareIdentity")
        return Result(inventory: nil, identity: nil, source: nil)
    }

    private func decoded(_ table: SMBIOSTable, source: IdentitySource, warnings: inout WarningLog) -> Result {
        let inventory = SMBIOSInventory(table: table, warnings: &warnings)
        return Result(inventory: inventory, identity: FirmwareIdentity(inventory: inventory), source: source)
    }

    static func report(_ failure: SMBIOSTableSource.LoadFailure, warnings: inout WarningLog) {
        switch failure {
        case .unreadable(let path, let reason):
            warnings.addReadFailure(reason, area: .smbios, path: path)
        case .badEntryPoint(.noAnchor):
            warnings.add(.smbios, "probe.warning.smbios.noAnchor")
        case .badEntryPoint(.truncated(let kind)):
            warnings.add(.smbios, "probe.warning.smbios.truncatedEntryPoint", kind.rawValue)
        case .badEntryPoint(.missingIntermediateAnchor):
            warnings.add(.smbios, "probe.warning.smbios.missingIntermediateAnchor")
        case .tableOutsideDump(let address, let fileSize):
            warnings.add(.smbios, "probe.warning.smbios.tableOutsideDump", String(address), String(fileSize))
        }
    }
}
