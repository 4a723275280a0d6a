/// The modules of an encoded symbol, without quiet zones: `columns × rows`, true = dark.
/// A linear code (Code 128) has one row, stretched to the bar height when drawn.
public struct BarcodeMatrix: Hashable, Sendable {
    public let columns: Int
    public let rows: Int
    public let modules: [Bool]

    public init(columns: Int, rows: Int, modules: [Bool]) {
        precondition(modules.count == columns * rows)
        self.columns = columns
        self.rows = rows
        self.modules = modules
    }

    public subscript(column: Int, row: Int) -> Bool {
        modules[row * columns + column]
    }

    /// Dark runs of one row as (start column, length): bars are drawn as whole rectangles.
    public func darkRuns(inRow row: Int) -> [(start: Int, length: Int)] {
        var runs: [(Int, Int)] = []
        var column = 0
        while column < columns {
            guard self[column, row] else { column += 1; continue }
            let start = column
            while column < columns && self[column, row] { column += 1 }
            runs.append((start, column - start))
        }
        return runs
    }
}
