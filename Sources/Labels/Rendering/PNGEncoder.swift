import Documents

/// Writes a 1-bit bitmap as a PNG, black on white, at its own resolution.
public enum PNGEncoder {
    public static func encode(_ bitmap: MonochromeBitmap) -> [UInt8] {
        PNGImage.monochrome(bitmap.bits, width: bitmap.width, height: bitmap.height, bytesPerRow: bitmap.bytesPerRow)
    }
}
