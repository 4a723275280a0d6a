import Foundation
import RefurbCore
import RefurbStore
import Synchronization
import Testing

/// The real `refurb serve` process on 127.0.0.1, driven over HTTP.
@Suite("The service as a process", .serialized)
struct ServerProcessTests {
    @Test("a device's whole life over HTTP, with ready refused while a drive is unerased")
    func wholeLife() async throws {
        let folder = try TemporaryFolder()
        let server = try ServerProcess(databasePath: folder.path + "/refurb.sqlite")
        defer { server.stop() }
        try await Self.wholeLife(on: server)
    }

    /// A device's life from the first admin's sign-in to its sale, on whichever engine `server` runs
    /// (`PostgresServiceProcessTests` plays it on PostgreSQL). Returns the device's asset tag.
    @discardableResult
    static func wholeLife(on server: ServerProcess) async throws -> String {
        let admin = try await HTTPClient.admin(of: server)
        let intake = try await admin.client(for: "dominique", roles: ["intake"])
        let technician = try await admin.client(for: "camille", roles: ["technician"])
        let shop = try await admin.client(for: "sacha", roles: ["shop"])
        let certificates = CertificateFactory()
        #expect(try await admin.send("POST", "/api/station-keys", json: DeviceLifeRouteTests.json(["name": "banc-1", "publicKey": certificates.publicKeyPEM])).status == 201)

        let lot = try await intake.send("POST", "/api/lots", json: #"{"donor":"Entreprise Dupont"}"#)
        #expect(lot.status == 201)
        let code = try #require(lot.json["code"] as? String)
        let serial = LaptopReport.systemSerial ?? "NO-SERIAL"
        let device = try await intake.send("POST", "/api/devices", json: #"{"lot":"\#(code)","category":"laptop","serial":"\#(serial)"}"#)
        #expect(device.status == 201)
        let tag = try #require(device.json["assetTag"] as? String)
        // The intake desk scans the serial sticker again: the scan finds the device.
        let scan = try await shop.send("GET", "/api/scan/\(serial)")
        #expect((scan.json["device"] as? [String: Any])?["assetTag"] as? String == tag)
        // A double scan at intake is refused, naming the device that has the serial.
        let again = try await intake.send("POST", "/api/devices", json: #"{"lot":"\#(code)","category":"laptop","serial":"\#(serial)"}"#)
        #expect(again.status == 409)
        #expect(again.json["existingAssetTag"] as? String == tag)

        let report = try await technician.send("POST", "/api/devices/\(tag)/diagnostics", body: LaptopReport.json)
        #expect(report.status == 201, "\(report.json)")
        #expect(report.json["serialCheck"] as? String == (LaptopReport.systemSerial == nil ? "not-in-report" : "matched"))
        #expect(try await technician.send("POST", "/api/devices/\(tag)/moves", json: #"{"to":"diagnosed"}"#).status == 200)

        let drives = LaptopReport.drives
        for drive in drives.dropLast() {
            let sent = try await technician.send("POST", "/api/devices/\(tag)/erasures",
                                                 body: try certificates.signed(assetTag: tag, driveSerial: drive.serialNumber, devicePath: drive.devicePath))
            #expect(sent.status == 201, "\(sent.json)")
        }
        #expect(try await shop.send("PUT", "/api/devices/\(tag)/price", json: #"{"grade":"A","priceCents":19900}"#).status == 200)
        let refused = try await technician.send("POST", "/api/devices/\(tag)/moves", json: #"{"to":"wiped"}"#)
        #expect(refused.status == 409)
        #expect(refused.json["rules"] as? [String] == ["storage-not-erased"])
        let last = try #require(drives.last)
        #expect(try await technician.send("POST", "/api/devices/\(tag)/erasures",
                                          body: try certificates.signed(assetTag: tag, driveSerial: last.serialNumber, devicePath: last.devicePath)).status == 201)
        #expect(try await technician.send("POST", "/api/devices/\(tag)/moves", json: #"{"to":"wiped"}"#).status == 200)
        #expect(try await technician.send("POST", "/api/devices/\(tag)/tests", json: PassedTests.json()).status == 200)
        #expect(try await shop.send("POST", "/api/devices/\(tag)/moves", json: #"{"to":"ready"}"#).status == 200)
        let sale = try await shop.send("POST", "/api/devices/\(tag)/sale", json: "{}")
        #expect(sale.status == 200)
        #expect(sale.json["stage"] as? String == "sold")
        #expect(sale.json["priceCents"] as? Int == 19900)

        let events = try await shop.send("GET", "/api/devices/\(tag)/events").list
        #expect(events.map { $0["user"] as? String ?? "" }.contains("camille"))
        #expect(events.last?["kind"] as? String == "sold")
        #expect(events.last?["station"] as? String == "banc-sacha")
        #expect(events.allSatisfy { $0["occurredAt"] is String })
        return tag
    }

    @Test("kill -9 during a stream of intakes: every intake answered with success is there after a restart, and the file is sound")
    func crashSafety() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/refurb.sqlite"
        let server = try ServerProcess(databasePath: path)
        let admin = try await HTTPClient.admin(of: server)
        let code = try #require(try await admin.send("POST", "/api/lots", json: #"{"donor":"Stream"}"#).json["code"] as? String)

        let acknowledged = Tally()
        let stream = Task {
            await withTaskGroup(of: Void.self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        for index in 0..<100_000 {
                            guard !Task.isCancelled,
                                  let answer = try? await admin.send("POST", "/api/devices",
                                                                     json: #"{"lot":"\#(code)","category":"desktop","serial":"CRASH-\#(worker)-\#(index)"}"#),
                                  answer.status == 201, let tag = answer.json["assetTag"] as? String else { return }
                            acknowledged.add(tag)
                        }
                    }
                }
            }
        }
        // Let a few hundred intakes through, then pull the plug while others are in flight.
        // Bounded: a service that answers no intake at all fails the test instead of hanging it.
        try await Self.waitUntil(acknowledged, holds: 300)
        server.crash()
        await stream.value
        let answered = acknowledged.tags

        let restarted = try ServerProcess(databasePath: path)
        defer { restarted.stop() }
        #expect(restarted.adminPassword == nil, "accounts survived, so no new admin is made")
        let again = HTTPClient(baseURL: restarted.baseURL, token: admin.token)
        var missing: [String] = []
        for tag in answered where try await again.send("GET", "/api/devices/\(tag)").status != 200 {
            missing.append(tag)
        }
        #expect(missing.isEmpty, "answered with 201 but lost: \(missing.prefix(10))")
        let database = try AppDatabase.open(path: path)
        #expect(try database.integrityProblems().isEmpty)
        print("crash safety: \(answered.count) intakes acknowledged before kill -9, all present after restart")
    }

    @Test("a backup taken under load is consistent, and restoring it brings it back while keeping the replaced file")
    func backupUnderLoad() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/refurb.sqlite"
        let server = try ServerProcess(databasePath: path)
        let admin = try await HTTPClient.admin(of: server)
        let code = try #require(try await admin.send("POST", "/api/lots", json: #"{"donor":"Backup"}"#).json["code"] as? String)

        let count = Tally()
        let stop = Tally()
        // Stopped with a flag, not Task.cancel(): cancelling a task inside URLSession's async data(for:)
        // deadlocks FoundationNetworking on Linux.
        let stream = Task {
            for index in 0..<100_000 where stop.count == 0 {
                guard let answer = try? await admin.send("POST", "/api/devices", json: #"{"lot":"\#(code)","category":"laptop","serial":"BACKUP-\#(index)"}"#),
                      answer.status == 201 else { return }
                count.add("BACKUP-\(index)")
            }
        }
        try await Self.waitUntil(count, holds: 150)
        let backupPath = folder.path + "/backup.sqlite"
        let backup = try ServerProcess.run(["backup", "--db", path, "--to", backupPath])
        #expect(backup.status == 0, "\(backup.output)")
        stop.add("stop")
        await stream.value
        server.stop()

        let copy = try AppDatabase.open(path: backupPath)
        #expect(try copy.integrityProblems().isEmpty)
        let copied = try copy.devices(matching: DeviceFilter(limit: 1_000_000))
        #expect(copied.count >= 150)
        // Consistent: every device in the copy has the reception event that created it, and no more devices than events allow.
        for device in copied.prefix(50) {
            #expect(try copy.history(of: device.assetTag).first?.change.kind == "received")
        }
        let live = try AppDatabase.open(path: path).devices(matching: DeviceFilter(limit: 1_000_000)).count
        #expect(live >= copied.count)

        let refusedWhileRunning = try ServerProcess(databasePath: path)
        let blocked = try ServerProcess.run(["restore", "--db", path, "--from", backupPath, "--yes"])
        #expect(blocked.status == 1, "restore must refuse while the service runs: \(blocked.output)")
        refusedWhileRunning.stop()

        let restored = try ServerProcess.run(["restore", "--db", path, "--from", backupPath, "--yes"])
        #expect(restored.status == 0, "\(restored.output)")
        #expect(try AppDatabase.open(path: path).devices(matching: DeviceFilter(limit: 1_000_000)).count == copied.count)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("before-restore") }
        #expect(kept.count == 1, "the replaced database is kept beside it: \(kept)")

        let damaged = folder.path + "/damaged.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: damaged))
        let refused = try ServerProcess.run(["restore", "--db", path, "--from", damaged, "--yes"])
        #expect(refused.status != 0)
        #expect(try AppDatabase.open(path: path).devices(matching: DeviceFilter(limit: 1_000_000)).count == copied.count)
    }
}

extension ServerProcessTests {
    static func waitUntil(_ tally: Tally, holds count: Int) async throws {
        for _ in 0..<6000 where tally.count < count {
            try await Task.sleep(for: .milliseconds(20))
        }
        try #require(tally.count >= count, "only \(tally.count) intakes were answered")
    }
}

/// What a stream of requests got back, shared by the tasks that send them.
final class Tally: Sendable {
    private let state = Mutex<[String]>([])

    func add(_ tag: String) { state.withLock { $0.append(tag) } }
    var tags: [String] { state.withLock { $0 } }
    var count: Int { state.withLock { $0.count } }
}

/// A folder for one test, removed when the value goes away.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "refurb-server-process-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
