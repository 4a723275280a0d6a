import RefurbCore

/// A claimed USB printer interface as a `PrinterConnection`. libusb context, device handle and
/// session all live on one dedicated thread for the connection's whole life.
public final class USBPrinterConnection: PrinterConnection {
    public let summary: String
    public let canRead: Bool
    public let printer: USBScanResult.Printer

    private let thread: BlockingIOThread
    private let state: SessionBox

    /// Finds the printer `uri` names (`usb://auto` or `usb://vvvv:pppp[?serial=…]`), takes it from usblp and claims it.
    public static func connect(_ uri: PrinterURI, timeouts: USBPrinterSession.Timeouts = .init()) async throws -> USBPrinterConnection {
        let thread = BlockingIOThread(name: "refurb.printing.usb")
        do {
            let (printer, box) = try await thread.run { () throws -> (USBScanResult.Printer, SessionBox) in
                let context: LibUSBContext
                do throws(USBStatus) {
                    context = try LibUSBContext()
                } catch {
                    throw PrintingError(Message("printing.scan.noUSB", String(describing: error)), kind: .communication)
                }
                let scan = USBScanResult.classify(context.devices())
                var printer = try choosePrinter(uri, from: scan)
                guard let bus = printer.device.busNumber, let address = printer.device.deviceAddress else {
                    throw PrintingError(Message("printing.usb.notFound", uri.description), kind: .communication)
                }
                let name = printer.model ?? printer.device.idText
                let io: LibUSBDeviceIO
                do throws(USBStatus) {
                    io = try context.open(bus: bus, address: address)
                } catch {
                    throw PrintingError(error.message(device: name), kind: .communication)
                }
                let session = USBPrinterSession(io: io, choice: printer.choice, deviceName: name, timeouts: timeouts)
                try session.open()
                if let deviceID = session.deviceID() {
                    printer.deviceID = deviceID
                    printer.family = KnownLabelPrinters.family(vendorID: printer.device.vendorID, deviceID: deviceID)
                    printer.model = KnownLabelPrinters.modelName(vendorID: printer.device.vendorID,
                                                                 productID: printer.device.productID,
                                                                 deviceID: deviceID, productString: printer.device.product)
                }
                return (printer, SessionBox(context: context, session: session))
            }
            return USBPrinterConnection(printer: printer, thread: thread, state: box)
        } catch {
            thread.stop()
            throw error
        }
    }

    private init(printer: USBScanResult.Printer, thread: BlockingIOThread, state: SessionBox) {
        self.printer = printer
        self.thread = thread
        self.state = state
        self.canRead = printer.choice.isBidirectional
        self.summary = "usb \(printer.device.idText) \(printer.model ?? "")".trimmingTrailingSpace()
    }

    public func write(_ bytes: [UInt8]) async throws {
        let state = self.state
        try await thread.run { try state.session.write(bytes) }
    }

    public func read(upTo maxCount: Int, timeout: Duration) async throws -> [UInt8] {
        let state = self.state
        return try await thread.run { try state.session.read(upTo: maxCount, timeout: timeout) }
    }

    public func close() async {
        let state = self.state
        _ = try? await thread.run { state.close() }
        thread.stop()
    }

    /// The printer a URI designates among those found, or an error that says why there is none
    /// (not found, cannot be opened, in Editor Lite mode).
    public static func choosePrinter(_ uri: PrinterURI, from scan: USBScanResult) throws(PrintingError) -> USBScanResult.Printer {
        let candidates: [USBScanResult.Printer]
        switch uri {
        case .usbAuto:
            candidates = scan.printers
        case let .usb(vendor, product, serial):
            candidates = scan.printers.filter {
                $0.device.vendorID == vendor && $0.device.productID == product
                    && (serial == nil || $0.device.serialNumber == serial)
            }
        default:
            throw PrintingError(Message("printing.uri.notUSB", uri.description))
        }
        if let usable = candidates.first(where: { $0.accessProblem == nil }) {
            return usable
        }
        if let blocked = candidates.first, let problem = blocked.accessProblem {
            throw PrintingError(problem.message(device: blocked.model ?? blocked.device.idText), kind: .communication)
        }
        if let editorLite = scan.editorLiteDevices.first {
            let model = KnownLabelPrinters.brotherEditorLiteModels[editorLite.productID] ?? editorLite.idText
            throw PrintingError(Message("printing.scan.editorLite", model), kind: .refusal)
        }
        throw PrintingError(Message("printing.usb.notFound", uri.description), kind: .communication)
    }
}

/// The libusb objects of one connection, touched only on its thread.
private final class SessionBox: @unchecked Sendable {
    // @unchecked: used exclusively from the connection's BlockingIOThread.
    let context: LibUSBContext
    let session: USBPrinterSession

    init(context: LibUSBContext, session: USBPrinterSession) {
        self.context = context
        self.session = session
    }

    func close() {
        session.close()
    }
}

private extension String {
    func trimmingTrailingSpace() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
