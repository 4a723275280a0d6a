import RefurbCore

/// One claimed printer interface: the libusb sequence PAPPL and brother_ql follow, over the
/// `USBDeviceIO` seam. Synchronous: run it on a `BlockingIOThread`.
///
/// open: SET_CONFIGURATION only if different → detach usblp if bound (remembered) → claim →
/// SET_INTERFACE when the interface has alternate settings.
/// close: release → reattach usblp if it was detached → close the handle.
public final class USBPrinterSession {
    public struct Timeouts: Sendable {
        /// How long one bulk OUT chunk may make no progress before the job is abandoned.
        public var writeStall: Duration
        /// Time allowed for GET_DEVICE_ID and other control requests.
        public var control: Duration

        public init(writeStall: Duration = .seconds(15), control: Duration = .seconds(5)) {
            self.writeStall = writeStall
            self.control = control
        }
    }

    /// Bytes per bulk OUT transfer: a multiple of every max packet size (64 on full-speed printers,
    /// 512 on high-speed), small enough that a timeout is noticed soon, big enough to keep the bus busy.
    public static let defaultChunkSize = 16 * 1024

    public let choice: PrinterInterfaceChoice
    public let deviceName: String
    private let io: USBDeviceIO
    private let chunkSize: Int
    private let timeouts: Timeouts
    private var detachedKernelDriver = false
    private var claimed = false
    private var closed = false

    public init(io: USBDeviceIO, choice: PrinterInterfaceChoice, deviceName: String,
                chunkSize: Int = USBPrinterSession.defaultChunkSize, timeouts: Timeouts = Timeouts()) {
        self.io = io
        self.choice = choice
        self.deviceName = deviceName
        self.chunkSize = Swift.max(1, chunkSize)
        self.timeouts = timeouts
    }

    /// Takes the interface from the kernel's usblp driver and claims it. On failure everything already
    /// done is undone, so the printer is left as it was found.
    public func open() throws(PrintingError) {
        do throws(USBStatus) {
            if let current = try? io.activeConfiguration(), current != choice.configurationValue {
                try io.setConfiguration(choice.configurationValue)
            }
            if try io.isKernelDriverActive(interface: choice.interfaceNumber) {
                do throws(USBStatus) {
                    try io.detachKernelDriver(interface: choice.interfaceNumber)
                    detachedKernelDriver = true
                } catch {
                    // The driver may have gone away between the two calls: nothing to detach then.
                    guard error == .notFound else { throw error }
                }
            }
            try io.claimInterface(choice.interfaceNumber)
            claimed = true
            if choice.needsAlternateSetting {
                try io.setAlternateSetting(interface: choice.interfaceNumber, setting: choice.alternateSetting)
            }
        } catch {
            close()
            throw PrintingError(error.message(device: deviceName), kind: .communication)
        }
    }

    /// GET_DEVICE_ID (USB printer class request 0): the IEEE 1284 identity, or nil if the printer gives none.
    public func deviceID() -> IEEE1284DeviceID? {
        // bmRequestType 0xA1 = device-to-host | class | interface. wValue = configuration index,
        // wIndex = interface number in the high byte and alternate setting in the low byte.
        let index = UInt16(choice.interfaceNumber) << 8 | UInt16(choice.alternateSetting)
        guard let reply = try? io.controlIn(requestType: 0xA1, request: 0, value: 0, index: index,
                                            length: 1024, timeout: timeouts.control)
        else { return nil }
        return IEEE1284DeviceID(reply: reply)
    }

    /// Sends `bytes` in chunks on the bulk OUT endpoint. A chunk that times out after moving some bytes
    /// continues from where it stopped; one that moves nothing for the stall timeout ends the job.
    /// A stalled endpoint is cleared once and retried.
    public func write(_ bytes: [UInt8]) throws(PrintingError) {
        var offset = 0
        var clearedHalt = false
        while offset < bytes.count {
            let end = Swift.min(bytes.count, offset + chunkSize)
            let (transferred, status) = io.bulkOut(endpoint: choice.outEndpoint, bytes: bytes[offset..<end],
                                                   timeout: timeouts.writeStall)
            offset += transferred
            switch status {
            case .success:
                continue
            case .timeout where transferred > 0:
                continue
            case .timeout:
                throw PrintingError(Message("printing.io.writeTimeout", deviceName, String(offset), String(bytes.count)),
                                    kind: .communication)
            case .pipe where !clearedHalt:
                clearedHalt = true
                try? io.clearHalt(endpoint: choice.outEndpoint)
            default:
                throw PrintingError(status.message(device: deviceName), kind: .communication)
            }
        }
    }

    /// Reads a status reply on the bulk IN endpoint: what came within `timeout`, or nothing.
    public func read(upTo maxCount: Int, timeout: Duration) throws(PrintingError) -> [UInt8] {
        guard let endpoint = choice.inEndpoint else { return [] }
        // Ask for at least one max packet: a shorter buffer risks LIBUSB_ERROR_OVERFLOW.
        let length = Swift.max(maxCount, Int(choice.inMaxPacketSize), 64)
        let (bytes, status) = io.bulkIn(endpoint: endpoint, maxLength: length, timeout: timeout)
        switch status {
        case .success, .timeout:
            return Array(bytes.prefix(maxCount))
        case .pipe:
            try? io.clearHalt(endpoint: endpoint)
            return []
        default:
            throw PrintingError(status.message(device: deviceName), kind: .communication)
        }
    }

    /// Gives the interface back: release, reattach usblp if we took it, close. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        if claimed {
            try? io.releaseInterface(choice.interfaceNumber)
            claimed = false
        }
        if detachedKernelDriver {
            try? io.attachKernelDriver(interface: choice.interfaceNumber)
            detachedKernelDriver = false
        }
        io.close()
    }
}
