import RefurbCore

/// Looks at the USB buses for label printers, on a dedicated thread. Each printer-class interface
/// found is briefly claimed to read its IEEE 1284 device ID (the model as the printer names itself),
/// then handed back to the kernel driver.
public enum USBPrinterDiscovery {
    public static func scan(readDeviceIDs: Bool = true) async -> USBScanResult {
        let thread = BlockingIOThread(name: "refurb.printing.usb-scan")
        defer { thread.stop() }
        let result = try? await thread.run { () -> USBScanResult in
            let context: LibUSBContext
            do throws(USBStatus) {
                context = try LibUSBContext()
            } catch {
                var result = USBScanResult()
                result.unavailable = error
                return result
            }
            var result = USBScanResult.classify(context.devices())
            guard readDeviceIDs else { return result }
            for index in result.printers.indices where result.printers[index].accessProblem == nil {
                let printer = result.printers[index]
                guard let bus = printer.device.busNumber, let address = printer.device.deviceAddress else { continue }
                do {
                    let io = try context.open(bus: bus, address: address)
                    let session = USBPrinterSession(io: io, choice: printer.choice, deviceName: printer.device.idText)
                    defer { session.close() }
                    try session.open()
                    if let deviceID = session.deviceID() {
                        result.printers[index].deviceID = deviceID
                        result.printers[index].family = KnownLabelPrinters.family(vendorID: printer.device.vendorID,
                                                                                  deviceID: deviceID)
                        result.printers[index].model = KnownLabelPrinters.modelName(
                            vendorID: printer.device.vendorID, productID: printer.device.productID,
                            deviceID: deviceID, productString: printer.device.product)
                    }
                } catch let status as USBStatus {
                    result.printers[index].accessProblem = status
                } catch {
                    result.printers[index].accessProblem = .busy
                }
            }
            return result
        }
        return result ?? USBScanResult()
    }
}
