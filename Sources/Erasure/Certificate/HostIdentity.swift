import HostSystem

/// The computer the disk came out of (NIST's "media source"), from the SMBIOS values the kernel exposes in
/// /sys/class/dmi/id. Placeholder strings that vendors leave in ("To Be Filled By O.E.M.") are dropped.
public enum HostIdentity {
    static let placeholders = ["to be filled by o.e.m.", "default string", "system product name", "system manufacturer",
                               "not specified", "none", "0123456789", "oem", "o.e.m.", "not applicable", "unknown"]

    public static func read(root: SystemRoot = .live) -> ErasureCertificate.Host {
        func field(_ name: String) -> String? {
            guard let value = root.text("sys/class/dmi/id/" + name) else { return nil }
            return placeholders.contains(value.lowercased()) ? nil : value
        }
        return ErasureCertificate.Host(
            vendor: field("sys_vendor"),
            model: field("product_name"),
            serial: field("product_serial"),
            uuid: field("product_uuid")?.lowercased()
        )
    }
}
