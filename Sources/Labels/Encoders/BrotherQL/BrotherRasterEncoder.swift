import RefurbCore

/// Turns a label bitmap into a Brother QL raster job:
/// invalidate, initialize, raster mode; then per page print information, cut and margin settings,
/// compression, one command per raster line, and the print command.
public struct BrotherRasterEncoder: Sendable {
    public let model: BrotherQLModel
    public let media: BrotherMedia

    public init(model: BrotherQLModel, media: BrotherMedia) throws(LabelError) {
        guard model.supports(media) else {
            throw LabelError(Message("labels.brother.mediaNotSupported", media.sizeDescription, model.name))
        }
        self.model = model
        self.media = media
    }

    /// `bitmap` is in tape orientation: its width the printable dots across the tape, one row per raster line.
    public func encode(_ bitmap: MonochromeBitmap, copies: Int = 1) throws(LabelError) -> [UInt8] {
        guard bitmap.width == media.printableAcross else {
            throw LabelError(Message("labels.brother.badWidth", String(bitmap.width), String(media.printableAcross), media.id))
        }
        if let printableAlong = media.printableAlong, bitmap.height != printableAlong {
            throw LabelError(Message("labels.brother.badLength", String(bitmap.height), String(printableAlong), media.id))
        }
        guard copies >= 1 else { throw LabelError(Message("labels.copies.invalid", String(copies))) }

        // Endless labels shorter than the model's minimum are lengthened with white lines; a die-cut
        // label is printed at its own printable length, whatever the model's minimum for tape.
        let minimumLines = media.shape == .endless ? model.lengthDots.lowerBound : 0
        let blankLinesAdded = Swift.max(0, minimumLines - bitmap.height)
        let lineCount = bitmap.height + blankLinesAdded
        guard lineCount <= model.lengthDots.upperBound else {
            throw LabelError(Message("labels.brother.tooLong", String(lineCount), String(model.lengthDots.upperBound), model.name))
        }

        // The raster lines are the same on every copy: built once.
        let body = rasterBody(of: bitmap, blankLinesAdded: blankLinesAdded)
        var job = BrotherRasterCommand.invalidate(model.invalidateBytes)
        job.reserveCapacity(job.count + copies * (body.count + 40))
        job += BrotherRasterCommand.initialize
        if model.needsModeSwitch { job += BrotherRasterCommand.switchToRaster }
        for copy in 0..<copies {
            job += BrotherRasterCommand.printInformation(media: media, rasterLines: lineCount, firstPage: copy == 0)
            if model.hasCutter {
                job += BrotherRasterCommand.variousMode(autoCut: true)
                job += BrotherRasterCommand.cutEvery(1)
            }
            if model.supportsExpandedMode { job += BrotherRasterCommand.expandedMode(cutAtEnd: true) }
            job += BrotherRasterCommand.margin(dots: media.feedMargin)
            if model.supportsCompression { job += BrotherRasterCommand.compression(true) }
            job += body
            job.append(copy == copies - 1 ? BrotherRasterCommand.printLastPage : BrotherRasterCommand.printPage)
        }
        return job
    }

    /// One command per raster line: `Z` for a white line where the model takes it, else `g 00 n` and the
    /// line, PackBits-compressed where supported.
    func rasterBody(of bitmap: MonochromeBitmap, blankLinesAdded: Int) -> [UInt8] {
        var body: [UInt8] = []
        body.reserveCapacity((bitmap.height + blankLinesAdded) * (model.bytesPerLine + 3))
        var line = [UInt8](repeating: 0, count: model.bytesPerLine)
        for row in 0..<bitmap.height + blankLinesAdded {
            let blank = row >= bitmap.height || bitmap.isRowBlank(row)
            if blank && model.supportsZeroLines {
                body.append(BrotherRasterCommand.zeroLine)
                continue
            }
            line.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            if !blank { placeMirrored(bitmap.row(row), width: bitmap.width, into: &line) }
            let payload = model.supportsCompression ? PackBits.encode(line[...]) : line
            body.append(BrotherRasterCommand.rasterLine)
            body.append(0x00)
            body.append(UInt8(payload.count))
            body.append(contentsOf: payload)
        }
        return body
    }

    /// Writes one bitmap row into a head line as the printer expects it: mirrored (the head's first
    /// transmitted dot, byte 0 bit 0x80, is the label's right edge as read) and starting after the media's
    /// right offset (plus the wide-head models' extra offset). Column c of the row lands on dot
    /// `offset + width - 1 - c`. Done bytewise: each row byte is bit-reversed and shifted into place.
    func placeMirrored(_ row: ArraySlice<UInt8>, width: Int, into line: inout [UInt8]) {
        let rowBits = row.count * 8
        // Reversing the padded row puts its `rowBits - width` padding bits first; they are zero.
        let shift = media.rightOffset + model.additionalRightOffset + width - rowBits
        let table = Self.bitReversed
        row.withUnsafeBufferPointer { source in
            line.withUnsafeMutableBufferPointer { target in
                let last = source.count - 1
                for reversedIndex in 0..<source.count {
                    let byte = source[last - reversedIndex]
                    guard byte != 0 else { continue }
                    let value = table[Int(byte)]
                    let start = reversedIndex * 8 + shift
                    if start < 0 {
                        target[0] |= value << UInt8(-start)
                        continue
                    }
                    let index = start >> 3
                    let bit = UInt8(start & 7)
                    target[index] |= value >> bit
                    if bit != 0 && index + 1 < target.count {
                        target[index + 1] |= value << (8 - bit)
                    }
                }
            }
        }
    }

    /// Each byte with its bits in the opposite order.
    static let bitReversed: [UInt8] = (0...255).map { value in
        var reversed: UInt8 = 0
        for bit in 0..<8 where value & (1 << bit) != 0 { reversed |= 0x80 >> UInt8(bit) }
        return reversed
    }
}
