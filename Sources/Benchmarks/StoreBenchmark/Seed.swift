import Foundation
import GRDB
import RefurbCore
import RefurbStore

/// `--seed PATH`: fills a fresh database at PATH with the synthetic inventory (lots, then devices with
/// their serials and five events each) through the store's bulk import, for benchmarks that need a
/// large database but measure something else (scripts/bench/api). It writes a sample of what can be
/// scanned to the `--sample` file, one `kind code` per line: `lot LOT-…`, `tag R…`, `serial SN…`.
struct Seed {
    let path: String
    let data: SyntheticInventory
    let samplePath: String?
    let sampleSize: Int

    init(arguments: [String], deviceCount: Int) {
        func value(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        path = value("--seed") ?? ""
        data = SyntheticInventory(deviceCount: deviceCount)
        samplePath = value("--sample")
        sampleSize = value("--sample-size").flatMap(Int.init) ?? 10_000
    }

    func run() throws {
        guard !path.isEmpty else { throw SeedError("--seed needs the path of the database to create") }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw SeedError("\(path) exists already: --seed fills a fresh database only")
        }
        let database = try AppDatabase.open(path: path)
        let actor = Actor(user: "bench", station: "bench")
        let now = Date()
        var lots: [LotCode] = []
        for _ in 0..<SyntheticInventory.lotCount {
            lots.append(try database.openLot(LotInput(donorName: "Donateur"), receivedOn: "2026-11-28", actor: actor, at: now).code)
        }

        // The devices sampled are drawn before the import, so their tags can be kept as they are issued
        // without holding a million tags.
        var random = SeededGenerator(state: 7)
        let sampled = Set((0..<min(sampleSize, data.deviceCount)).map { _ in Int.random(in: 0..<max(data.deviceCount, 1), using: &random) })
        var sampleTags: [Int: AssetTag] = [:]

        let batchSize = 10_000
        var start = 0
        let elapsed = try milliseconds {
            while start < data.deviceCount {
                let end = min(start + batchSize, data.deviceCount)
                let batch = (start..<end).map { index in
                    let lot = lots[data.lotNumber(index) - 1]
                    return ImportedDevice(lot: lot, category: data.category(index),
                                          serial: SerialNumber(trusted: data.serial(index)),
                                          manufacturer: data.manufacturer(index), model: data.model(index),
                                          history: data.history(index, lot: lot))
                }
                let tags = try database.importDevices(batch, actor: actor, at: now)
                for (offset, tag) in tags.enumerated() where sampled.contains(start + offset) {
                    sampleTags[start + offset] = tag
                }
                start = end
            }
        }
        // Checkpoint and truncate the WAL, so the service starts on a plain database file.
        if let writer = database.reader as? any DatabaseWriter {
            try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }

        if let samplePath {
            var lines = lots.map { "lot \($0.text)" }
            for index in sampled.sorted() {
                guard let tag = sampleTags[index] else { continue }
                lines.append("tag \(tag.text)")
                lines.append("serial \(data.serial(index))")
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: samplePath, atomically: true, encoding: .utf8)
        }
        print("seeded \(data.deviceCount) devices in \(lots.count) lots (\(lots.first?.text ?? "-") … \(lots.last?.text ?? "-")) " +
              "in \(String(format: "%.1f", elapsed / 1000)) s, \(String(format: "%.0f", Double(data.deviceCount) / max(elapsed / 1000, 0.001))) devices/s, " +
              "\(String(format: "%.0f", fileSizeMB(path))) MB")
    }
}

struct SeedError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
