import Documents
import Testing

@Suite("Barcode encoder (libzint)")
struct BarcodeEncoderTests {
    /// libzint 2.11's QR code for "RF-000123" at level M, row by row ('#' dark). Checked independently once:
    /// drawn with a 4-module quiet zone, zxing-cpp 3.1.1 (Tests/tools/requirements.txt) reads it back as
    /// QR Code 'RF-000123', level M.
    static let knownQR = [
        "#######..####.#######", "#.....#..####.#.....#", "#.###.#...###.#.###.#", "#.###.#...##..#.###.#",
        "#.###.#..#..#.#.###.#", "#.....#.##.##.#.....#", "#######.#.#.#.#######", "..........###........",
        "#..#.##.#....#.#.....", "#...#..####...##..###", ".##.#.#.#...##.......", "####...#.###...#.#.##",
        "...##.#.....#.#.#..#.", "........#.##...#.##..", "#######..##..#.###.##", "#.....#.######.#.#.#.",
        "#.###.#...##..#.#.#.#", "#.###.#.#.##....#..##", "#.###.#..##.#..##.#.#", "#.....#..#...##.##..#",
        "#######.#####...###..",
    ]

    static func rows(_ matrix: BarcodeMatrix) -> [String] {
        (0..<matrix.rows).map { row in String((0..<matrix.columns).map { matrix[$0, row] ? "#" : "." }) }
    }

    @Test("a short asset tag is libzint's known version 1 QR code, module for module")
    func qrCodeMatchesLibzintsKnownOutput() throws {
        let matrix = try BarcodeEncoder.encode("RF-000123", as: .qr(errorCorrection: .M))
        #expect(matrix.columns == 21 && matrix.rows == 21)
        #expect(Self.rows(matrix) == Self.knownQR)
    }

    @Test("a QR code has its three finder patterns and its timing patterns where ISO/IEC 18004 puts them")
    func qrCodeHasItsFunctionPatterns() throws {
        let matrix = try BarcodeEncoder.encode("R000123K-2026-11-28", as: .qr(errorCorrection: .Q))
        let size = matrix.columns
        #expect(matrix.rows == size && (size - 17) % 4 == 0)
        // A finder: a dark 7×7 ring, a light ring inside it, a dark 3×3 centre.
        func isFinder(_ left: Int, _ top: Int) -> Bool {
            (0..<7).allSatisfy { y in
                (0..<7).allSatisfy { x in
                    let ring = min(x, y, 6 - x, 6 - y)
                    return matrix[left + x, top + y] == (ring != 1)
                }
            }
        }
        #expect(isFinder(0, 0) && isFinder(size - 7, 0) && isFinder(0, size - 7))
        // Row and column 6 alternate between the finders, starting dark.
        #expect((8..<size - 8).allSatisfy { matrix[$0, 6] == ($0 % 2 == 0) && matrix[6, $0] == ($0 % 2 == 0) })
    }

    @Test("Code 128 is one row; reader initialisation adds FNC3, one more symbol character")
    func code128AndReaderInitialisation() throws {
        let plain = try BarcodeEncoder.encode("KBDCTY3.", as: .code128)
        let setup = try BarcodeEncoder.encode("KBDCTY3.", as: .code128, readerInitialisation: true)
        #expect(plain.rows == 1 && setup.rows == 1)
        #expect(setup.columns == plain.columns + 11)
    }

    @Test("data a symbology cannot carry is refused with libzint's reason")
    func refusalCarriesLibzintsReason() {
        #expect {
            try BarcodeEncoder.encode("€ 12", as: .code128)
        } throws: { error in
            guard let failure = error as? BarcodeEncodingFailure else { return false }
            return failure.data == "€ 12" && !failure.reason.isEmpty
        }
    }

    @Test("dark runs give each row's bars as start and length")
    func darkRuns() {
        let matrix = BarcodeMatrix(columns: 8, rows: 1, modules: [true, true, false, true, false, false, true, true])
        #expect(matrix.darkRuns(inRow: 0).map { [$0.start, $0.length] } == [[0, 2], [3, 1], [6, 2]])
    }
}
