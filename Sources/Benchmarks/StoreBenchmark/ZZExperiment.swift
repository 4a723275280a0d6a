// TEMPORARY (api benchmark investigation) — to be removed.
import Foundation
import GRDB
import RefurbCore
import RefurbStore

enum ZZExperiment {
    static func run(path: String, tokenHash: String, tag: String, serial: String, lot: String) throws {
        let database = try AppDatabase.open(path: path)
        let reader = database.reader
        let n = 20_000
        func time(_ label: String, _ work: () throws -> Void) rethrows {
            for _ in 0..<500 { try work() }
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<n { try work() }
            let us = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(n) / 1000
            print(String(format: "%-58@ %8.1f µs", label as NSString, us))
        }
        let assetTag = try AssetTag(parsing: tag)
        try time("empty reader.read {}") { try reader.read { _ in } }
        try time("store credential(tokenSecretHash:)") { precondition(try database.credential(tokenSecretHash: tokenHash) != nil) }
        try time("raw cached token+account join") {
            try reader.read { db in
                let statement = try db.cachedStatement(sql: """
                    SELECT t.id, t.name, t.station, t.revokedAt, a.id, a.username, a.roles, a.disabledAt
                    FROM apiToken t JOIN account a ON a.id = t.accountId WHERE t.secretHash = ?
                    """)
                guard let row = try Row.fetchOne(statement, arguments: [tokenHash]) else { fatalError() }
                let roles: String = row[6]
                precondition(try !Role.parseList(roles).isEmpty)
            }
        }
        try time("store device(tag:)") { precondition(try database.device(tag: assetTag) != nil) }
        try time("raw cached device+lot by id") {
            try reader.read { db in
                let statement = try db.cachedStatement(sql: "SELECT device.*, lot.code FROM device JOIN lot ON lot.id = device.lotId WHERE device.id = ?")
                guard let row = try Row.fetchOne(statement, arguments: [assetTag.sequence]) else { fatalError() }
                _ = row[1] as String
            }
        }
        try time("store device(serial:)") { precondition(try database.device(serial: serial) != nil) }
        try time("raw cached device+lot by serialKey") {
            try reader.read { db in
                let statement = try db.cachedStatement(sql: "SELECT device.*, lot.code FROM device JOIN lot ON lot.id = device.lotId WHERE device.serialKey = ?")
                guard let row = try Row.fetchOne(statement, arguments: [SerialNumber.key(for: serial)]) else { fatalError() }
                _ = row[1] as String
            }
        }
        try time("store resolve(scan: tag)") { _ = try database.resolve(scan: tag) }
        try time("store resolve(scan: serial)") { _ = try database.resolve(scan: serial) }
        let bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        time("hex of a SHA-256 with String(format:) (SecretToken.hash)") { _ = bytes.map { String(format: "%02x", $0) }.joined() }
        let lotCode = try LotCode(parsing: lot)
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try database.lot(code: lotCode)
            print("store lot(code:) (counts its devices): \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000) µs")
        }
    }
}
