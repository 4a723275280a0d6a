import Crypto
@testable import Erasure
import Foundation
import RefurbCore

/// Signed erasure certificates as a wiping station makes them, for any drive and device.
struct CertificateFactory {
    let keys = StationKeyPair(privateKey: Curve25519.Signing.PrivateKey())

    var publicKeyPEM: String { PEM.publicKey(keys.publicKey) }

    func signed(assetTag: String, driveSerial: String?, devicePath: String = "/dev/sda", status: ErasureCertificate.Status = .erased,
                id: String = UUID().uuidString.lowercased(), reasons: [Message] = []) throws -> Data {
        let certificate = ErasureCertificate(
            schemaVersion: 1, id: id, issuedAt: "2026-11-28T10:15:00Z",
            tool: .init(name: "refurb", version: "0.1.0"),
            workshop: .init(name: "Atelier test", station: "banc-1", operator: "Camille"),
            source: .init(lot: nil, assetTag: assetTag, host: .init(vendor: "LENOVO", model: "ThinkPad", serial: nil, uuid: nil)),
            drive: .init(devicePath: devicePath, vendor: "ATA", model: "Test SSD", serial: driveSerial, firmware: "1", wwn: nil,
                         transport: .sata, mediaType: .sataSSD, logicalSectorSize: 512, physicalSectorSize: 4096,
                         visibleCapacityBytes: 1 << 30, nativeCapacityBytes: 1 << 30, hiddenAreasBefore: HiddenAreaStatus(state: .none, visibleSectors: 1 << 21, nativeSectors: 1 << 21),
                         hiddenAreasAfter: HiddenAreaStatus(state: .none, visibleSectors: 1 << 21, nativeSectors: 1 << 21), smart: nil),
            erasure: .init(method: .zero, requestedMethod: .zero, nistCategory: .clear, technique: WipeMethod.zero.technique,
                           commands: [], pattern: "zeros", passes: 1, prng: "none", firmware: nil,
                           attempts: [.init(method: .zero, outcome: "completed")], directIO: true),
            run: .init(startedAt: "2026-11-28T10:14:00Z", endedAt: "2026-11-28T10:15:00Z", durationMilliseconds: 60_000,
                       bytesWritten: 1 << 30, throughputBytesPerSecond: 1 << 24),
            verification: .init(mode: "full", expected: "zeros", coverageBasisPoints: 10_000, bytesRead: 1 << 30, durationMilliseconds: 1000,
                                mismatchedSectors: 0, mismatchRanges: [], unreadableRanges: [], sampling: nil, passed: true),
            faults: .init(writeErrors: 0, readErrors: 0, retries: 0, skippedRanges: [], skippedBytes: 0, abort: nil, errorSamples: []),
            result: .init(status: status, reasons: reasons),
            signature: nil)
        return try CertificateSigner.sign(certificate, with: keys).fileContent
    }
}
