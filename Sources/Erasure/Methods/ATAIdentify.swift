/// What `hdparm -I` says about a drive's erase features and security state.
public struct ATAIdentify: Sendable, Equatable {
    public var model: String?
    public var serial: String?
    public var firmware: String?
    public var wwn: String?
    public var isSolidState = false

    public var securitySupported = false
    public var securityEnabled = false
    public var securityLocked = false
    /// The BIOS froze the security feature set: Security Erase is refused until a power cycle or a
    /// suspend/resume.
    public var securityFrozen = false
    public var enhancedEraseSupported = false
    /// Drive's own estimates, in minutes, when it gives them.
    public var securityEraseMinutes: Int?
    public var enhancedSecurityEraseMinutes: Int?

    public var sanitizeSupported = false
    public var sanitizeCryptoScramble = false
    public var sanitizeBlockErase = false
    public var sanitizeOverwrite = false
    public var hpaFeatureSet = false
    public var dcoFeatureSet = false

    /// Parses the text of `hdparm -I DEV` (hdparm 9.x layout: tab-indented sections).
    public static func parse(_ text: String) -> ATAIdentify {
        var identify = ATAIdentify()
        var section = ""
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !line.hasPrefix("\t") && !line.hasPrefix(" ") && line.hasSuffix(":") || trimmed == "Security:" {
                section = trimmed
            }
            func value(after label: String) -> String? {
                guard trimmed.hasPrefix(label) else { return nil }
                let rest = trimmed.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
                return rest.isEmpty ? nil : rest
            }
            identify.model = identify.model ?? value(after: "Model Number:")
            identify.serial = identify.serial ?? value(after: "Serial Number:")
            identify.firmware = identify.firmware ?? value(after: "Firmware Revision:")
            if let wwn = value(after: "Logical Unit WWN Device Identifier:") { identify.wwn = wwn }
            if trimmed.contains("Nominal Media Rotation Rate: Solid State Device") { identify.isSolidState = true }

            // Feature lines: "   *\tSANITIZE feature set" (enabled) or "    \tSANITIZE feature set" (supported).
            // A "not" in front of a name means unsupported, as in "\tnot\tBLOCK_ERASE_EXT command".
            let negated = trimmed.hasPrefix("not")
            if !negated {
                if trimmed.hasSuffix("SANITIZE feature set") { identify.sanitizeSupported = true }
                if trimmed.hasSuffix("CRYPTO_SCRAMBLE_EXT command") { identify.sanitizeCryptoScramble = true }
                if trimmed.hasSuffix("BLOCK_ERASE_EXT command") { identify.sanitizeBlockErase = true }
                if trimmed.hasSuffix("OVERWRITE_EXT command") { identify.sanitizeOverwrite = true }
                if trimmed.hasSuffix("Host Protected Area feature set") { identify.hpaFeatureSet = true }
                if trimmed.hasSuffix("Device Configuration Overlay feature set") { identify.dcoFeatureSet = true }
            }
            if section == "Security:" {
                let words = trimmed.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
                let isNot = words.first == "not"
                let subject = isNot ? words.dropFirst().joined(separator: " ") : words.joined(separator: " ")
                switch subject {
                case "supported": identify.securitySupported = !isNot
                case "enabled": identify.securityEnabled = !isNot
                case "locked": identify.securityLocked = !isNot
                case "frozen": identify.securityFrozen = !isNot
                case "supported: enhanced erase": identify.enhancedEraseSupported = !isNot
                default:
                    if subject.contains("for SECURITY ERASE UNIT") {
                        identify.securityEraseMinutes = Self.minutes(before: "for SECURITY ERASE UNIT", in: subject)
                        identify.enhancedSecurityEraseMinutes = Self.minutes(before: "for ENHANCED SECURITY ERASE UNIT", in: subject)
                    }
                }
            }
        }
        return identify
    }

    /// "50min for SECURITY ERASE UNIT. 50min for ENHANCED SECURITY ERASE UNIT." → 50 and 50.
    static func minutes(before label: String, in text: String) -> Int? {
        for sentence in text.split(separator: ".") where sentence.trimmingCharacters(in: .whitespaces).hasSuffix(label) {
            let token = sentence.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? ""
            return Int(token.replacingOccurrences(of: "min", with: ""))
        }
        return nil
    }
}

import Foundation
