import Foundation

/// Parses `hdparm --dco-identify DEV` for "Real max sectors: N", the size the drive has under its
/// Device Configuration Overlay.
public enum HdparmDCOParser {
    public static func realMaxSectors(_ output: String) -> UInt64? {
        for line in output.split(separator: "\n") where line.contains("Real max sectors") {
            let value = line.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? ""
            // hdparm prints the highest LBA plus one, i.e. a sector count.
            return UInt64(value.split(separator: " ").first ?? "")
        }
        return nil
    }
}
