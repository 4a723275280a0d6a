import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Moves a device to another stage, or refuses with every rule the move breaks.
    /// `expectedVersion` is the version the caller saw; a device changed since then is a conflict.
    public func move(_ tag: AssetTag, to stage: Stage, reason: String? = nil, expectedVersion: Int? = nil,
                     actor: Actor, at date: Date) throws -> Device {
        try change(tag, expectedVersion: expectedVersion, actor: actor, at: date) { device, facts in
            let broken = Lifecycle.brokenRules(from: device.stage, to: stage, facts: facts)
            guard broken.isEmpty else {
                throw StoreError.refused(LifecycleRefusal(from: device.stage, to: stage, rules: broken))
            }
            return ([DeviceRecord.Columns.stage.set(to: stage.rawValue)],
                    .moved(from: device.stage, to: stage, reason: reason.flatMap(Self.cleanedReason)))
        }
    }

    public func setGrade(_ tag: AssetTag, to grade: Grade, expectedVersion: Int? = nil,
                         actor: Actor, at date: Date) throws -> Device {
        try change(tag, expectedVersion: expectedVersion, actor: actor, at: date) { _, _ in
            ([DeviceRecord.Columns.grade.set(to: grade.rawValue)], .graded(grade))
        }
    }

    public func setPrice(_ tag: AssetTag, to price: Money, expectedVersion: Int? = nil,
                         actor: Actor, at date: Date) throws -> Device {
        try Self.checked(price.cents, .money, field: "priceCents")
        return try change(tag, expectedVersion: expectedVersion, actor: actor, at: date) { _, _ in
            ([DeviceRecord.Columns.priceCents.set(to: price.cents)], .priced(price))
        }
    }

    /// Records the storage devices a diagnostic report found (by serial key).
    public func recordDiagnostic(_ tag: AssetTag, storage: [String], actor: Actor, at date: Date) throws -> Device {
        try change(tag, expectedVersion: nil, actor: actor, at: date) { _, _ in
            ([], .diagnosticRecorded(storage: storage.map(SerialNumber.key(for:))))
        }
    }

    public func recordErasure(_ tag: AssetTag, storage: String, passed: Bool, certificate: String?,
                              actor: Actor, at date: Date) throws -> Device {
        try change(tag, expectedVersion: nil, actor: actor, at: date) { _, _ in
            ([], .erasureRecorded(storage: SerialNumber.key(for: storage), passed: passed, certificate: certificate))
        }
    }

    /// Records that a drive was taken out and physically destroyed, so that it needs no erasure.
    public func recordStorageDestroyed(_ tag: AssetTag, storage: String, note: String?,
                                       actor: Actor, at date: Date) throws -> Device {
        try change(tag, expectedVersion: nil, actor: actor, at: date) { _, _ in
            ([], .storageDestroyed(storage: SerialNumber.key(for: storage), note: note.flatMap(Self.cleanedReason)))
        }
    }

    /// Records where a removable medium found plugged into the device went (the workshop's stick, or returned
    /// or removed), with the reason. It must be one the report set apart, or a drive of a report recorded
    /// before media were set apart (the caller checks that the report calls it removable).
    public func setRemovableMedia(_ tag: AssetTag, storage: String, disposition: RemovableMediaDisposition, reason: String,
                                  actor: Actor, at date: Date) throws -> Device {
        guard let reason = Self.cleanedReason(reason) else { throw StoreError.invalidInput(Message("store.removableReasonMissing")) }
        let key = SerialNumber.key(for: storage)
        return try change(tag, expectedVersion: nil, actor: actor, at: date) { _, facts in
            guard facts.erasure.removableMedia.contains(key) || facts.erasure.storageFound.contains(key) else {
                throw StoreError.invalidInput(Message("store.removableUnknown", storage))
            }
            return ([], .removableMediaSet(storage: key, disposition: disposition, reason: reason))
        }
    }

    /// Records a person's confirmation that the device holds no storage at all.
    public func confirmNoStorage(_ tag: AssetTag, note: String?, actor: Actor, at date: Date) throws -> Device {
        try change(tag, expectedVersion: nil, actor: actor, at: date) { _, _ in
            ([], .noStorageConfirmed(note: note.flatMap(Self.cleanedReason)))
        }
    }

    /// The one path by which a device changes: in one transaction, read it and its facts, let `decide`
    /// refuse or describe the change, then update the row only if its version is still the one read,
    /// and append the events.
    func change(
        _ tag: AssetTag, expectedVersion: Int?, actor: Actor, at date: Date,
        decide: @Sendable (Device, LifecycleFacts) throws -> ([ColumnAssignment], Change)
    ) throws -> Device {
        try changeMany(tag, expectedVersion: expectedVersion, actor: actor, at: date) { device, facts in
            let (assignments, change) = try decide(device, facts)
            return (assignments, [change])
        }
    }

    func changeMany(
        _ tag: AssetTag, expectedVersion: Int?, payment: PaymentMethod = .unspecified, actor: Actor, at date: Date,
        decide: @Sendable (Device, LifecycleFacts) throws -> ([ColumnAssignment], [Change])
    ) throws -> Device {
        try changeMany(tag, expectedVersion: expectedVersion, payment: payment, actor: actor, at: date) { device, facts, _ in
            try decide(device, facts)
        }
    }

    /// The same path, for a decision that must also read other rows in the same transaction (a corrected
    /// serial is checked against every other device's). A sale among the changes appends its line to the
    /// sales journal in the same transaction (`payment`: how it was paid).
    func changeMany(
        _ tag: AssetTag, expectedVersion: Int?, payment: PaymentMethod = .unspecified, actor: Actor, at date: Date,
        decide: @Sendable (Device, LifecycleFacts, Database) throws -> ([ColumnAssignment], [Change])
    ) throws -> Device {
        try writer.write { db in
            try Self.changeMany(tag, expectedVersion: expectedVersion, payment: payment, actor: actor, at: date, in: db, decide: decide)
        }
    }

    /// The same path inside a write transaction the caller holds (a claim settled by a replacement
    /// changes two devices at once). `journaled: false` is for a device handed back to its buyer after a
    /// claim: it was sold already and is not sold again, so its move back to sold is not a sale.
    static func changeMany(
        _ tag: AssetTag, expectedVersion: Int?, payment: PaymentMethod, journaled: Bool = true, actor: Actor, at date: Date,
        in db: Database, decide: (Device, LifecycleFacts, Database) throws -> ([ColumnAssignment], [Change])
    ) throws -> Device {
        guard let device = try Self.device(tag: tag, in: db) else {
            throw StoreError.deviceNotFound(tag.text)
        }
        let version = expectedVersion ?? device.version
        guard version == device.version else {
            throw StoreError.versionConflict(current: device, expected: version)
        }
        let history = try Self.events(of: tag, in: db).map(\.change)
        let (assignments, changes) = try decide(device, EventReplay.facts(after: history), db)
        try checkPublicDonorRules(changes, of: device, in: db)
        // Inside one write transaction nobody can slip in between the read and the update; the
        // version in apply's WHERE clause keeps that true should this ever run outside one.
        let changed = try Self.apply(assignments, changes: changes, to: device, actor: actor, at: date, in: db)
        if journaled { try Self.journal(changes, of: changed, payment: payment, actor: actor, at: date, in: db) }
        return changed
    }

    /// A public donor's device (loi 3DS) is priced and sold at most at its legal cap (`PublicDonorPriceCap`),
    /// and sold only in a solidarity sale, to a person or association a partner referred: checked here, on
    /// the one path every price and every sale takes, whichever route asked.
    static func checkPublicDonorRules(_ changes: [Change], of device: Device, in db: Database) throws {
        // Only a price or a sale is ruled on: any other change skips reading the lot.
        guard changes.contains(where: Self.setsAPrice) else { return }
        let donorType = try String.fetchOne(db, LotRecord.filter(LotRecord.Columns.code == device.lotCode.text)
                                                .select(Column("donorType"))).flatMap(DonorType.init(rawValue:))
        try checkPublicDonorRules(changes, of: device, donorType: donorType)
    }

    package static func setsAPrice(_ change: Change) -> Bool {
        switch change {
        case .priced, .sold: true
        default: false
        }
    }

    /// The same rules once the lot's donor type is known, whichever engine read it.
    package static func checkPublicDonorRules(_ changes: [Change], of device: Device, donorType: DonorType?) throws {
        guard donorType == .publicBody else { return }
        var prices: [Money] = []
        var publicSale = false
        for change in changes {
            switch change {
            case .priced(let price): prices.append(price)
            case .sold(let price, let kind, _):
                prices.append(price)
                publicSale = publicSale || kind == .public
            default: break
            }
        }
        if publicSale { throw StoreError.invalidInput(Message("publicDonor.publicSaleRefused")) }
        if let cap = PublicDonorPriceCap.cap(for: device.category), let highest = prices.max(by: { $0.cents < $1.cents }),
           !cap.allows(highest) {
            throw StoreError.invalidInput(cap.refusal(of: highest))
        }
    }

    package static func cleanedReason(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: trimmed.unicodeScalars.filter { $0.properties.generalCategory != .control }.prefix(500))
        return String(kept)
    }
}
