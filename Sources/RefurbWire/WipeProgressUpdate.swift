/// A wipe's progress on one drive, as a bench station posts it to `POST /api/devices/{tag}/erasures/progress`
/// (`refurb wipe --send-progress`) and as the service's board shows it. The service checks each one before it
/// keeps it (`WipeProgressUpdate.checked()` in RefurbServer).
public struct WipeProgressUpdate: Codable, Sendable {
    /// The drive's serial number.
    public let drive: String
    public let bytesDone: Int64
    public let bytesTotal: Int64
    public let pass: Int?
    public let passes: Int?
    public let bytesPerSecond: Double?
    public let phase: String?
    /// Set by the station when it could not erase the drive and no certificate will follow: why, in its words.
    /// Absent (as from stations older than this field) while the wipe runs.
    public var failure: String? = nil

    public init(drive: String, bytesDone: Int64, bytesTotal: Int64, pass: Int?, passes: Int?, bytesPerSecond: Double?,
                phase: String?, failure: String? = nil) {
        self.drive = drive
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.pass = pass
        self.passes = passes
        self.bytesPerSecond = bytesPerSecond
        self.phase = phase
        self.failure = failure
    }
}
