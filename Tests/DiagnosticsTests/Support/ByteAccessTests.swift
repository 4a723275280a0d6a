import Testing
@testable import Diagnostics

@Suite("Bounded byte access")
struct ByteAccessTests {
    @Test("bounded little-endian reads never trap")
    func byteAccess() {
        let bytes: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05]
        #expect(bytes.littleEndianUInt16(at: 0) == 0x0201)
        #expect(bytes.littleEndianUInt32(at: 1) == 0x0504_0302)
        #expect(bytes.littleEndianUInt32(at: 2) == nil)
        #expect(bytes.littleEndianUInt64(at: 0) == nil)
        #expect(bytes.byte(at: -1) == nil)
        #expect(bytes.byte(at: 5) == nil)
        #expect(bytes[2...].byte(at: 0) == 0x03)
        #expect(bytes.littleEndianUInt16(at: Int.max) == nil)
    }
}
