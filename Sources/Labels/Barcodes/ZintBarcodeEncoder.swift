import Documents
import RefurbCore

/// A label's barcode modules, encoded by Documents' libzint wrapper (`BarcodeEncoder`); data the symbology
/// cannot carry is refused in the volunteer's words, with libzint's reason.
public enum ZintBarcodeEncoder {
    public static func encode(_ data: String, as symbology: BarcodeSymbology,
                              readerInitialisation: Bool = false) throws(LabelError) -> BarcodeMatrix {
        do {
            return try BarcodeEncoder.encode(data, as: symbology, readerInitialisation: readerInitialisation)
        } catch {
            throw LabelError(Message("labels.barcode.failed", data, error.reason))
        }
    }
}
