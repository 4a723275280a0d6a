import HostSystem

/// The exact command lines a firmware erasure will run, and how its completion is watched. Planned in
/// full before anything runs, so `--dry-run` can print it and the certificate can record it.
public struct FirmwarePlan: Sendable, Equatable {
    public enum Watch: Sendable, Equatable {
        /// The command itself returns when the drive is done (Security Erase, Format NVM); afterwards
        /// `confirm` must show the expected state.
        case commandCompletion(confirm: [String])
        /// The command starts a background operation; `status` is polled until it reports completion.
        case ataSanitizeStatus(status: [String])
        case nvmeSanitizeLog(status: [String])
    }

    public var method: WipeMethod
    public var commands: [[String]]
    public var watch: Watch
    /// Upper bound before the operation is declared failed; from the drive's own estimates when it gives them.
    public var timeout: Duration

    /// The command lines as a person would type them.
    public var commandLines: [String] { commands.map { $0.joined(separator: " ") } }

    public var statusCommand: [String] {
        switch watch {
        case .commandCompletion(let confirm): confirm
        case .ataSanitizeStatus(let status), .nvmeSanitizeLog(let status): status
        }
    }
}

/// Why a firmware method can't be used on this drive.
public enum FirmwareRefusal: Error, Sendable, Equatable {
    /// ATA commands need a direct SATA link; NVMe commands an NVMe controller.
    case wrongTransport(method: WipeMethod, transport: DiskTransport)
    case unsupported(method: WipeMethod)
    /// The BIOS froze the security feature set at boot.
    case frozen
    /// A security password is already set (a previous erase was interrupted, or the owner set one).
    case passwordSet
    case locked
    case capabilitiesUnknown(method: WipeMethod)
}
