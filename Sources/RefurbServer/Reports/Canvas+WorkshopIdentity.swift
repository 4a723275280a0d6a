import Documents
import RefurbCore

extension Canvas {
    /// The workshop at the top of a document: its name in bold, then its address lines and contact, each
    /// shortened to `width`. Returns where the next line goes.
    func identity(_ identity: WorkshopIdentity, x: Double, y: Double, width: Double, nameSize: Double, lineSize: Double) -> Double {
        var y = y
        font(size: nameSize, bold: true)
        show(fit(identity.name, width: width), x: x, y: y + nameSize)
        y += nameSize * 1.5
        font(size: lineSize, bold: false)
        for line in identity.addressLines + [identity.contact].compactMap({ $0 }) {
            show(fit(line, width: width), x: x, y: y + lineSize)
            y += lineSize * 4 / 3
        }
        return y
    }
}
