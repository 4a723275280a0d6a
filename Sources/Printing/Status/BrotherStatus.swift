/// The 32-byte status reply of a Brother QL printer (to `ESC i S`, and the notifications it sends
/// by itself while printing). Layout from Brother's raster command reference, "Status information".
public struct BrotherStatus: Hashable, Sendable {
    public enum StatusType: UInt8, Sendable {
        case replyToRequest = 0x00
        case printingCompleted = 0x01
        case errorOccurred = 0x02
        case turnedOff = 0x04
        case notification = 0x05
        case phaseChange = 0x06
    }

    public static let length = 32
    /// Print head mark, size (32) and the fixed "B" that open every reply.
    public static let header: [UInt8] = [0x80, 0x20, 0x42]

    public let bytes: [UInt8]
    public let errors: BrotherStatusErrors
    public let media: LoadedMedia
    /// Raw media type byte (0x0A continuous, 0x0B die-cut, 0x4A/0x4B on some models, 0 none).
    public let mediaTypeCode: UInt8
    public let statusType: StatusType?
    /// Phase: 0 waiting to receive, 1 printing.
    public let phase: UInt8
    /// Byte 4: the model code (0x35 QL-700, 0x38 QL-800 …).
    public let modelCode: UInt8

    /// Parses one reply; nil if `bytes` is not a 32-byte Brother status.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count == Self.length, Array(bytes.prefix(3)) == Self.header else { return nil }
        self.bytes = bytes
        errors = BrotherStatusErrors(errorInformation1: bytes[8], errorInformation2: bytes[9])
        mediaTypeCode = bytes[11]
        let kind: MediaKind? = switch bytes[11] {
        case 0x0A, 0x4A: .continuous
        case 0x0B, 0x4B: .dieCut
        default: nil
        }
        media = LoadedMedia(kind: kind, widthMM: Int(bytes[10]), lengthMM: Int(bytes[17]))
        statusType = StatusType(rawValue: bytes[18])
        phase = bytes[19]
        modelCode = bytes[4]
    }

    /// Finds the replies in what came back from the printer (it may send several, or leftovers first).
    public static func replies(in data: [UInt8]) -> [BrotherStatus] {
        var found: [BrotherStatus] = []
        var index = 0
        while index + length <= data.count {
            if data[index] == header[0] && data[index + 1] == header[1] && data[index + 2] == header[2],
               let status = BrotherStatus(Array(data[index..<index + length])) {
                found.append(status)
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// The model the printer reports in byte 4 (Brother's model codes; lprint and brother_ql_next tables).
    public var modelName: String? {
        let series = bytes[3]
        switch (series, modelCode) {
        case (0x30, 0x4F): return "QL-500/550"
        case (0x30, 0x51): return "QL-650TD"
        case (0x30, 0x50): return "QL-1050"
        case (_, 0x31): return "QL-560"
        case (_, 0x32): return "QL-570"
        case (_, 0x33): return "QL-580N"
        case (_, 0x34): return "QL-1060N"
        case (_, 0x35): return "QL-700"
        case (_, 0x36): return "QL-710W"
        case (_, 0x37): return "QL-720NW"
        case (_, 0x38): return "QL-800"
        case (_, 0x39): return "QL-810W"
        case (_, 0x41): return "QL-820NWB"
        case (_, 0x43): return "QL-1100"
        case (_, 0x44): return "QL-1110NWB"
        case (_, 0x45): return "QL-1115NWB"
        case (_, 0x47): return "QL-600"
        default: return nil
        }
    }
}
