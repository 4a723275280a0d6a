/// The system UUID of type 1. Its byte order is the one field where the version matters: from SMBIOS
/// 2.6 the first three fields are little-endian (dmidecode's `dmi_system_uuid`, the kernel's `%pUl`).
public struct SMBIOSUUID: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case uuid(String)
        /// All 0xFF: the firmware says there is none.
        case notPresent
        /// All 0x00: the field exists but was never set.
        case notSettable
    }

    public let value: Value

    init?(bytes: [UInt8], version: SMBIOSVersion) {
        guard bytes.count == 16 else { return nil }
        if bytes.allSatisfy({ $0 == 0xFF }) {
            value = .notPresent
            return
        }
        if bytes.allSatisfy({ $0 == 0x00 }) {
            value = .notSettable
            return
        }
        let ordered: [UInt8]
        if version >= SMBIOSVersion(major: 2, minor: 6) {
            ordered = [bytes[3], bytes[2], bytes[1], bytes[0], bytes[5], bytes[4], bytes[7], bytes[6]] + bytes[8...]
        } else {
            ordered = bytes
        }
        let hex = ordered.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        value = .uuid([hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-"))
    }
}
