import RefurbCore

/// The two error bytes of a Brother QL status reply (bytes 8 and 9), as one 16-bit set:
/// error information 1 in the low byte, error information 2 in the high byte.
/// Bit meanings from Brother's QL raster command references (QL-710W/720NW p.21, QL-800 series).
public struct BrotherStatusErrors: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public init(errorInformation1: UInt8, errorInformation2: UInt8) {
        rawValue = UInt16(errorInformation1) | UInt16(errorInformation2) << 8
    }

    // Error information 1 (byte 8)
    public static let noMedia = BrotherStatusErrors(rawValue: 1 << 0)
    public static let endOfMedia = BrotherStatusErrors(rawValue: 1 << 1)
    public static let cutterJam = BrotherStatusErrors(rawValue: 1 << 2)
    public static let weakBattery = BrotherStatusErrors(rawValue: 1 << 3)
    public static let printerInUse = BrotherStatusErrors(rawValue: 1 << 4)
    public static let turnedOff = BrotherStatusErrors(rawValue: 1 << 5)
    public static let highVoltageAdapter = BrotherStatusErrors(rawValue: 1 << 6)
    public static let fanError = BrotherStatusErrors(rawValue: 1 << 7)
    // Error information 2 (byte 9)
    public static let replaceMedia = BrotherStatusErrors(rawValue: 1 << 8)
    public static let expansionBufferFull = BrotherStatusErrors(rawValue: 1 << 9)
    public static let communicationError = BrotherStatusErrors(rawValue: 1 << 10)
    public static let communicationBufferFull = BrotherStatusErrors(rawValue: 1 << 11)
    public static let coverOpen = BrotherStatusErrors(rawValue: 1 << 12)
    public static let cancelKey = BrotherStatusErrors(rawValue: 1 << 13)
    public static let feedError = BrotherStatusErrors(rawValue: 1 << 14)
    public static let systemError = BrotherStatusErrors(rawValue: 1 << 15)

    /// Every bit with its catalog key, in bit order.
    public static let described: [(flag: BrotherStatusErrors, key: String)] = [
        (.noMedia, "printing.brother.noMedia"),
        (.endOfMedia, "printing.brother.endOfMedia"),
        (.cutterJam, "printing.brother.cutterJam"),
        (.weakBattery, "printing.brother.weakBattery"),
        (.printerInUse, "printing.brother.printerInUse"),
        (.turnedOff, "printing.brother.turnedOff"),
        (.highVoltageAdapter, "printing.brother.highVoltageAdapter"),
        (.fanError, "printing.brother.fanError"),
        (.replaceMedia, "printing.brother.replaceMedia"),
        (.expansionBufferFull, "printing.brother.expansionBufferFull"),
        (.communicationError, "printing.brother.communicationError"),
        (.communicationBufferFull, "printing.brother.communicationBufferFull"),
        (.coverOpen, "printing.brother.coverOpen"),
        (.cancelKey, "printing.brother.cancelKey"),
        (.feedError, "printing.brother.feedError"),
        (.systemError, "printing.brother.systemError"),
    ]

    /// One message per bit set.
    public var messages: [Message] {
        Self.described.filter { contains($0.flag) }.map { Message($0.key) }
    }
}
