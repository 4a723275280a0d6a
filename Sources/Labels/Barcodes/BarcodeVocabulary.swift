import Documents

// A label's barcodes are the documents' barcodes: a template names its symbology in Documents' words, and
// the layout places the modules Documents' libzint wrapper (`BarcodeEncoder`) returns.
public typealias BarcodeSymbology = Documents.BarcodeSymbology
public typealias QRErrorCorrection = Documents.QRErrorCorrection
public typealias BarcodeMatrix = Documents.BarcodeMatrix
