/// Which interface of a USB device carries the print channel, and its endpoints, chosen the way
/// CUPS/PAPPL do: printer class 7, subclass 1, protocol 2 (bidirectional) preferred over 1
/// (unidirectional); 1284.4 (3) and IPP-over-USB (4) alternate settings are left to other software.
public struct PrinterInterfaceChoice: Hashable, Sendable {
    public var configurationValue: UInt8
    public var interfaceNumber: UInt8
    public var alternateSetting: UInt8
    public var interfaceProtocol: UInt8
    /// bEndpointAddress of the bulk OUT endpoint (job data).
    public var outEndpoint: UInt8
    /// bEndpointAddress of the bulk IN endpoint (status), when the interface is bidirectional.
    public var inEndpoint: UInt8?
    public var outMaxPacketSize: UInt16
    public var inMaxPacketSize: UInt16
    /// Whether the interface has more than one alternate setting, so SET_INTERFACE must be sent.
    public var needsAlternateSetting: Bool

    public init(configurationValue: UInt8, interfaceNumber: UInt8, alternateSetting: UInt8, interfaceProtocol: UInt8,
                outEndpoint: UInt8, inEndpoint: UInt8?, outMaxPacketSize: UInt16, inMaxPacketSize: UInt16,
                needsAlternateSetting: Bool) {
        self.configurationValue = configurationValue
        self.interfaceNumber = interfaceNumber
        self.alternateSetting = alternateSetting
        self.interfaceProtocol = interfaceProtocol
        self.outEndpoint = outEndpoint
        self.inEndpoint = inEndpoint
        self.outMaxPacketSize = outMaxPacketSize
        self.inMaxPacketSize = inMaxPacketSize
        self.needsAlternateSetting = needsAlternateSetting
    }

    public static let printerClass: UInt8 = 7
    public static let printerSubclass: UInt8 = 1
    public static let massStorageClass: UInt8 = 8

    /// The print interface of `device`, or nil when it has none.
    public static func choose(for device: USBDeviceDescription) -> PrinterInterfaceChoice? {
        var best: (rank: Int, choice: PrinterInterfaceChoice)?
        for configuration in device.configurations {
            for interface in configuration.interfaces {
                for alternate in interface.alternateSettings {
                    guard alternate.interfaceClass == printerClass,
                          alternate.interfaceSubclass == printerSubclass,
                          let rank = rank(ofProtocol: alternate.interfaceProtocol),
                          let out = alternate.endpoints.first(where: { $0.isBulk && !$0.isIn })
                    else { continue }
                    let input = alternate.interfaceProtocol == 2
                        ? alternate.endpoints.first(where: { $0.isBulk && $0.isIn })
                        : nil
                    // A "bidirectional" interface without a bulk IN endpoint is treated as unidirectional.
                    let effectiveRank = input == nil ? Swift.min(rank, 1) : rank
                    let choice = PrinterInterfaceChoice(
                        configurationValue: configuration.value,
                        interfaceNumber: interface.number,
                        alternateSetting: alternate.setting,
                        interfaceProtocol: alternate.interfaceProtocol,
                        outEndpoint: out.address,
                        inEndpoint: input?.address,
                        outMaxPacketSize: out.maxPacketSize,
                        inMaxPacketSize: input?.maxPacketSize ?? 0,
                        needsAlternateSetting: interface.alternateSettings.count > 1)
                    if best == nil || effectiveRank > best!.rank {
                        best = (effectiveRank, choice)
                    }
                }
            }
        }
        return best?.choice
    }

    /// Higher is better; nil for protocols we do not speak.
    private static func rank(ofProtocol value: UInt8) -> Int? {
        switch value {
        case 2: 2
        case 1: 1
        default: nil
        }
    }

    public var isBidirectional: Bool { inEndpoint != nil }
}

extension USBDeviceDescription {
    /// A mass-storage interface and no printer interface: how a Brother QL in Editor Lite mode shows up.
    public var isMassStorageOnly: Bool {
        let classes = configurations.flatMap(\.interfaces).flatMap(\.alternateSettings).map(\.interfaceClass)
        return classes.contains(PrinterInterfaceChoice.massStorageClass)
            && !classes.contains(PrinterInterfaceChoice.printerClass)
    }
}
