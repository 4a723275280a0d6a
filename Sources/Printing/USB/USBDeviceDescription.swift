/// The descriptors of one USB device, copied out of libusb into plain values.
/// This is the seam between libusb and the decisions taken about a device (is it a printer, which
/// interface and endpoints, is it a Brother in Editor Lite mode): tests feed recorded real descriptors
/// here, and `refurb printers --descriptors` prints it so a new printer can be recorded as a fixture.
/// IDs and endpoint addresses are written in hex in JSON ("04f9", "0x81"), as lsusb shows them.
public struct USBDeviceDescription: Codable, Hashable, Sendable {
    public var vendorID: UInt16
    public var productID: UInt16
    public var deviceClass: UInt8
    public var manufacturer: String?
    public var product: String?
    public var serialNumber: String?
    public var busNumber: UInt8?
    public var deviceAddress: UInt8?
    public var configurations: [Configuration]

    public init(vendorID: UInt16, productID: UInt16, deviceClass: UInt8 = 0, manufacturer: String? = nil,
                product: String? = nil, serialNumber: String? = nil, busNumber: UInt8? = nil,
                deviceAddress: UInt8? = nil, configurations: [Configuration]) {
        self.vendorID = vendorID
        self.productID = productID
        self.deviceClass = deviceClass
        self.manufacturer = manufacturer
        self.product = product
        self.serialNumber = serialNumber
        self.busNumber = busNumber
        self.deviceAddress = deviceAddress
        self.configurations = configurations
    }

    public struct Configuration: Codable, Hashable, Sendable {
        /// bConfigurationValue, what SET_CONFIGURATION takes.
        public var value: UInt8
        public var interfaces: [Interface]

        public init(value: UInt8, interfaces: [Interface]) {
            self.value = value
            self.interfaces = interfaces
        }
    }

    public struct Interface: Codable, Hashable, Sendable {
        public var number: UInt8
        public var alternateSettings: [AlternateSetting]

        public init(number: UInt8, alternateSettings: [AlternateSetting]) {
            self.number = number
            self.alternateSettings = alternateSettings
        }
    }

    public struct AlternateSetting: Codable, Hashable, Sendable {
        public var setting: UInt8
        public var interfaceClass: UInt8
        public var interfaceSubclass: UInt8
        public var interfaceProtocol: UInt8
        public var endpoints: [Endpoint]

        public init(setting: UInt8, interfaceClass: UInt8, interfaceSubclass: UInt8, interfaceProtocol: UInt8,
                    endpoints: [Endpoint]) {
            self.setting = setting
            self.interfaceClass = interfaceClass
            self.interfaceSubclass = interfaceSubclass
            self.interfaceProtocol = interfaceProtocol
            self.endpoints = endpoints
        }
    }

    public struct Endpoint: Codable, Hashable, Sendable {
        /// bEndpointAddress: bit 7 set for IN (device to host). Kept whole, as libusb wants it.
        public var address: UInt8
        /// bmAttributes: the low two bits are the transfer type (2 = bulk).
        public var attributes: UInt8
        public var maxPacketSize: UInt16

        public init(address: UInt8, attributes: UInt8, maxPacketSize: UInt16) {
            self.address = address
            self.attributes = attributes
            self.maxPacketSize = maxPacketSize
        }

        public var isIn: Bool { address & 0x80 != 0 }
        public var isBulk: Bool { attributes & 0x03 == 0x02 }

        enum CodingKeys: String, CodingKey { case address, attributes, maxPacketSize }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            address = try container.decodeHex(UInt8.self, forKey: .address)
            attributes = try container.decode(UInt8.self, forKey: .attributes)
            maxPacketSize = try container.decode(UInt16.self, forKey: .maxPacketSize)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("0x" + String(address, radix: 16, uppercase: false).leftPadded(to: 2), forKey: .address)
            try container.encode(attributes, forKey: .attributes)
            try container.encode(maxPacketSize, forKey: .maxPacketSize)
        }
    }

    /// "04f9:2042", as lsusb prints it and as `usb://` URIs take it.
    public var idText: String { "\(vendorID.hex4):\(productID.hex4)" }

    enum CodingKeys: String, CodingKey {
        case vendorID, productID, deviceClass, manufacturer, product, serialNumber, busNumber, deviceAddress,
             configurations
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vendorID = try container.decodeHex(UInt16.self, forKey: .vendorID)
        productID = try container.decodeHex(UInt16.self, forKey: .productID)
        deviceClass = try container.decodeIfPresent(UInt8.self, forKey: .deviceClass) ?? 0
        manufacturer = try container.decodeIfPresent(String.self, forKey: .manufacturer)
        product = try container.decodeIfPresent(String.self, forKey: .product)
        serialNumber = try container.decodeIfPresent(String.self, forKey: .serialNumber)
        busNumber = try container.decodeIfPresent(UInt8.self, forKey: .busNumber)
        deviceAddress = try container.decodeIfPresent(UInt8.self, forKey: .deviceAddress)
        configurations = try container.decode([Configuration].self, forKey: .configurations)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(vendorID.hex4, forKey: .vendorID)
        try container.encode(productID.hex4, forKey: .productID)
        try container.encode(deviceClass, forKey: .deviceClass)
        try container.encodeIfPresent(manufacturer, forKey: .manufacturer)
        try container.encodeIfPresent(product, forKey: .product)
        try container.encodeIfPresent(serialNumber, forKey: .serialNumber)
        try container.encodeIfPresent(busNumber, forKey: .busNumber)
        try container.encodeIfPresent(deviceAddress, forKey: .deviceAddress)
        try container.encode(configurations, forKey: .configurations)
    }
}

private extension KeyedDecodingContainer {
    func decodeHex<Value: FixedWidthInteger>(_ type: Value.Type, forKey key: Key) throws -> Value {
        let text = try decode(String.self, forKey: key)
        let digits = text.lowercased().hasPrefix("0x") ? String(text.dropFirst(2)) : text
        guard let value = Value(digits, radix: 16) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                                                   debugDescription: "expected a hexadecimal number, found \"\(text)\"")
        }
        return value
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
