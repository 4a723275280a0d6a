/// A physical network interface: its MAC address and whether it is wired or wireless.
public struct NetworkInterfaceReport: Codable, Equatable, Sendable {
    public var name: String
    public var kind: NetworkInterfaceKind
    public var macAddress: String?
    /// False when the address was randomised or set by software (a live system's Wi-Fi often is),
    /// in which case it does not identify the hardware.
    public var permanentAddress: Bool?
    public var driver: String?

    public init(name: String, kind: NetworkInterfaceKind) {
        self.name = name
        self.kind = kind
    }
}

public enum NetworkInterfaceKind: String, Codable, Sendable {
    case wired
    case wireless
    case other
}
