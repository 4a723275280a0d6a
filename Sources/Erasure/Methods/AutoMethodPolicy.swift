/// What `--method auto` tries, in order, for each kind of media, following NIST SP 800-88 and IEEE 2883:
/// - HDD: one pass of zeros with full verification (Clear);
/// - SATA SSD: ATA Sanitize (crypto scramble, else block erase), then Enhanced Security Erase, then an
///   overwrite recorded as Clear only (an overwrite cannot reach an SSD's spare blocks);
/// - NVMe: Sanitize (crypto, else block erase), then Format (crypto, else user-data erase), then overwrite;
/// - USB sticks and SD cards: an AES-CTR random overwrite (flash controllers may compress or skip
///   constant data), Clear at best;
/// - virtual disks and anything else: one pass of zeros.
/// A firmware candidate the drive doesn't support, or that is frozen, is skipped when planning; one that
/// fails at run time falls through to the next.
public enum AutoMethodPolicy {
    public static func candidates(for disk: Disk, capabilities: DriveCapabilities) -> [WipeMethod] {
        let planner = FirmwareCommandPlanner()
        func plannable(_ methods: [WipeMethod]) -> [WipeMethod] {
            methods.filter { (try? planner.plan($0, for: disk, capabilities: capabilities)) != nil }
        }
        switch disk.mediaType {
        case .hdd:
            return [.zero]
        case .sataSSD:
            let sanitize = plannable([.ataSanitizeCrypto, .ataSanitizeBlock]).prefix(1)
            return Array(sanitize) + plannable([.ataSecureEraseEnhanced]) + [.random]
        case .nvme:
            let sanitize = plannable([.nvmeSanitizeCrypto, .nvmeSanitizeBlock]).prefix(1)
            let format = plannable([.nvmeFormatCrypto, .nvmeFormatUserData]).prefix(1)
            return Array(sanitize) + Array(format) + [.random]
        case .usb, .sd:
            return [.random]
        case .virtual, .other:
            return [.zero]
        }
    }
}
