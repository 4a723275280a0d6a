import CZint

/// Refurb's one libzint wrapper: encodes data into the modules of a symbol. Only the module pattern is
/// taken from zint; scaling (to printer dots or to points) and quiet zones are left to whoever draws it,
/// so that a label's modules are whole printer dots and nothing is resampled.
public enum BarcodeEncoder {
    /// `readerInitialisation`: the symbol starts with FNC3 (Code 128's "reader programming" character),
    /// which a scanner reads as a setting to apply rather than data to type; how scanner manuals print
    /// their setup barcodes.
    public static func encode(_ data: String, as symbology: BarcodeSymbology,
                              readerInitialisation: Bool = false) throws(BarcodeEncodingFailure) -> BarcodeMatrix {
        guard let symbol = ZBarcode_Create() else {
            throw BarcodeEncodingFailure(data: data, reason: "ZBarcode_Create")
        }
        defer { ZBarcode_Delete(symbol) }
        symbol.pointee.input_mode = Int32(UNICODE_MODE)
        switch symbology {
        case .code128:
            symbol.pointee.symbology = Int32(BARCODE_CODE128)
        case let .qr(errorCorrection):
            symbol.pointee.symbology = Int32(BARCODE_QRCODE)
            symbol.pointee.option_1 = Int32(QRErrorCorrection.allCases.firstIndex(of: errorCorrection)! + 1)
        case .dataMatrix:
            symbol.pointee.symbology = Int32(BARCODE_DATAMATRIX)
            // Square symbols only: ZPL's ^BX cannot print rectangular ones.
            symbol.pointee.option_3 = Int32(DM_SQUARE)
        }
        if readerInitialisation { symbol.pointee.output_options |= Int32(READER_INIT) }
        let bytes = Array(data.utf8)
        let status = bytes.withUnsafeBufferPointer { buffer in
            ZBarcode_Encode(symbol, buffer.baseAddress, Int32(buffer.count))
        }
        if status >= ZINT_ERROR {
            let reason = withUnsafeBytes(of: symbol.pointee.errtxt) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw BarcodeEncodingFailure(data: data, reason: reason)
        }
        let columns = Int(symbol.pointee.width)
        let rows = Int(symbol.pointee.rows)
        var modules = [Bool](repeating: false, count: columns * rows)
        for row in 0..<rows {
            for column in 0..<columns where czint_module_is_set(symbol, Int32(row), Int32(column)) != 0 {
                modules[row * columns + column] = true
            }
        }
        return BarcodeMatrix(columns: columns, rows: rows, modules: modules)
    }
}
