/// Some firmware (HP's among them) writes the DIMM maker as its raw JEDEC JEP106 code ("80CE…",
/// "CE00000000000000") instead of a name. This decodes the makers that dominate donated machines;
/// other codes are kept as written.
enum JEDECManufacturer {
    /// Keyed by (number of continuation codes, code without parity bit).
    private static let names: [Int: [UInt8: String]] = [
        0: [0x2C: "Micron", 0xCE: "Samsung", 0xAD: "SK Hynix", 0xC1: "Infineon", 0x89: "Intel", 0x98: "Toshiba", 0x04: "Fujitsu"],
        1: [0x98: "Kingston"],
        2: [0xFE: "Elpida"],
        3: [0x0B: "Nanya"],
        5: [0x9B: "Crucial"],
    ]

    static func name(for value: String) -> String? {
        let hex = value.uppercased()
        guard hex.count >= 4, hex.count % 2 == 0, hex.allSatisfy(\.isHexDigit) else { return nil }
        let bytes = stride(from: 0, to: hex.count, by: 2).compactMap { offset -> UInt8? in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)
        }
        // SPD DDR3+ form, two bytes: bank (continuation count with an odd-parity bit 7), then the code.
        // JEP106 has fewer than 16 banks, which tells this form from the older one ("CE00…").
        if bytes[0] != 0x7F, bytes[0] & 0x7F < 16, bytes[1] != 0 {
            return lookup(bank: Int(bytes[0] & 0x7F), code: bytes[1])
        }
        // Older form: 0x7F continuation bytes, then the code, then padding.
        let continuations = bytes.prefix(while: { $0 == 0x7F }).count
        guard continuations < bytes.count else { return nil }
        return lookup(bank: continuations, code: bytes[continuations])
    }

    private static func lookup(bank: Int, code: UInt8) -> String? {
        names[bank]?[code]
    }
}
