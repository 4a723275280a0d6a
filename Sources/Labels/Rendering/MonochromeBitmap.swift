/// A 1-bit image at printer resolution: rows of bits packed most-significant bit first, 1 = black dot.
/// This is what every printer encoder consumes and what the PNG preview shows.
public struct MonochromeBitmap: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public let bytesPerRow: Int
    public private(set) var bits: [UInt8]

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bytesPerRow = (width + 7) / 8
        bits = [UInt8](repeating: 0, count: bytesPerRow * height)
    }

    public init(width: Int, height: Int, bits: [UInt8]) {
        precondition(bits.count == (width + 7) / 8 * height, "bit buffer does not match \(width)×\(height)")
        self.width = width
        self.height = height
        bytesPerRow = (width + 7) / 8
        self.bits = bits
    }

    public subscript(x: Int, y: Int) -> Bool {
        get { bits[y * bytesPerRow + x >> 3] & (0x80 >> UInt8(x & 7)) != 0 }
        set {
            let index = y * bytesPerRow + x >> 3
            let mask: UInt8 = 0x80 >> UInt8(x & 7)
            if newValue { bits[index] |= mask } else { bits[index] &= ~mask }
        }
    }

    /// The packed bytes of one row.
    public func row(_ y: Int) -> ArraySlice<UInt8> {
        bits[y * bytesPerRow..<(y + 1) * bytesPerRow]
    }

    public func isRowBlank(_ y: Int) -> Bool {
        bits.withUnsafeBufferPointer { buffer in
            let start = y * bytesPerRow
            for index in start..<start + bytesPerRow where buffer[index] != 0 { return false }
            return true
        }
    }

    /// Calls `body` with the column of every black dot in row `y`, left to right.
    public func forEachBlackDot(inRow y: Int, _ body: (Int) -> Void) {
        let start = y * bytesPerRow
        for byteIndex in 0..<bytesPerRow {
            var byte = bits[start + byteIndex]
            while byte != 0 {
                let bit = byte.leadingZeroBitCount
                body(byteIndex * 8 + bit)
                byte &= ~(0x80 >> UInt8(bit))
            }
        }
    }

    public var blackDotCount: Int {
        bits.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// The image turned a quarter turn clockwise: what was the top edge becomes the right edge.
    public func rotatedClockwise() -> MonochromeBitmap {
        var rotated = MonochromeBitmap(width: height, height: width)
        for y in 0..<height {
            forEachBlackDot(inRow: y) { x in
                rotated[height - 1 - y, x] = true
            }
        }
        return rotated
    }

    /// Builds a bitmap from 8-bit coverage (Cairo A8): a dot is black when at least half covered.
    public init(coverage: UnsafeRawBufferPointer, width: Int, height: Int, stride: Int) {
        self.init(width: width, height: height)
        let threshold: UInt8 = 128
        bits.withUnsafeMutableBufferPointer { output in
            for y in 0..<height {
                let source = y * stride
                let target = y * bytesPerRow
                var x = 0
                while x < width {
                    var byte: UInt8 = 0
                    let limit = Swift.min(8, width - x)
                    for bit in 0..<limit where coverage[source + x + bit] >= threshold {
                        byte |= 0x80 >> UInt8(bit)
                    }
                    output[target + x >> 3] = byte
                    x += 8
                }
            }
        }
    }
}
