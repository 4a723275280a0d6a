import Foundation
import GRDB
import RefurbCore
import RefurbStore

/// Fills a fresh database with devices and their events through the store, measures look-ups and
/// searches, then does the same work through SQLite's C API on the same schema as the baseline.
/// With `--seed PATH [--sample FILE] [--sample-size N]` it only fills a database at PATH (see `Seed`).
@main
struct StoreBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        let deviceCount = arguments.firstIndex(of: "--devices").flatMap { Int(arguments[$0 + 1]) } ?? 1_000_000
        let lookups = arguments.firstIndex(of: "--lookups").flatMap { Int(arguments[$0 + 1]) } ?? 10_000
        if arguments.contains("--seed") {
            do {
                try Seed(arguments: arguments, deviceCount: deviceCount).run()
            } catch {
                FileHandle.standardError.write(Data("refurb-bench-store --seed: \(error)\n".utf8))
                exit(1)
            }
            return
        }
        let searches = 1_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let data = SyntheticInventory(deviceCount: deviceCount)
        print("Refurb store benchmark: \(deviceCount) devices, \(SyntheticInventory.eventsPerDevice) events each, " +
              "\(lookups) look-ups, \(searches) searches")

        let storePath = folder.appendingPathComponent("store.sqlite").path
        var store = try StoreRun(path: storePath, data: data)
        let storeImport = try store.importAll()
        let storeLookups = try store.lookups(count: lookups)
        let storeSearches = try store.searches(count: searches)
        let storeSize = try store.fileSize()

        let rawPath = folder.appendingPathComponent("raw.sqlite").path
        let raw = try RawSQLiteRun(path: rawPath, schema: try store.database.schemaSQL(), data: data)
        let rawImport = try raw.importAll()
        let rawLookups = try raw.lookups(count: lookups)
        let rawSearches = try raw.searches(count: searches)
        let rawSize = raw.fileSize()

        let report = BenchmarkReport(rows: [
            .init(measure: "import (devices/s)", store: storeImport, baseline: rawImport, higherIsBetter: true,
                  target: "≥ 20000", meetsTarget: storeImport >= 20_000),
            .init(measure: "tag look-up p50 (ms)", store: storeLookups.tag.p50, baseline: rawLookups.tag.p50),
            .init(measure: "tag look-up p99 (ms)", store: storeLookups.tag.p99, baseline: rawLookups.tag.p99,
                  target: "< 2", meetsTarget: storeLookups.tag.p99 < 2),
            .init(measure: "serial look-up p50 (ms)", store: storeLookups.serial.p50, baseline: rawLookups.serial.p50),
            .init(measure: "serial look-up p99 (ms)", store: storeLookups.serial.p99, baseline: rawLookups.serial.p99,
                  target: "< 2", meetsTarget: storeLookups.serial.p99 < 2),
            .init(measure: "FTS search p50 (ms)", store: storeSearches.p50, baseline: rawSearches.p50),
            .init(measure: "FTS search p99 (ms)", store: storeSearches.p99, baseline: rawSearches.p99),
            .init(measure: "file size (MB)", store: storeSize, baseline: rawSize,
                  target: "< 1536", meetsTarget: storeSize < 1536),
        ])
        report.print()
    }
}
