/// The part of the machine a warning is about, so that a report can be filtered and summarised by part.
public enum ProbeArea: String, Codable, CaseIterable, Sendable {
    case system
    case smbios
    case cpu
    case memory
    case storage
    case smart
    case battery
    case graphics
    case display
    case network
}
