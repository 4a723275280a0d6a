import RefurbCore

/// What a look at the USB buses found: label printers ready to use, Brother printers stuck in
/// Editor Lite mode, and label-maker devices with no printer interface.
public struct USBScanResult: Sendable {
    public struct Printer: Sendable {
        public var device: USBDeviceDescription
        public var choice: PrinterInterfaceChoice
        public var family: PrinterFamily
        public var model: String?
        public var deviceID: IEEE1284DeviceID?
        /// Why the device could not be opened (permissions, busy), when it could not.
        public var accessProblem: USBStatus?

        public init(device: USBDeviceDescription, choice: PrinterInterfaceChoice, family: PrinterFamily,
                    model: String?, deviceID: IEEE1284DeviceID? = nil, accessProblem: USBStatus? = nil) {
            self.device = device
            self.choice = choice
            self.family = family
            self.model = model
            self.deviceID = deviceID
            self.accessProblem = accessProblem
        }

        /// The URI that picks this very printer again, with its serial when it has one.
        public var uri: PrinterURI {
            .usb(vendorID: device.vendorID, productID: device.productID, serial: device.serialNumber)
        }
    }

    public var printers: [Printer] = []
    /// Brother label printers seen as USB disks ("P-touch Editor Lite" mode).
    public var editorLiteDevices: [USBDeviceDescription] = []
    /// Devices of a label-printer maker without a printer interface (DYMO LabelManager PnP, …).
    public var unsupportedLabelDevices: [USBDeviceDescription] = []
    /// Set when libusb could not look at the buses at all (no USB bus visible, as in a container).
    public var unavailable: USBStatus?
    /// Every device seen, for `refurb printers --descriptors`.
    public var allDevices: [USBDeviceDescription] = []

    public init() {}

    /// Sorts what libusb saw. Pure: tests run it on recorded descriptors.
    public static func classify(_ devices: [(description: USBDeviceDescription, accessProblem: USBStatus?)]) -> USBScanResult {
        var result = USBScanResult()
        result.allDevices = devices.map(\.description)
        for (device, problem) in devices {
            if let choice = PrinterInterfaceChoice.choose(for: device) {
                let family = KnownLabelPrinters.family(vendorID: device.vendorID, deviceID: nil)
                let model = KnownLabelPrinters.modelName(vendorID: device.vendorID, productID: device.productID,
                                                         deviceID: nil, productString: device.product)
                result.printers.append(Printer(device: device, choice: choice, family: family, model: model,
                                               accessProblem: problem))
            } else if device.vendorID == KnownLabelPrinters.brotherVendorID
                        && (device.isMassStorageOnly
                            || KnownLabelPrinters.brotherEditorLiteModels[device.productID] != nil) {
                result.editorLiteDevices.append(device)
            } else if KnownLabelPrinters.isKnownVendor(device.vendorID) {
                result.unsupportedLabelDevices.append(device)
            }
        }
        // Label-printer makers first: `usb://auto` takes the first one.
        result.printers.sort { lhs, rhs in
            KnownLabelPrinters.isKnownVendor(lhs.device.vendorID) && !KnownLabelPrinters.isKnownVendor(rhs.device.vendorID)
        }
        return result
    }

    /// What to tell a person about this scan: why nothing was found, and what to check.
    public var advice: [Message] {
        var messages: [Message] = []
        if let unavailable {
            messages.append(Message("printing.scan.noUSB", String(describing: unavailable)))
        }
        for device in editorLiteDevices {
            let model = KnownLabelPrinters.brotherEditorLiteModels[device.productID] ?? device.product ?? device.idText
            messages.append(Message("printing.scan.editorLite", model))
        }
        for printer in printers {
            if let problem = printer.accessProblem {
                messages.append(problem.message(device: printer.model ?? printer.device.idText))
            }
        }
        for device in unsupportedLabelDevices {
            let maker = KnownLabelPrinters.vendorNames[device.vendorID] ?? device.idText
            messages.append(Message("printing.scan.noPrinterInterface", "\(maker) \(device.product ?? device.idText)"))
        }
        if printers.isEmpty && editorLiteDevices.isEmpty {
            messages.append(Message("printing.scan.noneFound"))
        }
        return messages
    }
}
