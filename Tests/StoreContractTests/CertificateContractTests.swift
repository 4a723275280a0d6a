import Foundation
import RefurbCore
import RefurbStore
import Testing

/// Hardware reports and erasure certificates, as the benches send them: the same promises on every engine.
@Suite("The certificate and report contract, on each engine")
struct CertificateContractTests {
    static let bench = Actor(user: "bench", station: "bench-1")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    /// Each engine's store seen through both boundaries a case needs, with one lot open.
    func withBench(_ engine: StoreEngine, _ body: (any InventoryStore & BenchRecordStore, LotCode) async throws -> Void) async throws {
        try await engine.withStore { store in
            let bench = try #require(store as? any InventoryStore & BenchRecordStore)
            let lot = try await bench.openLot(try LotInput(donorName: "Entreprise Durand"), receivedOn: "2026-12-07",
                                              actor: Self.bench, at: Self.now)
            try await body(bench, lot.code)
        }
    }

    static func report(_ text: String, serial: String?, manufacturer: String? = nil, model: String? = nil,
                       drives: [String], removable: [String] = []) -> IncomingReport {
        let body = Data(text.utf8)
        return IncomingReport(body: body, sha256: "sha-\(text)", systemSerial: serial, manufacturer: manufacturer, model: model,
                              storageSerials: drives, removableSerials: removable)
    }

    static func certificate(_ id: String, drive: String, assetTag: String? = nil, passed: Bool = true) -> IncomingCertificate {
        IncomingCertificate(id: id, assetTag: assetTag, driveSerial: drive, passed: passed, keyId: "key-1", body: Data("{\"id\":\"\(id)\"}".utf8))
    }

    @Test("a report is recorded once: sent again it is a replay that adds nothing, and the latest is read back", arguments: StoreEngine.available)
    func reportsAreIdempotent(engine: StoreEngine) async throws {
        try await withBench(engine) { store, lot in
            let device = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "5CG7301XYZ"),
                                                actor: Self.bench, at: Self.now)
            let report = Self.report("first", serial: "5cg7301xyz", drives: ["WD-1"], removable: ["4c530001"])
            let receipt = try await store.recordReport(report, for: device.assetTag, actor: Self.bench, at: Self.now)
            #expect(!receipt.replayed)
            #expect(receipt.serialCheck == .matched)
            #expect(receipt.device.version == device.version + 1)
            let again = try await store.recordReport(report, for: device.assetTag, actor: Self.bench, at: Self.now)
            #expect(again.replayed)
            #expect(again.reportId == receipt.reportId)
            #expect(again.serialCheck == .matched)
            #expect(again.device == receipt.device)
            #expect(try await store.history(of: device.assetTag).map(\.change).dropFirst()
                    == [.diagnosticRecorded(storage: ["WD-1"]), .removableMediaFound(storage: ["4C530001"])])
            #expect(try await store.latestReport(of: device.assetTag) == Data("first".utf8))
            _ = try await store.recordReport(Self.report("second", serial: nil, drives: ["WD-1"]), for: device.assetTag,
                                             actor: Self.bench, at: Self.now)
            #expect(try await store.latestReport(of: device.assetTag) == Data("second".utf8))
            let unknown = try #require(AssetTag(sequence: 999))
            #expect(try await store.latestReport(of: unknown) == nil)
            await #expect(throws: StoreError.deviceNotFound(unknown.text)) {
                try await store.recordReport(report, for: unknown, actor: Self.bench, at: Self.now)
            }
        }
    }

    @Test("a report gives a device taken in without a serial its serial, maker and model; one with another device's serial, or not the intake's, is refused", arguments: StoreEngine.available)
    func reportSerials(engine: StoreEngine) async throws {
        try await withBench(engine) { store, lot in
            let known = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "PF1ABCDE"),
                                               actor: Self.bench, at: Self.now)
            let blank = try await store.intake(try IntakeInput(lot: lot.text, category: "desktop"), actor: Self.bench, at: Self.now)

            await #expect(throws: StoreError.conflict(Message("store.serialOnAnotherDevice", "PF1ABCDE", known.assetTag.text, blank.assetTag.text))) {
                try await store.recordReport(Self.report("stolen", serial: "PF1ABCDE", drives: []), for: blank.assetTag,
                                             actor: Self.bench, at: Self.now)
            }
            await #expect(throws: StoreError.conflict(Message("store.reportSerialMismatch", "OTHER123", known.assetTag.text, "PF1ABCDE"))) {
                try await store.recordReport(Self.report("mismatch", serial: "OTHER123", drives: []), for: known.assetTag,
                                             actor: Self.bench, at: Self.now)
            }
            #expect(try await store.latestReport(of: blank.assetTag) == nil)
            #expect(try await store.latestReport(of: known.assetTag) == nil)
            #expect(try await store.device(tag: known.assetTag) == known)

            let linked = try await store.recordReport(Self.report("linked", serial: " mj0 4321 ", manufacturer: "Lenovo",
                                                                  model: "ThinkCentre M720q", drives: ["S3Z9NB0K"]),
                                                      for: blank.assetTag, actor: Self.bench, at: Self.now)
            #expect(linked.serialCheck == .linked)
            #expect(linked.device.serial?.text == "mj0 4321")
            #expect(linked.device.manufacturer == "Lenovo")
            #expect(linked.device.model == "ThinkCentre M720q")
            #expect(try await store.device(serial: "MJ04321") == linked.device)
            #expect(try await store.history(of: blank.assetTag).map(\.change).dropFirst() == [
                .corrected(field: "serial", from: nil, to: "mj0 4321"),
                .corrected(field: "manufacturer", from: nil, to: "Lenovo"),
                .corrected(field: "model", from: nil, to: "ThinkCentre M720q"),
                .diagnosticRecorded(storage: ["S3Z9NB0K"]),
            ])
            let placeholder = try await store.recordReport(Self.report("placeholder", serial: "  ", drives: []), for: known.assetTag,
                                                           actor: Self.bench, at: Self.now)
            #expect(placeholder.serialCheck == .notInReport)
        }
    }

    @Test("a certificate sent twice is kept once; one for a drive the report does not list, or already recorded for another device, is refused", arguments: StoreEngine.available)
    func certificates(engine: StoreEngine) async throws {
        try await withBench(engine) { store, lot in
            let device = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "5CG7301XYZ"),
                                                actor: Self.bench, at: Self.now)
            let other = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop"), actor: Self.bench, at: Self.now)
            _ = try await store.recordReport(Self.report("r", serial: "5CG7301XYZ", drives: ["wd-1"]), for: device.assetTag,
                                             actor: Self.bench, at: Self.now)

            let certificate = Self.certificate("cert-1", drive: "wd-1", assetTag: device.assetTag.text)
            let (recorded, replayed) = try await store.recordCertificate(certificate, for: device.assetTag, actor: Self.bench, at: Self.now)
            #expect(!replayed)
            #expect(try await store.history(of: device.assetTag).last?.change
                    == .erasureRecorded(storage: "WD-1", passed: true, certificate: "cert-1"))
            let (again, replayedAgain) = try await store.recordCertificate(certificate, for: device.assetTag,
                                                                           actor: Self.bench, at: Self.now.addingTimeInterval(60))
            #expect(replayedAgain)
            #expect(again == recorded)
            let kept = try await store.certificates(of: device.assetTag)
            #expect(kept == [CertificateSummary(id: "cert-1", storage: "WD-1", passed: true, keyId: "key-1", receivedAt: Self.now)])
            let file = try #require(try await store.certificate(id: "cert-1"))
            #expect(file.assetTag == device.assetTag.text)
            #expect(file.body == certificate.body)
            #expect(try await store.certificate(id: "cert-unknown") == nil)

            await #expect(throws: StoreError.conflict(Message("store.driveNotInReport", "WD-2", device.assetTag.text, "WD-1"))) {
                try await store.recordCertificate(Self.certificate("cert-2", drive: "WD-2"), for: device.assetTag, actor: Self.bench, at: Self.now)
            }
            await #expect(throws: StoreError.conflict(Message("store.certificateAlreadyRecorded", "cert-1", device.assetTag.text))) {
                try await store.recordCertificate(Self.certificate("cert-1", drive: "wd-1"), for: other.assetTag, actor: Self.bench, at: Self.now)
            }
            await #expect(throws: StoreError.conflict(Message("store.certificateForAnotherDevice", "cert-3", device.assetTag.text, other.assetTag.text))) {
                try await store.recordCertificate(Self.certificate("cert-3", drive: "X-1", assetTag: device.assetTag.text), for: other.assetTag,
                                                  actor: Self.bench, at: Self.now)
            }
            await #expect(throws: StoreError.invalidInput(Message("store.certificateWithoutSerial", "cert-4"))) {
                try await store.recordCertificate(Self.certificate("cert-4", drive: " "), for: other.assetTag, actor: Self.bench, at: Self.now)
            }
            #expect(try await store.certificates(of: device.assetTag).count == 1)
            #expect(try await store.certificates(of: other.assetTag).isEmpty)
            #expect(try await store.certificate(id: "cert-2") == nil)
            #expect(try await store.device(tag: device.assetTag) == recorded)
        }
    }

    @Test("a report or a certificate sent several times at once (a station retrying) is recorded once; the same certificate for two devices at once goes to one",
          arguments: StoreEngine.available)
    func concurrentSends(engine: StoreEngine) async throws {
        try await withBench(engine) { store, lot in
            let device = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop"), actor: Self.bench, at: Self.now)
            let other = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop"), actor: Self.bench, at: Self.now)
            let report = Self.report("r", serial: "MJ0ABCD", drives: ["WD-1"])
            let reports = try await withThrowingTaskGroup(of: ReportReceipt.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await store.recordReport(report, for: device.assetTag, actor: Self.bench, at: Self.now) }
                }
                return try await group.reduce(into: [ReportReceipt]()) { $0.append($1) }
            }
            #expect(reports.filter { !$0.replayed }.count == 1)
            #expect(Set(reports.map(\.reportId)).count == 1)
            let certificate = Self.certificate("cert-1", drive: "WD-1")
            let replays = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await store.recordCertificate(certificate, for: device.assetTag, actor: Self.bench, at: Self.now).replayed }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(replays.filter { !$0 }.count == 1)
            #expect(try await store.certificates(of: device.assetTag).count == 1)
            #expect(try await store.history(of: device.assetTag).map(\.change).dropFirst() == [
                .corrected(field: "serial", from: nil, to: "MJ0ABCD"),
                .diagnosticRecorded(storage: ["WD-1"]),
                .erasureRecorded(storage: "WD-1", passed: true, certificate: "cert-1"),
            ])

            // A drive both may hold: the first device's report lists it, the other has no report yet.
            let shared = Self.certificate("cert-2", drive: "WD-1")
            let outcomes = await withTaskGroup(of: String?.self) { group in
                for tag in [device.assetTag, other.assetTag, device.assetTag, other.assetTag] {
                    group.addTask {
                        (try? await store.recordCertificate(shared, for: tag, actor: Self.bench, at: Self.now))?.device.assetTag.text
                    }
                }
                return await group.reduce(into: [String?]()) { $0.append($1) }
            }
            let winners = Set(outcomes.compactMap { $0 })
            #expect(winners.count == 1)
            let winner = try #require(winners.first)
            #expect(try await store.certificate(id: "cert-2")?.assetTag == winner)
            #expect(try await store.certificates(of: device.assetTag).count + store.certificates(of: other.assetTag).count == 2)
        }
    }

    @Test("a drive destroyed, a device without storage, or a stick said to be the workshop's stands in for a certificate; a stick the report did not find, or no reason, is refused",
          arguments: StoreEngine.available)
    func storageWithoutCertificate(engine: StoreEngine) async throws {
        try await withBench(engine) { store, lot in
            let device = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop"), actor: Self.bench, at: Self.now)
            _ = try await store.recordReport(Self.report("r", serial: nil, drives: ["WD-1", "sd-2"], removable: ["4c530001"]),
                                             for: device.assetTag, actor: Self.bench, at: Self.now)
            await #expect(throws: StoreError.invalidInput(Message("store.removableUnknown", "OTHER"))) {
                try await store.setRemovableMedia(device.assetTag, storage: "OTHER", disposition: .workshopStick, reason: "banc 2",
                                                  actor: Self.bench, at: Self.now)
            }
            await #expect(throws: StoreError.invalidInput(Message("store.removableReasonMissing"))) {
                try await store.setRemovableMedia(device.assetTag, storage: "4C530001", disposition: .workshopStick, reason: "  ",
                                                  actor: Self.bench, at: Self.now)
            }
            let stick = try await store.setRemovableMedia(device.assetTag, storage: "4c530001", disposition: .workshopStick,
                                                          reason: "clé du banc 2", actor: Self.bench, at: Self.now)
            _ = try await store.recordCertificate(Self.certificate("c-1", drive: "WD-1"), for: device.assetTag, actor: Self.bench, at: Self.now)
            await #expect(throws: StoreError.self) {
                try await store.move(device.assetTag, to: .recycled, reason: nil, expectedVersion: nil, actor: Self.bench, at: Self.now)
            }
            let destroyed = try await store.recordStorageDestroyed(device.assetTag, storage: "SD-2", note: " percée ", actor: Self.bench, at: Self.now)
            #expect(destroyed.version == stick.version + 2)
            #expect(try await store.move(device.assetTag, to: .recycled, reason: nil, expectedVersion: nil, actor: Self.bench,
                                         at: Self.now).stage == .recycled)
            #expect(try await store.history(of: device.assetTag).map(\.change).suffix(4) == [
                .removableMediaSet(storage: "4C530001", disposition: .workshopStick, reason: "clé du banc 2"),
                .erasureRecorded(storage: "WD-1", passed: true, certificate: "c-1"),
                .storageDestroyed(storage: "SD-2", note: "percée"),
                .moved(from: .received, to: .recycled, reason: nil),
            ])

            let empty = try await store.intake(try IntakeInput(lot: lot.text, category: "monitor"), actor: Self.bench, at: Self.now)
            let confirmed = try await store.confirmNoStorage(empty.assetTag, note: nil, actor: Self.bench, at: Self.now)
            #expect(confirmed.version == empty.version + 1)
            #expect(try await store.history(of: empty.assetTag).last?.change == .noStorageConfirmed(note: nil))
            let unknown = try #require(AssetTag(sequence: 999))
            await #expect(throws: StoreError.deviceNotFound(unknown.text)) {
                try await store.confirmNoStorage(unknown, note: nil, actor: Self.bench, at: Self.now)
            }
        }
    }

    @Test("an erased device may leave the workshop, and a report sent after it has left is refused", arguments: StoreEngine.available)
    func reportAfterLeaving(engine: StoreEngine) async throws {
        try await withBench(engine) { store, lot in
            let device = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop"), actor: Self.bench, at: Self.now)
            _ = try await store.recordReport(Self.report("r", serial: nil, drives: ["WD-1"]), for: device.assetTag,
                                             actor: Self.bench, at: Self.now)
            await #expect(throws: StoreError.self) {
                try await store.move(device.assetTag, to: .recycled, reason: nil, expectedVersion: nil, actor: Self.bench, at: Self.now)
            }
            _ = try await store.recordCertificate(Self.certificate("c-1", drive: "WD-1"), for: device.assetTag, actor: Self.bench, at: Self.now)
            let recycled = try await store.move(device.assetTag, to: .recycled, reason: nil, expectedVersion: nil, actor: Self.bench, at: Self.now)
            #expect(recycled.stage == .recycled)
            await #expect(throws: StoreError.conflict(Message("store.reportAfterLeaving", device.assetTag.text, "recycled"))) {
                try await store.recordReport(Self.report("late", serial: nil, drives: ["WD-1"]), for: device.assetTag,
                                             actor: Self.bench, at: Self.now)
            }
        }
    }
}
