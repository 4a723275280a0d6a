import HostSystem

extension DiskTransport {
    /// The transport in the hardware report's words (Schemas/hardware-report.schema.json): a SAS disk is reported
    /// as SCSI, as the probe always has, and a loop device (never reported: it is not hardware) as unknown.
    var inHardwareReport: DiskTransport {
        switch self {
        case .sas: .scsi
        case .loop: .unknown
        default: self
        }
    }
}
