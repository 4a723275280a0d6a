import CLibUSB

/// One libusb session. Not thread-safe: created, used and dropped on a single `BlockingIOThread`.
final class LibUSBContext {
    private let context: OpaquePointer

    /// Starts libusb. Fails on a machine with no USB bus visible (a container without /dev/bus/usb).
    init() throws(USBStatus) {
        var context: OpaquePointer?
        let result = libusb_init(&context)
        guard result == 0, let context else { throw USBStatus(code: result) }
        self.context = context
    }

    deinit {
        libusb_exit(context)
    }

    /// Every device on every bus, as plain descriptions. Strings (maker, product, serial) are read only
    /// for label-printer makers and printer-class devices, since that needs opening the device.
    func devices() -> [(description: USBDeviceDescription, accessProblem: USBStatus?)] {
        withDeviceList { list in
            list.compactMap { device -> (USBDeviceDescription, USBStatus?)? in
                guard var description = Self.describe(device) else { return nil }
                var problem: USBStatus?
                if Self.isWorthOpening(description) {
                    problem = Self.readStrings(of: device, into: &description)
                }
                return (description, problem)
            }
        }
    }

    /// Opens the device at `bus`/`address` (as returned by `devices()`).
    func open(bus: UInt8, address: UInt8) throws(USBStatus) -> LibUSBDeviceIO {
        let result: Result<OpaquePointer, USBStatus> = withDeviceList { list in
            guard let device = list.first(where: {
                libusb_get_bus_number($0) == bus && libusb_get_device_address($0) == address
            }) else { return .failure(.noDevice) }
            var handle: OpaquePointer?
            let status = libusb_open(device, &handle)
            guard status == 0, let handle else { return .failure(USBStatus(code: status)) }
            return .success(handle)
        }
        return LibUSBDeviceIO(handle: try result.get())
    }

    private func withDeviceList<T>(_ body: ([OpaquePointer]) -> T) -> T {
        var listPointer: UnsafeMutablePointer<OpaquePointer?>?
        let count = libusb_get_device_list(context, &listPointer)
        guard count >= 0, let listPointer else { return body([]) }
        defer { libusb_free_device_list(listPointer, 1) }
        let devices = (0..<Int(count)).compactMap { listPointer[$0] }
        return body(devices)
    }

    private static func isWorthOpening(_ description: USBDeviceDescription) -> Bool {
        KnownLabelPrinters.isKnownVendor(description.vendorID) || PrinterInterfaceChoice.choose(for: description) != nil
    }

    private static func describe(_ device: OpaquePointer) -> USBDeviceDescription? {
        var descriptor = libusb_device_descriptor()
        guard libusb_get_device_descriptor(device, &descriptor) == 0 else { return nil }
        var configurations: [USBDeviceDescription.Configuration] = []
        for index in 0..<descriptor.bNumConfigurations {
            var config: UnsafeMutablePointer<libusb_config_descriptor>?
            guard libusb_get_config_descriptor(device, index, &config) == 0, let config else { continue }
            defer { libusb_free_config_descriptor(config) }
            configurations.append(describe(config.pointee))
        }
        return USBDeviceDescription(
            vendorID: descriptor.idVendor, productID: descriptor.idProduct, deviceClass: descriptor.bDeviceClass,
            busNumber: libusb_get_bus_number(device), deviceAddress: libusb_get_device_address(device),
            configurations: configurations)
    }

    private static func describe(_ config: libusb_config_descriptor) -> USBDeviceDescription.Configuration {
        var interfaces: [USBDeviceDescription.Interface] = []
        for interfaceIndex in 0..<Int(config.bNumInterfaces) {
            let interface = config.interface[interfaceIndex]
            var settings: [USBDeviceDescription.AlternateSetting] = []
            for settingIndex in 0..<Int(interface.num_altsetting) {
                let setting = interface.altsetting[settingIndex]
                let endpoints = (0..<Int(setting.bNumEndpoints)).map { endpointIndex in
                    let endpoint = setting.endpoint[endpointIndex]
                    return USBDeviceDescription.Endpoint(address: endpoint.bEndpointAddress,
                                                         attributes: endpoint.bmAttributes,
                                                         maxPacketSize: endpoint.wMaxPacketSize)
                }
                settings.append(USBDeviceDescription.AlternateSetting(
                    setting: setting.bAlternateSetting, interfaceClass: setting.bInterfaceClass,
                    interfaceSubclass: setting.bInterfaceSubClass, interfaceProtocol: setting.bInterfaceProtocol,
                    endpoints: endpoints))
            }
            let number = settings.isEmpty ? UInt8(interfaceIndex) : interface.altsetting[0].bInterfaceNumber
            interfaces.append(USBDeviceDescription.Interface(number: number, alternateSettings: settings))
        }
        return USBDeviceDescription.Configuration(value: config.bConfigurationValue, interfaces: interfaces)
    }

    /// Fills in the string descriptors; returns the failure when the device cannot be opened (permissions).
    private static func readStrings(of device: OpaquePointer, into description: inout USBDeviceDescription) -> USBStatus? {
        var descriptor = libusb_device_descriptor()
        guard libusb_get_device_descriptor(device, &descriptor) == 0 else { return .io }
        var handle: OpaquePointer?
        let status = libusb_open(device, &handle)
        guard status == 0, let handle else { return USBStatus(code: status) }
        defer { libusb_close(handle) }
        description.manufacturer = string(handle, descriptor.iManufacturer)
        description.product = string(handle, descriptor.iProduct)
        description.serialNumber = string(handle, descriptor.iSerialNumber)
        return nil
    }

    private static func string(_ handle: OpaquePointer, _ index: UInt8) -> String? {
        guard index != 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer {
            libusb_get_string_descriptor_ascii(handle, index, $0.baseAddress, Int32($0.count))
        }
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
    }
}
