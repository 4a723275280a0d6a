import CErasureSys
import Crypto

/// A cryptographically strong byte stream: AES-256 in counter mode over zeros, keyed from the system's
/// CSPRNG. Byte `n` of the disk is byte `n` of the keystream, so any position can be regenerated for
/// verification without replaying the stream from the start. The key and initial counter live only in
/// this value's memory: they are never written to disk, logged, or put on the certificate.
///
/// The keystream is generated in place by OpenSSL's AES (AES-NI/VAES), see CErasureSys; the tests check
/// it byte for byte against swift-crypto's independent AES-CTR.
public struct AESCounterStream: PatternSource {
    public static let algorithmName = "AES-256-CTR"

    private let keyBytes: [UInt8]
    private let initialCounter: [UInt8]

    public init() {
        var generator = SystemRandomNumberGenerator()
        self.keyBytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        self.initialCounter = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// For tests that need a reproducible stream.
    init(keyBytes: [UInt8], initialCounter: [UInt8]) {
        precondition(initialCounter.count == 16 && keyBytes.count == 32)
        self.keyBytes = keyBytes
        self.initialCounter = initialCounter
    }

    public var isConstant: Bool { false }

    public func fill(_ buffer: UnsafeMutableRawBufferPointer, deviceOffset: UInt64) {
        precondition(deviceOffset % 16 == 0, "keystream positions are 16-byte blocks")
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        let counter = Self.counterBlock(initialCounter, advancedBy: deviceOffset / 16)
        let succeeded = refurb_aes256ctr_keystream(keyBytes, counter, base.assumingMemoryBound(to: UInt8.self), buffer.count)
        precondition(succeeded == 1, "OpenSSL could not set up AES-256-CTR")
    }

    /// `counter + blocks` as a 128-bit big-endian integer, wrapping like the CTR mode itself.
    static func counterBlock(_ counter: [UInt8], advancedBy blocks: UInt64) -> [UInt8] {
        var result = counter
        var carry = blocks
        var index = 15
        while carry > 0, index >= 0 {
            let sum = UInt64(result[index]) + (carry & 0xFF)
            result[index] = UInt8(truncatingIfNeeded: sum)
            carry = (carry >> 8) + (sum >> 8)
            index -= 1
        }
        return result
    }
}
