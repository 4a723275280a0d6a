import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// The bench's repair note and the shop's grade-and-price, and the failures the service answers in words,
/// on PostgreSQL: what `ServiceStore` asks beyond the aggregates' other adapters.
extension PostgresStore: ServiceStore {
    public func logRepair(_ tag: AssetTag, note: String, partsCents: Int?, actor: Actor, at date: Date) async throws -> Device {
        let repair = try AppDatabase.repairLogged(note: note, partsCents: partsCents)
        return try await change(tag, expectedVersion: nil, actor: actor, at: date) { device, _ in
            try AppDatabase.checkStillInWorkshop(device)
            return (.none, repair)
        }
    }

    public func setGradeAndPrice(_ tag: AssetTag, grade: Grade, price: Money, expectedVersion: Int?,
                                 actor: Actor, at date: Date) async throws -> Device {
        try AppDatabase.checked(price.cents, .money, field: "priceCents")
        return try await transaction { connection in
            try await Self.change(tag, expectedVersion: expectedVersion, actor: actor, at: date, on: connection, logger: logger) { device, _ in
                try AppDatabase.checkStillInWorkshop(device)
                return ([.grade(grade), .price(price)], [.graded(grade), .priced(price)])
            }
        }
    }

    /// Lock and serialization failures, and a server refusing connections for now: rolled back, worth
    /// trying again in a moment (PostgreSQL's SQLSTATEs 55P03, 40001, 40P01, 53300, 57P03).
    public func isBusy(_ error: any Error) -> Bool {
        guard let state = Self.serverState(of: error) else { return false }
        return ["55P03", "40001", "40P01", "53300", "57P03"].contains(state)
    }

    /// The server's "disk full" (SQLSTATE 53100), or a file the service wrote meeting ENOSPC.
    public func isDiskFull(_ error: any Error) -> Bool {
        Self.serverState(of: error) == "53100" || AppDatabase.isFileWriteOutOfSpace(error)
    }

    /// The SQLSTATE behind `error`, looking inside a transaction's wrapper (a failed BEGIN or COMMIT).
    private static func serverState(of error: any Error) -> String? {
        if let wrapped = error as? PostgresTransactionError {
            return [wrapped.beginError, wrapped.closureError, wrapped.commitError].lazy.compactMap { $0.flatMap(serverState) }.first
        }
        return sqlState(of: error)
    }
}
