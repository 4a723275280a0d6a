import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

extension PostgresStore {
    public func move(_ tag: AssetTag, to stage: Stage, reason: String?, expectedVersion: Int?,
                     actor: Actor, at date: Date) async throws -> Device {
        try await change(tag, expectedVersion: expectedVersion, actor: actor, at: date) { device, facts in
            let broken = Lifecycle.brokenRules(from: device.stage, to: stage, facts: facts)
            guard broken.isEmpty else {
                throw StoreError.refused(LifecycleRefusal(from: device.stage, to: stage, rules: broken))
            }
            return (.stage(stage), .moved(from: device.stage, to: stage, reason: reason.flatMap(AppDatabase.cleanedReason)))
        }
    }

    public func setGrade(_ tag: AssetTag, to grade: Grade, expectedVersion: Int?, actor: Actor, at date: Date) async throws -> Device {
        try await change(tag, expectedVersion: expectedVersion, actor: actor, at: date) { _, _ in
            (.grade(grade), .graded(grade))
        }
    }

    public func setPrice(_ tag: AssetTag, to price: Money, expectedVersion: Int?, actor: Actor, at date: Date) async throws -> Device {
        try AppDatabase.checked(price.cents, .money, field: "priceCents")
        return try await change(tag, expectedVersion: expectedVersion, actor: actor, at: date) { _, _ in
            (.price(price), .priced(price))
        }
    }

    /// A column a change sets, besides the version and the time every change sets.
    enum Assignment: Sendable {
        case none, stage(Stage), grade(Grade), price(Money)
        /// A serial linked from a hardware report, for a device taken in without one (its key too).
        case serial(SerialNumber)
        case manufacturer(String), model(String)
    }

    /// The one path by which a device changes, as `AppDatabase.change` on SQLite: in one transaction, lock
    /// the device's row, check the version the caller saw, let `decide` refuse or describe the change from
    /// the device and the facts its history gives, then update the row and append the event. The row lock
    /// stands in for SQLite's single writer: a second process changing the same device waits, then sees
    /// the new version and is refused.
    /// A move to sold made here (`POST /api/devices/{tag}/moves`) is a sale: its journal entry and receipt are
    /// appended in the same transaction, as SQLite's change path does.
    func change(_ tag: AssetTag, expectedVersion: Int?, actor: Actor, at date: Date,
                decide: @escaping @Sendable (Device, LifecycleFacts) throws -> (Assignment, Change)) async throws -> Device {
        try await transaction { connection in
            var made: [Change] = []
            let changed = try await Self.change(tag, expectedVersion: expectedVersion, actor: actor, at: date, on: connection,
                                                logger: logger) { device, facts in
                let (assignment, change) = try decide(device, facts)
                made = [change]
                return ([assignment], made)
            }
            try await Self.journal(made, of: changed, payment: .unspecified, actor: actor, at: date, on: connection, logger: logger)
            return changed
        }
    }

    /// The same path inside a transaction the caller holds, for an operation that also writes other rows
    /// (a hardware report, a certificate) or makes several changes at once, as `AppDatabase.changeMany`.
    static func change(_ tag: AssetTag, expectedVersion: Int?, actor: Actor, at date: Date,
                       on connection: PostgresConnection, logger: Logger,
                       decide: (Device, LifecycleFacts) throws -> ([Assignment], [Change])) async throws -> Device {
        let id = Int64(tag.sequence)
        guard let device = try await device(where: "device.id = $1", bind: id, on: connection, logger: logger,
                                            forUpdate: true) else {
            throw StoreError.deviceNotFound(tag.text)
        }
        let version = expectedVersion ?? device.version
        guard version == device.version else { throw StoreError.versionConflict(current: device, expected: version) }
        guard device.version < Int.max else { throw StoreError.corruptRow(table: "device", id: id) }
        let history = try await events(where: "deviceId = $1", bind: id, on: connection, logger: logger)
        let (assignments, changes) = try decide(device, EventReplay.facts(after: history.map(\.change)))
        if changes.contains(where: AppDatabase.setsAPrice) {
            var donorType: String?
            for try await value in try await connection.query(
                "SELECT donorType FROM lot WHERE code = \(device.lotCode.text)", logger: logger).decode(String?.self) {
                donorType = value
            }
            try AppDatabase.checkPublicDonorRules(changes, of: device, donorType: donorType.flatMap(DonorType.init(rawValue:)))
        }
        var bindings = PostgresBindings()
        var columns: [String] = []
        func set(_ column: String, _ value: some PostgresEncodable) throws {
            try bindings.append(value)
            columns.append("\(column) = $\(bindings.count)")
        }
        try set("version", Int64(device.version + 1))
        try set("updatedAt", date)
        for assignment in assignments {
            switch assignment {
            case .none: break
            case .stage(let stage): try set("stage", stage.rawValue)
            case .grade(let grade): try set("grade", grade.rawValue)
            case .price(let price): try set("priceCents", Int64(price.cents))
            case .serial(let serial):
                try set("serial", serial.text)
                try set("serialKey", serial.key)
            case .manufacturer(let manufacturer): try set("manufacturer", manufacturer)
            case .model(let model): try set("model", model)
            }
        }
        try bindings.append(id)
        try await connection.query(PostgresQuery(unsafeSQL: "UPDATE device SET \(columns.joined(separator: ", ")) WHERE id = $\(bindings.count)",
                                                 binds: bindings), logger: logger)
        try await append(changes, deviceId: id, lotId: nil, actor: actor, at: date, on: connection, logger: logger)
        guard let changed = try await Self.device(where: "device.id = $1", bind: id, on: connection, logger: logger) else {
            throw StoreError.deviceNotFound(tag.text)
        }
        return changed
    }
}
