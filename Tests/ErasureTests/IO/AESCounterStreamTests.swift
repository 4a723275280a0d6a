@testable import Erasure
import Crypto
import _CryptoExtras
import Foundation
import Testing

@Suite struct AESCounterStreamTests {
    let key = (0..<32).map { UInt8($0) }
    let counter = [UInt8](repeating: 0xFF, count: 12) + [0xFF, 0xFF, 0xFF, 0xF0]  // wraps within the first bytes

    func generate(_ stream: AESCounterStream, offset: UInt64, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { stream.fill($0, deviceOffset: offset) }
        return bytes
    }

    /// Verification regenerates any chunk on its own; it must equal the same bytes produced in one go,
    /// including across the 128-bit counter's carry.
    @Test func anyPositionRegeneratesTheSameBytes() {
        let stream = AESCounterStream(keyBytes: key, initialCounter: counter)
        let whole = generate(stream, offset: 0, count: 64 << 10)
        for offset in [0, 16, 256, 4096, 40_000 / 16 * 16, 60 << 10] {
            let part = generate(stream, offset: UInt64(offset), count: 4096)
            #expect(Array(whole[offset ..< offset + 4096]) == part)
        }
    }

    /// OpenSSL generates the stream; swift-crypto's AES-CTR (BoringSSL, a separate implementation) must
    /// produce the same bytes, across the counter's carry into the upper bytes.
    @Test func matchesSwiftCryptoAESCTR() throws {
        let stream = AESCounterStream(keyBytes: key, initialCounter: counter)
        let ours = generate(stream, offset: 0, count: 1 << 20)
        let reference = try AES._CTR.encrypt(Data(count: 1 << 20), using: SymmetricKey(data: key), nonce: AES._CTR.Nonce(nonceBytes: counter))
        #expect(Data(ours) == reference)
        let later = generate(stream, offset: 4096 * 16, count: 4096)
        let laterReference = try AES._CTR.encrypt(Data(count: 4096), using: SymmetricKey(data: key),
                                                  nonce: AES._CTR.Nonce(nonceBytes: AESCounterStream.counterBlock(counter, advancedBy: 4096)))
        #expect(Data(later) == laterReference)
    }

    /// The keystream is encrypted from a 64 KiB block of zeros, slice by slice: lengths that end inside
    /// a slice or inside a 16-byte block, and starts after a slice boundary, must still follow the stream.
    @Test func lengthsAcrossSlicesFollowTheStream() throws {
        let stream = AESCounterStream(keyBytes: key, initialCounter: counter)
        let count = (64 << 10) * 3 + 4096 + 5
        let reference = try AES._CTR.encrypt(Data(count: count), using: SymmetricKey(data: key), nonce: AES._CTR.Nonce(nonceBytes: counter))
        #expect(Data(generate(stream, offset: 0, count: count)) == reference)
        let start = (64 << 10) + 4096
        #expect(Data(generate(stream, offset: UInt64(start), count: count - start)) == reference[start...])
    }

    @Test func matchesTheOpenSSLCommandLine() throws {
        try #require(TestEnvironment.hasOpenSSL, "openssl not installed")
        let ours = generate(AESCounterStream(keyBytes: key, initialCounter: counter), offset: 0, count: 4096)
        let directory = try TemporaryDirectory()
        _ = FileManager.default.createFile(atPath: directory.file("zeros"), contents: Data(count: 4096))
        let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
        try Shell.check(["openssl", "enc", "-aes-256-ctr", "-K", hex(key), "-iv", hex(counter), "-in", directory.file("zeros"), "-out", directory.file("stream")])
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.file("stream"))) == Data(ours))
    }

    @Test func freshStreamsDifferAndLookRandom() {
        let first = generate(AESCounterStream(), offset: 0, count: 1 << 16)
        let second = generate(AESCounterStream(), offset: 0, count: 1 << 16)
        #expect(first != second)
        let ones = first.reduce(0) { $0 + $1.nonzeroBitCount }
        #expect(abs(Double(ones) / Double(first.count * 8) - 0.5) < 0.01)
    }

    @Test func counterAdditionCarriesAcrossAllBytes() {
        #expect(AESCounterStream.counterBlock([UInt8](repeating: 0xFF, count: 16), advancedBy: 1) == [UInt8](repeating: 0, count: 16))
        let start = [UInt8](repeating: 0, count: 8) + [0, 0, 0, 0, 0, 0, 0xFF, 0xFF]
        #expect(AESCounterStream.counterBlock(start, advancedBy: 1) == [UInt8](repeating: 0, count: 8) + [0, 0, 0, 0, 0, 1, 0, 0])
    }
}
