import Printing

/// A Brother DK roll: endless tape or die-cut labels, with the dot counts of Brother's media table at
/// 300 dpi (brother_ql/brother_ql_next `labels.py`, lprint media names). "Across" is the tape's width
/// (the head's line), "along" is the feed direction.
public struct BrotherMedia: Hashable, Sendable {
    public enum Shape: String, Sendable {
        case endless
        case dieCut = "die-cut"
        case roundDieCut = "round die-cut"
    }

    /// The name templates use: "62", "29", "62x29", "62x100", "d24".
    public let id: String
    public let shape: Shape
    public let widthMM: Int
    /// Label length for die-cut media (as the printer reports it); nil for endless tape.
    public let lengthMM: Int?
    /// Dots across the whole tape, and how many of them the head prints.
    public let dotsAcross: Int
    public let printableAcross: Int
    /// Dots along one die-cut label, and how many are printed; nil for endless tape.
    public let dotsAlong: Int?
    public let printableAlong: Int?
    /// Blank dots between the end of the head line and the printed area (before mirroring).
    public let rightOffset: Int
    /// Feed margin in dots sent with `ESC i d` (35 = 3 mm for endless, 0 for die-cut).
    public let feedMargin: Int
    /// Only the 1296-dot-head models (QL-1050/1060N/1100 family) take it.
    public let needsWideHead: Bool
    /// Brother's part numbers, for messages ("DK-11209").
    public let partNumbers: [String]

    public static let dpi = 300.0

    public var kind: MediaKind { shape == .endless ? .continuous : .dieCut }

    /// What the printer must report as loaded for a job on this media.
    public var requirement: MediaRequirement {
        MediaRequirement(kind: kind, widthMM: widthMM, lengthMM: lengthMM)
    }

    /// Media type byte of `ESC i z`: 0x0A continuous, 0x0B die-cut.
    public var printInformationType: UInt8 { shape == .endless ? 0x0A : 0x0B }

    public var sizeDescription: String {
        let parts = partNumbers.isEmpty ? "" : " (\(partNumbers.joined(separator: ", ")))"
        if let lengthMM { return "\(widthMM)×\(lengthMM) mm \(shape.rawValue)\(parts)" }
        return "\(widthMM) mm \(shape.rawValue)\(parts)"
    }

    /// The part of a design the head prints, in dots of the design as read (x to the right, y down):
    /// the tape's unprintable edges are cut off equally on both sides, and for die-cut labels the
    /// unprintable ends too. `designAlongDots` is the design's length along the feed (endless tape).
    public func printableWindow(rotated: Bool, designAlongDots: Int) -> (x: Int, y: Int, width: Int, height: Int) {
        let acrossOrigin = (dotsAcross - printableAcross) / 2
        let alongOrigin: Int
        let alongLength: Int
        if let dotsAlong, let printableAlong {
            alongOrigin = (dotsAlong - printableAlong) / 2
            alongLength = printableAlong
        } else {
            alongOrigin = 0
            alongLength = designAlongDots
        }
        return rotated
            ? (x: alongOrigin, y: acrossOrigin, width: alongLength, height: printableAcross)
            : (x: acrossOrigin, y: alongOrigin, width: printableAcross, height: alongLength)
    }

    /// The same window in millimetres, for checking where template elements sit.
    func printableAreaMM(designWidth: Double, designHeight: Double, rotated: Bool) -> MillimetreRect {
        let along = rotated ? designWidth : designHeight
        let window = printableWindow(rotated: rotated, designAlongDots: Int((along * Self.dpi / 25.4).rounded()))
        let mm = 25.4 / Self.dpi
        return MillimetreRect(x: Double(window.x) * mm, y: Double(window.y) * mm,
                              width: Double(window.width) * mm, height: Double(window.height) * mm)
    }

    public static func named(_ id: String) -> BrotherMedia? {
        all.first { $0.id == id }
    }

    private static func endless(_ width: Int, across: Int, printable: Int, rightOffset: Int, wide: Bool = false,
                                parts: [String]) -> BrotherMedia {
        BrotherMedia(id: String(width), shape: .endless, widthMM: width, lengthMM: nil, dotsAcross: across,
                     printableAcross: printable, dotsAlong: nil, printableAlong: nil, rightOffset: rightOffset,
                     feedMargin: 35, needsWideHead: wide, partNumbers: parts)
    }

    private static func dieCut(_ id: String, _ width: Int, _ length: Int, shape: Shape = .dieCut,
                               dots: (Int, Int), printable: (Int, Int), rightOffset: Int, wide: Bool = false,
                               parts: [String]) -> BrotherMedia {
        BrotherMedia(id: id, shape: shape, widthMM: width, lengthMM: length, dotsAcross: dots.0,
                     printableAcross: printable.0, dotsAlong: dots.1, printableAlong: printable.1,
                     rightOffset: rightOffset, feedMargin: 0, needsWideHead: wide, partNumbers: parts)
    }

    /// QL media from 12 mm endless to 102×152 die-cut.
    public static let all: [BrotherMedia] = [
        endless(12, across: 142, printable: 106, rightOffset: 29, parts: ["DK-22214"]),
        endless(29, across: 342, printable: 306, rightOffset: 6, parts: ["DK-22210", "DK-22211"]),
        endless(38, across: 449, printable: 413, rightOffset: 12, parts: ["DK-22225"]),
        endless(50, across: 590, printable: 554, rightOffset: 12, parts: ["DK-22223"]),
        endless(54, across: 636, printable: 590, rightOffset: 0, parts: ["DK-N55224"]),
        endless(62, across: 732, printable: 696, rightOffset: 12, parts: ["DK-22205", "DK-22212", "DK-44205"]),
        endless(102, across: 1200, printable: 1164, rightOffset: 12, wide: true, parts: ["DK-22243"]),
        dieCut("17x54", 17, 54, dots: (201, 636), printable: (165, 566), rightOffset: 0, parts: ["DK-11204"]),
        dieCut("17x87", 17, 87, dots: (201, 1026), printable: (165, 956), rightOffset: 0, parts: ["DK-11203"]),
        dieCut("23x23", 23, 23, dots: (272, 272), printable: (202, 202), rightOffset: 42, parts: ["DK-11221"]),
        dieCut("29x42", 29, 42, dots: (342, 495), printable: (306, 425), rightOffset: 6, parts: []),
        dieCut("29x90", 29, 90, dots: (342, 1061), printable: (306, 991), rightOffset: 6, parts: ["DK-11201"]),
        dieCut("38x90", 38, 90, dots: (449, 1061), printable: (413, 991), rightOffset: 12, parts: ["DK-11208"]),
        dieCut("39x48", 39, 48, dots: (461, 565), printable: (425, 495), rightOffset: 6, parts: []),
        dieCut("52x29", 52, 29, dots: (614, 341), printable: (578, 271), rightOffset: 0, parts: []),
        dieCut("54x29", 54, 29, dots: (630, 341), printable: (598, 271), rightOffset: 60, parts: []),
        dieCut("60x86", 60, 87, dots: (708, 1024), printable: (672, 954), rightOffset: 18, parts: []),
        dieCut("62x29", 62, 29, dots: (732, 341), printable: (696, 271), rightOffset: 12, parts: ["DK-11209"]),
        dieCut("62x100", 62, 100, dots: (732, 1179), printable: (696, 1109), rightOffset: 12, parts: ["DK-11202"]),
        dieCut("102x51", 102, 51, dots: (1200, 596), printable: (1164, 526), rightOffset: 12, wide: true, parts: ["DK-11240"]),
        dieCut("102x152", 102, 153, dots: (1200, 1804), printable: (1164, 1660), rightOffset: 12, wide: true,
               parts: ["DK-11241", "DK-11247"]),
        dieCut("d12", 12, 12, shape: .roundDieCut, dots: (142, 142), printable: (94, 94), rightOffset: 113, parts: ["DK-11219"]),
        dieCut("d24", 24, 24, shape: .roundDieCut, dots: (284, 284), printable: (236, 236), rightOffset: 42, parts: ["DK-11218"]),
        dieCut("d58", 58, 58, shape: .roundDieCut, dots: (688, 688), printable: (618, 618), rightOffset: 51, parts: []),
    ]
}
