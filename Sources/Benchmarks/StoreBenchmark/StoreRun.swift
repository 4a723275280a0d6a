import Foundation
import GRDB
import RefurbCore
import RefurbStore

/// The workload through Refurb's own store, as the CLI and the service use it.
struct StoreRun {
    let path: String
    let data: SyntheticInventory
    let database: AppDatabase
    let actor = Actor(user: "bench", station: "bench")
    private(set) var lots: [LotCode] = []
    private(set) var tags: [AssetTag] = []

    init(path: String, data: SyntheticInventory) throws {
        self.path = path
        self.data = data
        database = try AppDatabase.open(path: path)
    }

    /// Devices per second, lots excluded.
    mutating func importAll() throws -> Double {
        let now = Date()
        for _ in 0..<SyntheticInventory.lotCount {
            lots.append(try database.openLot(LotInput(donorName: "Donateur"), receivedOn: "2026-11-28", actor: actor, at: now).code)
        }
        let batchSize = 10_000
        var imported: [AssetTag] = []
        imported.reserveCapacity(data.deviceCount)
        // Only the store's work is timed: making up the next batch of devices is the caller's.
        var elapsed = 0.0
        var start = 0
        while start < data.deviceCount {
            let end = min(start + batchSize, data.deviceCount)
            let batch = (start..<end).map { index in
                let lot = lots[data.lotNumber(index) - 1]
                return ImportedDevice(lot: lot, category: data.category(index),
                                      serial: SerialNumber(trusted: data.serial(index)),
                                      manufacturer: data.manufacturer(index), model: data.model(index),
                                      history: data.history(index, lot: lot))
            }
            elapsed += try milliseconds { imported += try database.importDevices(batch, actor: actor, at: now) }
            start = end
        }
        tags = imported
        return Double(data.deviceCount) / (elapsed / 1000)
    }

    func lookups(count: Int) throws -> (tag: Percentiles, serial: Percentiles) {
        var random = SeededGenerator(state: 42)
        var tagTimes: [Double] = []
        var serialTimes: [Double] = []
        for _ in 0..<count {
            let index = Int.random(in: 0..<data.deviceCount, using: &random)
            let tag = tags[index]
            tagTimes.append(try milliseconds {
                guard try database.device(tag: tag) != nil else { fatalError("tag \(tag) not found") }
            })
            let serial = data.serial(index)
            serialTimes.append(try milliseconds {
                guard try database.device(serial: serial) != nil else { fatalError("serial \(serial) not found") }
            })
        }
        return (Percentiles(tagTimes), Percentiles(serialTimes))
    }

    func searches(count: Int) throws -> Percentiles {
        var times: [Double] = []
        for index in 0..<count {
            let query = data.searchQuery(index)
            times.append(try milliseconds {
                _ = try database.devices(matching: DeviceFilter(search: query, limit: 50))
            })
        }
        return Percentiles(times)
    }

    func fileSize() throws -> Double {
        try database.reader.read { db in _ = try db.execute(sql: "SELECT 1") }
        return fileSizeMB(path)
    }
}
