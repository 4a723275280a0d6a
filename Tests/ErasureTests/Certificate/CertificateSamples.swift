@testable import Erasure
import Foundation
import RefurbCore

/// A complete certificate with every optional part filled, so that tampering tests reach every field.
enum CertificateSamples {
    static func full() -> ErasureCertificate {
        ErasureCertificate(
            schemaVersion: 1,
            id: "0b7f3c6e-2d4a-4e59-9c1d-5f8e7a6b4c3d",
            issuedAt: "2026-11-28T10:15:00Z",
            tool: .init(name: "refurb", version: "0.1.0"),
            workshop: .init(name: "Atelier du Bocage", station: "banc-2", operator: "Camille"),
            source: .init(lot: "LOT-2026-117", assetTag: "RF-00042-K", host: .init(vendor: "LENOVO", model: "ThinkPad T480", serial: "PF1ABCDE", uuid: "5a1c…")),
            drive: .init(
                devicePath: "/dev/sda", vendor: "ATA", model: "Micron_5300_MTFDDAK1T9TDS", serial: "214031A57D1D", firmware: "D3MU001",
                wwn: "500a075131a57d1d", transport: .sata, mediaType: .sataSSD, logicalSectorSize: 512, physicalSectorSize: 4096,
                visibleCapacityBytes: 1_920_383_410_176, nativeCapacityBytes: 1_920_383_410_176,
                hiddenAreasBefore: HiddenAreaStatus(state: .hidden, visibleSectors: 3_750_000_000, nativeSectors: 3_750_748_848, dcoRealSectors: 3_750_748_848),
                hiddenAreasAfter: HiddenAreaStatus(state: .none, visibleSectors: 3_750_748_848, nativeSectors: 3_750_748_848),
                smart: SmartSummary(passed: true, powerOnHours: 18_230, reallocatedSectors: 0, pendingSectors: 0, mediaErrors: 0, percentageUsed: 3, temperatureCelsius: 31)
            ),
            erasure: .init(
                method: .ataSanitizeCrypto, requestedMethod: .auto, nistCategory: .purge, technique: WipeMethod.ataSanitizeCrypto.technique,
                commands: ["hdparm --yes-i-know-what-i-am-doing --sanitize-crypto-scramble /dev/sda"], pattern: "drive firmware", passes: 1, prng: "none",
                firmware: FirmwareEvidence(
                    commands: [.init(commandLine: "hdparm --yes-i-know-what-i-am-doing --sanitize-crypto-scramble /dev/sda", exitCode: 0, durationMilliseconds: 812, output: "Operation started in background")],
                    statusBefore: "SD0 Sanitize Idle", statusAfter: "SD0 Sanitize Idle; last sanitize completed without error",
                    transitionObserved: true, polls: 4, outcome: .completed),
                attempts: [.init(method: .ataSanitizeCrypto, outcome: "completed")], directIO: true
            ),
            run: .init(startedAt: "2026-11-28T10:14:00Z", endedAt: "2026-11-28T10:15:00Z", durationMilliseconds: 60_000, bytesWritten: 0, throughputBytesPerSecond: 0),
            verification: .init(
                mode: "sample:10", expected: "not the previous content", coverageBasisPoints: 1000, bytesRead: 192_038_341_018, durationMilliseconds: 51_000,
                mismatchedSectors: 0, mismatchRanges: [], unreadableRanges: [.init(offset: 4096, length: 512)],
                sampling: .init(seed: "00000000deadbeef", blockSize: 1 << 20, blocks: 183_142), passed: true
            ),
            faults: .init(writeErrors: 1, readErrors: 2, retries: 3, skippedRanges: [.init(offset: 1 << 30, length: 65_536)], skippedBytes: 65_536, abort: nil, errorSamples: ["pread(/dev/sda): Input/output error (errno 5)"]),
            result: .init(status: .erasedWithExceptions, reasons: [Message("erasure.reason.unreadable", "512")]),
            signature: nil
        )
    }
}
