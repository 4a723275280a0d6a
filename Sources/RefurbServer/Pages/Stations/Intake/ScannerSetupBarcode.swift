import Foundation
import Labels
import RefurbCore

/// The setup barcode that sets a scanner to the French (AZERTY) keyboard, shown on the intake page and
/// whenever a scan came from a scanner set to QWERTY (`KeyboardLayoutMisread`).
///
/// Its content is Honeywell's documented menu command for the keyboard country, `KBDCTY` followed by the
/// country number, France being 3 (Honeywell Voyager/Xenon/Granit user guides, "Keyboard Country"; the
/// same number is listed for France in the 1200g guide's table of keyboard countries and code pages),
/// ended by `.` to apply it now. Honeywell prints its menu barcodes as Code 128 symbols starting with FNC3
/// (reader programming), which libzint writes with READER_INIT. Zebra/Symbol and Datalogic scanners use
/// their own setup codes, printed in their manuals: the page says so.
enum ScannerSetupBarcode {
    static let command = "KBDCTY3."
    static let path = "/intake/scanner-french-keyboard.png"

    /// Dots per module and bar height: large enough to scan from a screen.
    static let moduleDots = 3
    static let heightDots = 120
    static let quietModules = 10

    /// Drawn once: the content never changes.
    static let png: [UInt8] = {
        guard let matrix = try? ZintBarcodeEncoder.encode(command, as: .code128, readerInitialisation: true) else { return [] }
        let width = (matrix.columns + 2 * quietModules) * moduleDots
        var bitmap = MonochromeBitmap(width: width, height: heightDots)
        for run in matrix.darkRuns(inRow: 0) {
            for x in (quietModules + run.start) * moduleDots..<(quietModules + run.start + run.length) * moduleDots {
                for y in 0..<heightDots { bitmap[x, y] = true }
            }
        }
        return PNGEncoder.encode(bitmap)
    }()

    static func register(on routes: APIRoutes) {
        routes.page(.get, path, .permission(.intake)) { _, _ in
            BytesResponse(bytes: png, contentType: "image/png")
        }
    }
}
