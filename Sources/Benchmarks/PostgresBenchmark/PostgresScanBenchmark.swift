import Foundation
import Logging
import PostgresNIO
import RefurbCore
import RefurbPostgres
import RefurbStore

/// Scans on PostgreSQL (issue 16): `PostgresStore.device(tag:)`, the look-up behind every scan, against
/// pgbench running the very same SELECT (`AppDatabase.deviceLookupSQL`) as prepared statements on the same
/// server, table and concurrency, in interleaved rounds; medians are reported. Usage (scripts/bench/postgres):
///   refurb-bench-postgres --url postgres://user@/db?host=/folder [--devices 1000000] [--seconds 5]
///                         [--concurrency 8] [--rounds 3] [--pgbench /usr/lib/postgresql/15/bin/pgbench]
@main
struct PostgresScanBenchmark {
    static func main() async throws {
        let options = Options(CommandLine.arguments.dropFirst())
        guard case .postgres(let address) = try DatabaseLocation(parsing: options.url) else {
            fatalError("--url must name a PostgreSQL database")
        }
        let store = try await PostgresStore.open(address, maximumConnections: options.concurrency)
        try await fill(address, devices: options.devices)
        print("devices: \(options.devices), concurrency: \(options.concurrency), \(options.seconds) s per measure, \(options.rounds) rounds")

        // Warm both paths: the table's pages in the server's cache, the pool's connections open.
        _ = try await scans(store, devices: options.devices, concurrency: options.concurrency, seconds: 1)
        var transactionsPerClient = 2_000
        let estimate = try pgbench(options, address: address, transactionsPerClient: transactionsPerClient)
        // pgbench runs a number of transactions (-t) rather than a time (-T): its -T waits for a SIGALRM that a
        // child of this process never receives (the signal stays blocked in the mask it inherits).
        transactionsPerClient = max(1_000, Int(estimate * Double(options.seconds)) / options.concurrency)

        var ours: [Result] = []
        var theirs: [Double] = []
        for round in 1...options.rounds {
            let result = try await scans(store, devices: options.devices, concurrency: options.concurrency, seconds: options.seconds)
            let baseline = try pgbench(options, address: address, transactionsPerClient: transactionsPerClient)
            print(String(format: "round %d: PostgresStore %.0f scans/s (p50 %.2f ms, p99 %.2f ms), pgbench %.0f/s",
                         round, result.perSecond, result.p50 * 1000, result.p99 * 1000, baseline))
            ours.append(result)
            theirs.append(baseline)
        }
        await store.close()
        let perSecond = median(ours.map(\.perSecond))
        let p99 = median(ours.map(\.p99))
        let baseline = median(theirs)
        print(String(format: "median: PostgresStore %.0f scans/s, p50 %.2f ms, p99 %.2f ms; pgbench %.0f/s; ratio %.2f×",
                     perSecond, median(ours.map(\.p50)) * 1000, p99 * 1000, baseline, perSecond / baseline))
        print("targets (issue 16): p99 under 10 ms \(p99 < 0.010 ? "met" : "NOT met"); at least 0.5× pgbench \(perSecond / baseline >= 0.5 ? "met" : "NOT met")")
    }

    struct Options {
        var url = ""
        var devices = 1_000_000
        var seconds = 5
        var concurrency = 8
        var rounds = 3
        var pgbench = "pgbench"

        init(_ arguments: ArraySlice<String>) {
            var iterator = arguments.makeIterator()
            while let name = iterator.next() {
                let value = iterator.next() ?? ""
                switch name {
                case "--url": url = value
                case "--devices": devices = Int(value) ?? devices
                case "--seconds": seconds = Int(value) ?? seconds
                case "--concurrency": concurrency = Int(value) ?? concurrency
                case "--rounds": rounds = Int(value) ?? rounds
                case "--pgbench": pgbench = value
                default: fatalError("unknown option \(name)")
                }
            }
            precondition((1...10_000_000).contains(devices) && (1...600).contains(seconds) && (1...256).contains(concurrency)
                         && (1...20).contains(rounds), "a number is out of range")
        }
    }

    struct Result {
        var perSecond: Double
        var p50: Double
        var p99: Double
    }

    /// `concurrency` tasks scanning random tags for `seconds`, each scan timed.
    static func scans(_ store: PostgresStore, devices: Int, concurrency: Int, seconds: Int) async throws -> Result {
        let deadline = ContinuousClock.now + .seconds(seconds)
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var times: [Double] = []
                    times.reserveCapacity(100_000)
                    while ContinuousClock.now < deadline {
                        guard let tag = AssetTag(sequence: Int.random(in: 1...devices)) else { continue }
                        let start = ContinuousClock.now
                        _ = try await store.device(tag: tag)
                        let elapsed = ContinuousClock.now - start
                        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
                    }
                    return times
                }
            }
            return try await group.reduce(into: [Double]()) { $0 += $1 }.sorted()
        }
        return Result(perSecond: Double(latencies.count) / Double(seconds),
                      p50: latencies[latencies.count / 2], p99: latencies[min(latencies.count - 1, latencies.count * 99 / 100)])
    }

    /// pgbench's transactions per second for the same SELECT, prepared, at the same concurrency.
    static func pgbench(_ options: Options, address: PostgresAddress, transactionsPerClient: Int) throws -> Double {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-scan-\(getpid()).sql")
        let select = AppDatabase.deviceLookupSQL(where: "device.id = :id").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        try "\\set id random(1, :maxid)\n\(select);\n".write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [options.pgbench, "-n", "-M", "prepared", "-c", String(options.concurrency), "-j", "2",
                             "-t", String(transactionsPerClient), "-D", "maxid=\(options.devices)", "-f", script.path,
                             "-h", address.socketFolder ?? address.host ?? "localhost", "-p", String(address.port),
                             "-U", address.user, address.database]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("tps = ") }),
              let value = Double(line.dropFirst("tps = ".count).split(separator: " ").first ?? "") else {
            fatalError("pgbench gave no tps:\n\(text)")
        }
        return value
    }

    /// One lot of `devices` devices, written straight into the tables (10,000 per statement) when the
    /// database does not hold them already.
    static func fill(_ address: PostgresAddress, devices: Int) async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let configuration = PostgresConnection.Configuration(
            unixSocketPath: address.socketPath ?? "", username: address.user, password: address.password, database: address.database)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        var count = 0
        for try await value in try await connection.query("SELECT count(*) FROM device", logger: logger).decode(Int.self) { count = value }
        if count < devices {
            let started = Date()
            try await connection.query("INSERT INTO donor (name, createdAt) VALUES ('Bench', now()) ON CONFLICT DO NOTHING", logger: logger)
            try await connection.query("""
                INSERT INTO lot (code, year, number, donorId, receivedOn, createdAt)
                SELECT 'LOT-2026-9999', 2026, 9999, id, '2026-12-07', now() FROM donor WHERE name = 'Bench'
                ON CONFLICT DO NOTHING
                """, logger: logger)
            let brands = ["HP", "Lenovo", "Dell", "Apple", "Acer", "Asus", "Toshiba", "Fujitsu"]
            var sequence = count + 1
            while sequence <= devices {
                let upper = min(devices, sequence + 9_999)
                var ids: [Int64] = [], tags: [String] = [], serials: [String] = [], makers: [String] = []
                for id in sequence...upper {
                    guard let tag = AssetTag(sequence: id) else { continue }
                    ids.append(Int64(id)); tags.append(tag.text); serials.append("SN\(id)X"); makers.append(brands[id % brands.count])
                }
                try await connection.query("""
                    INSERT INTO device (id, assetTag, lotId, category, manufacturer, model, serial, serialKey, stage, version, createdAt, updatedAt)
                    SELECT t.id, t.tag, (SELECT id FROM lot WHERE code = 'LOT-2026-9999'), 'laptop', t.maker, 'Model', t.serial, t.serial,
                           'received', 1, now(), now()
                    FROM unnest(\(ids), \(tags), \(serials), \(makers)) AS t(id, tag, serial, maker)
                    """, logger: logger)
                sequence = upper + 1
            }
            try await connection.query("ANALYZE", logger: logger)
            print(String(format: "filled %d devices in %.0f s", devices - count, Date().timeIntervalSince(started)))
        }
        try await connection.close()
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
