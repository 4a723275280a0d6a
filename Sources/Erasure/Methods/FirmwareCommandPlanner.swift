/// Turns a firmware method into the exact hdparm or nvme-cli command lines for this drive, or says why it
/// can't run. The checks come from the drive's identify data: support bits, the frozen and locked
/// security states, and the NVMe sanitize and format capabilities.
public struct FirmwareCommandPlanner: Sendable {
    /// The temporary ATA user password. Fixed and documented (and recorded on the certificate) so that a
    /// drive left locked by an interrupted erase can always be unlocked:
    /// `hdparm --user-master u --security-disable refurb DEV`.
    public static let temporaryPassword = "refurb"

    public init() {}

    public func plan(_ method: WipeMethod, for disk: Disk, capabilities: DriveCapabilities) throws(FirmwareRefusal) -> FirmwarePlan {
        let device = disk.devicePath
        if method.isATA {
            guard disk.transport == .sata else { throw .wrongTransport(method: method, transport: disk.transport) }
            guard let ata = capabilities.ata else { throw .capabilitiesUnknown(method: method) }
            return try planATA(method, device: device, ata: ata)
        }
        guard method.isNVMe else { throw .unsupported(method: method) }
        guard disk.transport == .nvme, let controller = disk.nvmeControllerPath else {
            throw .wrongTransport(method: method, transport: disk.transport)
        }
        guard let nvme = capabilities.nvme else { throw .capabilitiesUnknown(method: method) }
        return try planNVMe(method, namespace: device, controller: controller, nvme: nvme)
    }

    private func planATA(_ method: WipeMethod, device: String, ata: ATAIdentify) throws(FirmwareRefusal) -> FirmwarePlan {
        let password = Self.temporaryPassword
        switch method {
        case .ataSecureErase, .ataSecureEraseEnhanced:
            let enhanced = method == .ataSecureEraseEnhanced
            guard ata.securitySupported, !enhanced || ata.enhancedEraseSupported else { throw .unsupported(method: method) }
            guard !ata.securityLocked else { throw .locked }
            guard !ata.securityEnabled else { throw .passwordSet }
            guard !ata.securityFrozen else { throw .frozen }
            let estimate = (enhanced ? ata.enhancedSecurityEraseMinutes : ata.securityEraseMinutes) ?? 12 * 60
            return FirmwarePlan(
                method: method,
                commands: [
                    ["hdparm", "--user-master", "u", "--security-set-pass", password, device],
                    ["hdparm", "--user-master", "u", enhanced ? "--security-erase-enhanced" : "--security-erase", password, device],
                ],
                watch: .commandCompletion(confirm: ["hdparm", "-I", device]),
                timeout: .seconds(max(2 * 3600, estimate * 60 * 2 + 3600))
            )
        case .ataSanitizeCrypto, .ataSanitizeBlock, .ataSanitizeOverwrite:
            let supported = ata.sanitizeSupported && (
                method == .ataSanitizeCrypto ? ata.sanitizeCryptoScramble :
                method == .ataSanitizeBlock ? ata.sanitizeBlockErase : ata.sanitizeOverwrite)
            guard supported else { throw .unsupported(method: method) }
            let action: [String] = switch method {
            case .ataSanitizeCrypto: ["--sanitize-crypto-scramble"]
            case .ataSanitizeBlock: ["--sanitize-block-erase"]
            default: ["--sanitize-overwrite-passes", "1", "--sanitize-overwrite", "0"]
            }
            return FirmwarePlan(
                method: method,
                commands: [["hdparm", "--yes-i-know-what-i-am-doing"] + action + [device]],
                watch: .ataSanitizeStatus(status: ["hdparm", "--sanitize-status", device]),
                timeout: .seconds(48 * 3600)
            )
        default:
            throw .unsupported(method: method)
        }
    }

    private func planNVMe(_ method: WipeMethod, namespace: String, controller: String, nvme: NVMeControllerCapabilities) throws(FirmwareRefusal) -> FirmwarePlan {
        switch method {
        case .nvmeSanitizeCrypto, .nvmeSanitizeBlock:
            let crypto = method == .nvmeSanitizeCrypto
            guard crypto ? nvme.sanitizeCrypto : nvme.sanitizeBlock else { throw .unsupported(method: method) }
            // Ask the drive not to deallocate afterwards, unless it says it can't: then reads return the
            // medium's real content and the read-back can tell whether the old data is gone.
            let noDeallocate = nvme.noDeallocateInhibited ? [] : ["--no-dealloc"]
            return FirmwarePlan(
                method: method,
                commands: [["nvme", "sanitize", controller, "--sanact=\(crypto ? 4 : 2)"] + noDeallocate],
                watch: .nvmeSanitizeLog(status: ["nvme", "sanitize-log", controller]),
                timeout: .seconds(48 * 3600)
            )
        case .nvmeFormatUserData, .nvmeFormatCrypto:
            let crypto = method == .nvmeFormatCrypto
            guard nvme.formatSupported, !crypto || nvme.formatCryptoErase else { throw .unsupported(method: method) }
            return FirmwarePlan(
                method: method,
                commands: [["nvme", "format", namespace, "--ses=\(crypto ? 2 : 1)", "--force", "--timeout=3600000"]],
                watch: .commandCompletion(confirm: ["nvme", "id-ctrl", controller, "--output-format=json"]),
                timeout: .seconds(2 * 3600)
            )
        default:
            throw .unsupported(method: method)
        }
    }
}
