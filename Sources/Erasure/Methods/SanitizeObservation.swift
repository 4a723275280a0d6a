import Foundation

/// One reading of a drive's sanitize state, from either hdparm or nvme-cli.
public struct SanitizeObservation: Sendable, Equatable {
    public var inProgress: Bool
    /// The most recent sanitize operation completed without error. Idle drives that never ran one may
    /// report this too, so it proves nothing alone (see `SanitizeCompletionTracker`).
    public var lastSucceeded: Bool
    public var failed: Bool
    /// ATA SD1: sanitize commands are refused until a power cycle.
    public var frozen: Bool
    /// 0...1 when the drive reports progress.
    public var progress: Double?
    /// NVMe SCDW10: the command dword of the most recent sanitize, which tells whose operation finished.
    public var commandWord: UInt32?
    /// The raw status as the tool printed it ("SD2 …", "SSTAT 0x101 SPROG 65535"), for the certificate.
    public var summary: String
}

/// Parses `hdparm --sanitize-status DEV` (hdparm 9.x):
///     Sanitize status:
///         State:    SD2 Sanitize operation In Process
///         Progress: 0x8000 (50%)
///         Last Sanitize Operation Completed Without Error
public enum HdparmSanitizeStatusParser {
    public static func parse(_ output: String) -> SanitizeObservation? {
        guard let stateLine = output.split(separator: "\n").first(where: { $0.contains("State:") }) else { return nil }
        let state = stateLine.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
        var progress: Double?
        if let progressLine = output.split(separator: "\n").first(where: { $0.contains("Progress:") }),
           let hex = progressLine.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces).split(separator: " ").first,
           let value = UInt32(hex.replacingOccurrences(of: "0x", with: ""), radix: 16) {
            progress = Double(value) / 65535
        }
        let succeeded = output.contains("Completed Without Error")
        return SanitizeObservation(
            inProgress: state.hasPrefix("SD2"),
            lastSucceeded: succeeded,
            failed: state.hasPrefix("SD3") || output.contains("completed unsuccessfully"),
            frozen: state.hasPrefix("SD1"),
            progress: progress,
            commandWord: nil,
            summary: state + (succeeded ? "; last sanitize completed without error" : "")
        )
    }
}

/// Parses `nvme sanitize-log DEV` (nvme-cli text output):
///     Sanitize Progress                      (SPROG) :  655
///     Sanitize Status                        (SSTAT) :  0x2
///     Sanitize Command Dword 10 Information (SCDW10) :  0x2
/// SSTAT bits 2:0: 0 never sanitized, 1 completed successfully, 2 in progress, 3 failed,
/// 4 completed successfully with deallocation (No-Deallocate was asked but not honoured); bit 8 global data erased.
public enum NVMeSanitizeLogParser {
    public static func parse(_ output: String) -> SanitizeObservation? {
        func field(_ tag: String) -> UInt32? {
            guard let line = output.split(separator: "\n").first(where: { $0.contains("(\(tag))") }),
                  let raw = line.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
                    .split(separator: " ").first
            else { return nil }
            return raw.hasPrefix("0x") ? UInt32(raw.dropFirst(2), radix: 16) : UInt32(raw)
        }
        guard let sstat = field("SSTAT") else { return nil }
        let sprog = field("SPROG")
        let status = sstat & 0x7
        return SanitizeObservation(
            inProgress: status == 2,
            lastSucceeded: status == 1 || status == 4,
            failed: status == 3,
            frozen: false,
            progress: status == 2 ? sprog.map { Double($0) / 65536 } : (status == 1 || status == 4 ? 1 : nil),
            commandWord: field("SCDW10"),
            summary: String(format: "SSTAT 0x%X, SPROG %u", sstat, sprog ?? 0)
        )
    }
}
