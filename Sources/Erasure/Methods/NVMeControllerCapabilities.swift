import Foundation
import RefurbCore

/// The erase-related fields of an NVMe Identify Controller structure, from `nvme id-ctrl -o json DEV`.
public struct NVMeControllerCapabilities: Sendable, Equatable {
    public var model: String?
    public var serial: String?
    public var firmware: String?
    /// Optional Admin Command Support: bit 1 = Format NVM.
    public var oacs: UInt32
    /// Sanitize Capabilities: bit 0 crypto erase, bit 1 block erase, bit 2 overwrite; bit 29 NDI
    /// (No-Deallocate Inhibited); bits 31:30 NODMMAS.
    public var sanicap: UInt32
    /// Format NVM Attributes: bit 0 format applies to all namespaces, bit 1 crypto erase applies to all
    /// namespaces, bit 2 crypto erase supported as part of Format.
    public var fna: UInt32
    /// Number of namespaces.
    public var namespaceCount: UInt32

    public var formatSupported: Bool { oacs & 0x2 != 0 }
    public var sanitizeCrypto: Bool { sanicap & 0x1 != 0 }
    public var sanitizeBlock: Bool { sanicap & 0x2 != 0 }
    public var sanitizeOverwrite: Bool { sanicap & 0x4 != 0 }
    /// The controller may refuse "no deallocate" (NDI): then reads after sanitize return zeros whatever
    /// the medium holds, and read-back proves less.
    public var noDeallocateInhibited: Bool { sanicap & (1 << 29) != 0 }
    public var formatCryptoErase: Bool { fna & 0x4 != 0 }
    public var formatAppliesToAllNamespaces: Bool { fna & 0x1 != 0 }

    public static func parse(json: String) -> NVMeControllerCapabilities? {
        // RefurbCore's one JSON reader, as for smartctl's output.
        guard let object = try? JSONParser.parse(Array(json.utf8)), case .object = object else { return nil }
        func number(_ key: String) -> UInt32 { object[key]?.uint64.map { UInt32(truncatingIfNeeded: $0) } ?? 0 }
        func text(_ key: String) -> String? {
            object[key]?.string?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        }
        return NVMeControllerCapabilities(
            model: text("mn"), serial: text("sn"), firmware: text("fr"),
            oacs: number("oacs"), sanicap: number("sanicap"), fna: number("fna"), namespaceCount: number("nn")
        )
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
