import CZint

/// The dark modules of a QR code, as rectangles in module units, encoded by libzint.
struct QRCodeModules {
    struct Square {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    let squares: [Square]
    let width: Double
    let height: Double

    init?(text: String) {
        guard let symbol = ZBarcode_Create() else { return nil }
        defer { ZBarcode_Delete(symbol) }
        symbol.pointee.symbology = BARCODE_QRCODE
        symbol.pointee.option_1 = 2  // error correction level M
        symbol.pointee.scale = 1
        symbol.pointee.whitespace_width = 0
        let bytes = Array(text.utf8)
        let status = bytes.withUnsafeBufferPointer { buffer in
            ZBarcode_Encode_and_Buffer_Vector(symbol, buffer.baseAddress, Int32(buffer.count), 0)
        }
        guard status < ZINT_ERROR, let vector = symbol.pointee.vector else { return nil }
        var squares: [Square] = []
        var rectangle = vector.pointee.rectangles
        while let current = rectangle {
            squares.append(Square(x: Double(current.pointee.x), y: Double(current.pointee.y),
                                  width: Double(current.pointee.width), height: Double(current.pointee.height)))
            rectangle = current.pointee.next
        }
        self.squares = squares
        self.width = Double(vector.pointee.width)
        self.height = Double(vector.pointee.height)
    }
}
