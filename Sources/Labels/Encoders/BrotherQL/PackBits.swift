/// TIFF PackBits run-length coding, as Brother's `M 02` compression mode expects per raster line:
/// a header byte n in 0...127 is followed by n+1 literal bytes; n in -127...-1 (as a signed byte)
/// by one byte repeated 1-n times.
public enum PackBits {
    public static func encode(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 128 + 1)
        var index = input.startIndex
        let end = input.endIndex
        while index < end {
            // A run of at least two equal bytes is worth a repeat header.
            var run = 1
            while index + run < end && run < 128 && input[index + run] == input[index] { run += 1 }
            if run >= 2 {
                output.append(UInt8(bitPattern: Int8(1 - run)))
                output.append(input[index])
                index += run
                continue
            }
            // Literal bytes until a run of two begins (or 128 bytes).
            let literalStart = index
            var literalCount = 0
            while index < end && literalCount < 128 {
                if index + 1 < end && input[index + 1] == input[index] { break }
                index += 1
                literalCount += 1
            }
            output.append(UInt8(literalCount - 1))
            output.append(contentsOf: input[literalStart..<index])
        }
        return output
    }

    /// The inverse, used by tests and by the decoder that checks our output.
    public static func decode(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            let header = Int8(bitPattern: input[index])
            index += 1
            if header >= 0 {
                let count = Int(header) + 1
                output.append(contentsOf: input[index..<Swift.min(input.count, index + count)])
                index += count
            } else if header != -128, index < input.count {
                output.append(contentsOf: repeatElement(input[index], count: 1 - Int(header)))
                index += 1
            }
        }
        return output
    }
}
