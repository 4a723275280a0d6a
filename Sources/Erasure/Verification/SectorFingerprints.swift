import Crypto

/// Fingerprints of what sampled parts of the disk held before a firmware erase, one per 4 KiB unit.
/// After the erase, a unit whose fingerprint is unchanged still holds its old data — unless it was blank
/// before, in which case nothing can be told from it. Firmware erasures don't leave a pattern we could
/// predict (crypto erase leaves noise, block erase zeros or vendor patterns), so "the old data is gone"
/// is what their verification checks.
public struct SectorFingerprints: Sendable {
    public static let unitSize = 4096

    /// Unit offset → (fingerprint, whether the unit was all zeros).
    private(set) var units: [UInt64: (digest: UInt64, blank: Bool)] = [:]

    public init() {}

    public var count: Int { units.count }

    public mutating func record(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) {
        forEachUnit(bytes, at: offset) { unitOffset, digest, blank in
            units[unitOffset] = (digest, blank)
        }
    }

    /// Ranges (unit-sized) that still hold exactly what they held before, and were not blank then.
    public func unchangedRanges(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) -> [ByteRange] {
        var unchanged: [ByteRange] = []
        forEachUnit(bytes, at: offset) { unitOffset, digest, _ in
            if let before = units[unitOffset], !before.blank, before.digest == digest {
                unchanged.append(ByteRange(offset: unitOffset, length: UInt64(Self.unitSize)))
            }
        }
        return unchanged
    }

    private func forEachUnit(_ bytes: UnsafeRawBufferPointer, at offset: UInt64, _ body: (UInt64, UInt64, Bool) -> Void) {
        var start = 0
        while start < bytes.count {
            let unit = UnsafeRawBufferPointer(rebasing: bytes[start ..< min(bytes.count, start + Self.unitSize)])
            let digest = SHA256.hash(data: unit).withUnsafeBytes { $0.load(as: UInt64.self) }
            let blank = unit.allSatisfy { $0 == 0 }
            body(offset + UInt64(start), digest, blank)
            start += Self.unitSize
        }
    }
}
