/// The byte sequences of Brother's QL raster command reference ("Print data overview").
public enum BrotherRasterCommand {
    /// `NUL × n`: clears a half-received job.
    public static func invalidate(_ count: Int) -> [UInt8] { [UInt8](repeating: 0, count: count) }
    /// `ESC @`.
    public static let initialize: [UInt8] = [0x1B, 0x40]
    /// `ESC i a 01`: dynamic command mode = raster.
    public static let switchToRaster: [UInt8] = [0x1B, 0x69, 0x61, 0x01]

    /// `ESC i z n1 … n10`: media type, width, length and the number of raster lines of this page.
    /// n1 says which fields are valid: kind 0x02, width 0x04, length 0x08, quality 0x40, recover 0x80.
    /// With kind/width/length valid, a printer with other media loaded stops with an error instead of printing.
    public static func printInformation(media: BrotherMedia, rasterLines: Int, firstPage: Bool) -> [UInt8] {
        let validFlags: UInt8 = 0x80 | 0x40 | 0x08 | 0x04 | 0x02
        let count = UInt32(rasterLines)
        return [0x1B, 0x69, 0x7A, validFlags, media.printInformationType, UInt8(media.widthMM),
                UInt8(media.lengthMM ?? 0),
                UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 24 & 0xFF),
                firstPage ? 0 : 1, 0]
    }

    /// `ESC i M n`: various mode; bit 6 = auto-cut.
    public static func variousMode(autoCut: Bool) -> [UInt8] { [0x1B, 0x69, 0x4D, autoCut ? 0x40 : 0x00] }
    /// `ESC i A n`: cut every n labels.
    public static func cutEvery(_ labels: UInt8) -> [UInt8] { [0x1B, 0x69, 0x41, labels] }
    /// `ESC i K n`: expanded mode; bit 3 = cut at end.
    public static func expandedMode(cutAtEnd: Bool) -> [UInt8] { [0x1B, 0x69, 0x4B, cutAtEnd ? 0x08 : 0x00] }
    /// `ESC i d lo hi`: feed margin in dots.
    public static func margin(dots: Int) -> [UInt8] { [0x1B, 0x69, 0x64, UInt8(dots & 0xFF), UInt8(dots >> 8 & 0xFF)] }
    /// `M n`: raster compression, 0x00 none, 0x02 TIFF PackBits.
    public static func compression(_ enabled: Bool) -> [UInt8] { [0x4D, enabled ? 0x02 : 0x00] }
    /// `g 00 n data`: one raster line (n bytes follow).
    public static let rasterLine: UInt8 = 0x67
    /// `Z`: one all-white raster line.
    public static let zeroLine: UInt8 = 0x5A
    /// `FF`: print, more pages follow.
    public static let printPage: UInt8 = 0x0C
    /// `Ctrl-Z`: print the last page and feed/cut.
    public static let printLastPage: UInt8 = 0x1A
}
