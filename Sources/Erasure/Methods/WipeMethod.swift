/// An erasure method the operator can ask for with `--method`.
public enum WipeMethod: String, Codable, Sendable, CaseIterable {
    case auto
    case zero
    case random
    case ataSecureErase = "ata-secure-erase"
    case ataSecureEraseEnhanced = "ata-secure-erase-enhanced"
    case ataSanitizeCrypto = "ata-sanitize-crypto"
    case ataSanitizeBlock = "ata-sanitize-block"
    case ataSanitizeOverwrite = "ata-sanitize-overwrite"
    case nvmeSanitizeCrypto = "nvme-sanitize-crypto"
    case nvmeSanitizeBlock = "nvme-sanitize-block"
    case nvmeFormatUserData = "nvme-format-ses1"
    case nvmeFormatCrypto = "nvme-format-ses2"

    public var isSoftwareOverwrite: Bool { self == .zero || self == .random }
    public var isFirmware: Bool { self != .auto && !isSoftwareOverwrite }

    public var isATA: Bool {
        switch self {
        case .ataSecureErase, .ataSecureEraseEnhanced, .ataSanitizeCrypto, .ataSanitizeBlock, .ataSanitizeOverwrite: true
        default: false
        }
    }

    public var isNVMe: Bool {
        switch self {
        case .nvmeSanitizeCrypto, .nvmeSanitizeBlock, .nvmeFormatUserData, .nvmeFormatCrypto: true
        default: false
        }
    }

    /// The class each technique reaches when it completes, following openSeaChest's labelling and
    /// IEEE 2883: every Sanitize variant is Purge; ATA Security Erase normal is Clear and enhanced Purge;
    /// NVMe Format with user-data erase is Clear, crypto erase Purge. A software overwrite is Clear.
    public var category: NISTCategory {
        switch self {
        case .auto, .zero, .random, .ataSecureErase, .nvmeFormatUserData: .clear
        case .ataSecureEraseEnhanced, .ataSanitizeCrypto, .ataSanitizeBlock, .ataSanitizeOverwrite,
             .nvmeSanitizeCrypto, .nvmeSanitizeBlock, .nvmeFormatCrypto: .purge
        }
    }

    /// The technique in the words of the standards, for the certificate.
    public var technique: String {
        switch self {
        case .auto: "automatic"
        case .zero: "overwrite (zeros, 1 pass)"
        case .random: "overwrite (\(AESCounterStream.algorithmName) stream, 1 pass)"
        case .ataSecureErase: "ATA SECURITY ERASE UNIT (normal)"
        case .ataSecureEraseEnhanced: "ATA SECURITY ERASE UNIT (enhanced)"
        case .ataSanitizeCrypto: "ATA SANITIZE CRYPTO SCRAMBLE EXT"
        case .ataSanitizeBlock: "ATA SANITIZE BLOCK ERASE EXT"
        case .ataSanitizeOverwrite: "ATA SANITIZE OVERWRITE EXT"
        case .nvmeSanitizeCrypto: "NVMe Sanitize, crypto erase (SANACT=4)"
        case .nvmeSanitizeBlock: "NVMe Sanitize, block erase (SANACT=2)"
        case .nvmeFormatUserData: "NVMe Format NVM, user data erase (SES=1)"
        case .nvmeFormatCrypto: "NVMe Format NVM, cryptographic erase (SES=2)"
        }
    }

    /// The default read-back: every sector after an overwrite, a 10 % sample after firmware methods.
    public var defaultVerification: VerificationMode {
        isFirmware ? .sample(basisPoints: VerificationMode.defaultSampleBasisPoints) : .full
    }
}
