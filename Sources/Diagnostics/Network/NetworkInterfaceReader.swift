import HostSystem

/// Lists the physical network interfaces in `/sys/class/net`. Virtual ones (loopback, bridges, VPN
/// tunnels, containers' veth pairs) have no `device` link and live under /sys/devices/virtual.
public struct NetworkInterfaceReader: Sendable {
    public let root: SystemRoot

    static let directory = "sys/class/net"

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(warnings: inout WarningLog) -> [NetworkInterfaceReport] {
        var interfaces: [NetworkInterfaceReport] = []
        for name in root.entries(Self.directory) {
            let path = Self.directory + "/" + name
            guard root.exists(path + "/device") else { continue }
            if let resolved = root.resolved(path), resolved.contains("/devices/virtual/") { continue }
            var interface = NetworkInterfaceReport(name: name, kind: kind(path))
            interface.macAddress = root.text(path + "/address").flatMap(Self.normalizedMAC)
            // addr_assign_type: 0 permanent, 1 random, 2 stolen, 3 set by userspace.
            interface.permanentAddress = root.integer(path + "/addr_assign_type").map { $0 == 0 }
            interface.driver = root.linkTarget(path + "/device/driver").flatMap { $0.split(separator: "/").last.map(String.init) }
            interfaces.append(interface)
        }
        if interfaces.isEmpty { warnings.add(.network, "probe.warning.network.none") }
        return interfaces
    }

    private func kind(_ path: String) -> NetworkInterfaceKind {
        if root.exists(path + "/wireless") || root.exists(path + "/phy80211") { return .wireless }
        if case .success(let lines) = root.lines(path + "/uevent", limit: 16 << 10), lines.contains("DEVTYPE=wlan") {
            return .wireless
        }
        // ARPHRD_ETHER: an Ethernet port.
        return root.integer(path + "/type") == 1 ? .wired : .other
    }

    /// Six colon-separated hex bytes in lowercase; anything else (or all zeros) is not a usable MAC.
    static func normalizedMAC(_ value: String) -> String? {
        let parts = value.lowercased().split(separator: ":")
        guard parts.count == 6, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isHexDigit) }) else { return nil }
        guard parts.contains(where: { $0 != "00" }) else { return nil }
        return parts.joined(separator: ":")
    }
}
