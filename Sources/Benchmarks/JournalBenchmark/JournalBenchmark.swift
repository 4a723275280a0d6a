import Crypto
import Foundation
import GRDB
import RefurbCore
import RefurbStore

/// Verifying the sales journal against `sha256sum` over the same bytes: fills a fresh database with
/// N chained sales (closed every 10,000 entries, each closure signed), writes the bytes the verifier
/// hashes (each entry's previous hash and canonical encoding) to a file, then times, in interleaved
/// rounds, `verifyJournal` (the whole chain from SQLite, and every closure with its signature) and
/// `sha256sum` over that file. Medians; the speed ratio is sha256sum's time over the verifier's.
/// Usage: refurb-bench-journal [--entries N] [--rounds R]
@main
struct JournalBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        let count = arguments.firstIndex(of: "--entries").flatMap { Int(arguments[$0 + 1]) } ?? 1_000_000
        let rounds = arguments.firstIndex(of: "--rounds").flatMap { Int(arguments[$0 + 1]) } ?? 5
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-bench-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("Refurb sales journal benchmark: \(count) entries, \(rounds) rounds")

        let path = folder.appendingPathComponent("journal.sqlite").path
        let bytesPath = folder.appendingPathComponent("hashed-bytes.bin").path
        let database = try AppDatabase.open(path: path)
        let signer = JournalSigner(privateKeyRaw: Curve25519.Signing.PrivateKey().rawRepresentation)!
        let seeded = Date()
        let hashedBytes = try fill(database, path: path, count: count, signer: signer, bytesPath: bytesPath)
        print(String(format: "filled in %.1f s; %.1f MB hashed by the verifier, database %.1f MB",
                     Date().timeIntervalSince(seeded), Double(hashedBytes) / 1e6, Double(fileSize(path)) / 1e6))

        // A first pass of each warms the page cache, so that both then read from memory.
        let check = try database.verifyJournal(publicKey: signer.publicKey)
        guard check.isIntact, check.entriesChecked == count else {
            print("the seeded journal does not verify: \(check.problems)")
            exit(1)
        }
        _ = try sha256sum(bytesPath)
        var verifyTimes: [Double] = []
        var shaTimes: [Double] = []
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try database.verifyJournal(publicKey: signer.publicKey)
            verifyTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            shaTimes.append(try sha256sum(bytesPath))
        }
        let verify = median(verifyTimes)
        let sha = median(shaTimes)
        let ratio = sha / verify
        func row(_ name: String, _ time: String, _ rate: String) { print(name.padding(toLength: 30, withPad: " ", startingAt: 0) + time.padding(toLength: 14, withPad: " ", startingAt: 0) + rate) }
        row("measure", "median (s)", "MB/s")
        row("refurb journal verify", String(format: "%.3f", verify), String(format: "%.0f", Double(hashedBytes) / 1e6 / verify))
        row("sha256sum (same bytes)", String(format: "%.3f", sha), String(format: "%.0f", Double(hashedBytes) / 1e6 / sha))
        print(String(format: "speed ratio verify / sha256sum: %.2f×  (target ≥ 0.5×: %@)", ratio,
                     (ratio >= 0.5 ? "met" : "MISSED") as NSString))
        print("rounds (verify, sha256sum): " + zip(verifyTimes, shaTimes).map { String(format: "%.3f/%.3f", $0, $1) }.joined(separator: " "))
    }

    /// Writes the chained entries straight into the journal's table, as the store's sales do, closing
    /// every 10,000 entries through the store; returns the number of bytes the verifier hashes.
    static func fill(_ database: AppDatabase, path: String, count: Int, signer: JournalSigner, bytesPath: String) throws -> Int {
        FileManager.default.createFile(atPath: bytesPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: bytesPath))
        defer { try? output.close() }
        let queue = try DatabaseQueue(path: path, configuration: AppDatabase.makeConfiguration())
        let actor = Actor(user: "camille", station: "shop-1")
        let payments: [PaymentMethod] = [.cash, .card, .cheque, .transfer, .unspecified]
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        var previous = JournalHash.genesis
        var encoding = JournalEncoding(capacity: 512)
        var total = 0
        var sequence: Int64 = 0
        let batch = 10_000
        while sequence < count {
            var buffer: [UInt8] = []
            try queue.write { db in
                let insert = try db.makeStatement(sql: """
                    INSERT INTO journalEntry (sequence, kind, occurredAt, assetTag, amountCents, paymentMethod, saleKind,
                                              partner, refersTo, actorUser, actorStation, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for _ in 0..<min(batch, count - Int(sequence)) {
                    sequence += 1
                    let solidarity = sequence % 4 == 0
                    let entry = JournalEntry(
                        sequence: sequence, kind: .sale, occurredAt: start.addingTimeInterval(Double(sequence) * 30),
                        assetTag: String(format: "R%06dX", sequence % 1_000_000), amountCents: 4_900 + sequence % 20_000,
                        payment: payments[Int(sequence) % payments.count], saleKind: solidarity ? .solidarity : .public,
                        partner: solidarity ? "CCAS de Rennes" : nil, refersTo: nil, actor: actor)
                    entry.encode(into: &encoding)
                    buffer.append(contentsOf: previous.bytes)
                    buffer.append(contentsOf: encoding.bytes)
                    total += 32 + encoding.bytes.count
                    previous = JournalChain.link(previous: previous, encoding: encoding.bytes)
                    try insert.execute(arguments: [
                        entry.sequence, entry.kind.rawValue, entry.occurredAtMilliseconds, entry.assetTag, entry.amountCents,
                        entry.payment.rawValue, entry.saleKind.rawValue, entry.partner, entry.refersTo, actor.user,
                        actor.station, Data(previous.bytes),
                    ])
                }
            }
            output.write(Data(buffer))
            _ = try database.closeJournal(day: "2026-11-28", signer: signer, actor: actor, at: Date())
        }
        try queue.close()
        return total
    }

    /// Wall time of `sha256sum FILE`.
    static func sha256sum(_ file: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file]
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }
}
