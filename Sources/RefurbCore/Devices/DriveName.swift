/// How a drive is named wherever reports, certificates and wipe progress meet: its serial, else its
/// WWN, else where it sat in the machine. The probe and the wiping station see the same drive the same way.
public enum DriveName {
    public static func of(serial: String?, wwn: String?, devicePath: String) -> String {
        if let serial, !serial.isEmpty { return serial }
        if let wwn, !wwn.isEmpty { return wwn }
        return "path:" + devicePath
    }
}
