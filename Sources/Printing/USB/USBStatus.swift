import RefurbCore

/// A libusb result code, named. Kept free of the C module so that the seam and its tests do not need libusb.
public enum USBStatus: Int32, Sendable, Error, Equatable {
    case success = 0
    case io = -1
    case invalidParameter = -2
    case access = -3
    case noDevice = -4
    case notFound = -5
    case busy = -6
    case timeout = -7
    case overflow = -8
    case pipe = -9
    case interrupted = -10
    case noMemory = -11
    case notSupported = -12
    case other = -99

    public init(code: Int32) {
        self = USBStatus(rawValue: code) ?? .other
    }

    /// What a person should read for this failure while talking to `device`, and what to do about it.
    public func message(device: String) -> Message {
        switch self {
        case .access: Message("printing.usb.access", device)
        case .busy: Message("printing.usb.busy", device)
        case .noDevice: Message("printing.usb.unplugged", device)
        case .timeout: Message("printing.usb.timeout", device)
        case .pipe: Message("printing.usb.stall", device)
        default: Message("printing.usb.failed", device, String(describing: self))
        }
    }
}
