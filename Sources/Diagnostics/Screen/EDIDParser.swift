import RefurbCore

/// Decodes the 128-byte EDID base block (VESA E-EDID 1.3/1.4): maker, product, size and the native
/// resolution from the first detailed timing descriptor.
public struct EDID: Sendable, Equatable {
    public var manufacturerID: String
    public var productCode: Int
    public var serialNumber: String?
    public var name: String?
    public var widthCentimetres: Int?
    public var heightCentimetres: Int?
    public var nativeWidth: Int?
    public var nativeHeight: Int?
    public var manufactureYear: Int?
    public var checksumValid: Bool

    static let header: [UInt8] = [0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00]

    public enum ParseError: Error, Equatable, Sendable {
        case tooShort(Int)
        case badHeader
    }

    public init(_ bytes: [UInt8]) throws(ParseError) {
        guard bytes.count >= 128 else { throw .tooShort(bytes.count) }
        guard Array(bytes[0..<8]) == Self.header else { throw .badHeader }
        checksumValid = bytes.checksumIsValid(length: 128)

        // Three 5-bit letters, big-endian, 1 = "A".
        let packed = UInt16(bytes[8]) << 8 | UInt16(bytes[9])
        let letters = [(packed >> 10) & 0x1F, (packed >> 5) & 0x1F, packed & 0x1F].map { code -> Character in
            (1...26).contains(code) ? Character(UnicodeScalar(UInt8(code) + 0x40)) : "?"
        }
        manufacturerID = String(letters)
        productCode = Int(bytes[10]) | Int(bytes[11]) << 8
        let numericSerial = UInt32(bytes[12]) | UInt32(bytes[13]) << 8 | UInt32(bytes[14]) << 16 | UInt32(bytes[15]) << 24
        // Byte 17 is the year − 1990 (or the model year when week is 0xFF).
        manufactureYear = bytes[17] == 0 ? nil : 1990 + Int(bytes[17])
        // Sizes of 0 mean a projector or an undefined size.
        widthCentimetres = bytes[21] == 0 ? nil : Int(bytes[21])
        heightCentimetres = bytes[22] == 0 ? nil : Int(bytes[22])

        var textSerial: String?
        for descriptorOffset in stride(from: 54, to: 126, by: 18) {
            let descriptor = bytes[descriptorOffset..<(descriptorOffset + 18)]
            let pixelClock = UInt16(descriptor[descriptorOffset]) | UInt16(descriptor[descriptorOffset + 1]) << 8
            if pixelClock != 0 {
                // The first detailed timing is the preferred, native mode.
                if nativeWidth == nil {
                    nativeWidth = Int(descriptor[descriptorOffset + 2]) | Int(descriptor[descriptorOffset + 4] >> 4) << 8
                    nativeHeight = Int(descriptor[descriptorOffset + 5]) | Int(descriptor[descriptorOffset + 7] >> 4) << 8
                }
                continue
            }
            let text = Self.descriptorText(descriptor.dropFirst(5))
            switch descriptor[descriptorOffset + 3] {
            case 0xFC: name = text
            case 0xFF: textSerial = text
            default: break
            }
        }
        serialNumber = textSerial ?? (numericSerial == 0 ? nil : String(numericSerial))
    }

    /// Descriptor strings are up to 13 bytes, ended by a line feed and padded with spaces.
    private static func descriptorText(_ bytes: ArraySlice<UInt8>) -> String? {
        PrintableText.trimmed(bytes.prefix(while: { $0 != 0x0A }))
    }
}
