import Foundation
import RefurbCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `refurb probe --submit`, `refurb wipe --submit` and `refurb sync` against a real `refurb serve` process.
@Suite("results sent to the service, or kept and sent later")
struct SubmitAndSyncTests {
    /// The repository, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The ThinkPad fixture tree of the Diagnostics tests (SMBIOS serial PF0ABCDE), unpacked into `folder`.
    static func laptopRoot(in folder: URL) throws -> String {
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/bin/tar")
        tar.arguments = ["-xzf", repository.appendingPathComponent("Tests/DiagnosticsTests/Fixtures/laptop.tar.gz").path,
                         "-C", folder.path]
        try tar.run()
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)
        return folder.appendingPathComponent("laptop").path
    }

    static let laptopSerial = "PF0ABCDE"

    /// Files waiting in the spool (not the ones set aside in rejected/).
    static func waiting(in spool: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: spool.path)) ?? []).filter { $0.hasSuffix(".json") }
    }

    @Test("probe --submit: the report the probe writes, byte for byte, is recorded for the device; the serial is matched")
    func probeDelivers() async throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let service = try ServiceProcess(folder: refurb.folder)
        defer { service.stop() }
        let (bench, token) = try await ServiceClient.bench(on: service)
        let tag = try await bench.intake(serial: Self.laptopSerial)
        let root = try Self.laptopRoot(in: refurb.folder)
        let saved = refurb.folder.appendingPathComponent("report.json").path

        let probe = try refurb.run(["probe", "--root", root, "--no-smart", "--output", saved,
                                    "--submit", service.baseURL, "--token", token, "--device", tag.lowercased()])
        #expect(probe.status == 0, "\(probe.stderr)")
        #expect(probe.stdout.contains("Rapport de diagnostic envoyé pour \(tag)"), "\(probe.stdout)")
        #expect(probe.stdout.contains("c'est bien celui relevé à l'accueil"), "\(probe.stdout)")

        let recorded = try await bench.send("GET", "/api/devices/\(tag)/diagnostics")
        #expect(recorded.status == 200, "\(recorded.text)")
        #expect(recorded.body == (try Data(contentsOf: URL(fileURLWithPath: saved))))
        #expect(try await bench.eventKinds(tag).filter { $0 == "diagnostic-recorded" }.count == 1)
        #expect(Self.waiting(in: refurb.folder.appendingPathComponent("spool")).isEmpty)
    }

    @Test("probe --submit in English for a device taken in without a serial: the report's serial is linked to it")
    func probeLinksSerial() async throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let service = try ServiceProcess(folder: refurb.folder)
        defer { service.stop() }
        let (bench, token) = try await ServiceClient.bench(on: service)
        let tag = try await bench.intake(serial: nil)
        let root = try Self.laptopRoot(in: refurb.folder)

        // The token and address come from the environment here, and --json keeps standard output the report alone.
        let probe = try refurb.run(["probe", "--root", root, "--no-smart", "--json", "--device", tag], language: "en",
                                   environment: ["REFURB_URL": service.baseURL, "REFURB_TOKEN": token])
        #expect(probe.status == 0, "\(probe.stderr)")
        #expect((try? probe.json()) is [String: Any])
        #expect(probe.stderr.contains("Diagnostic report sent for \(tag)"), "\(probe.stderr)")
        #expect(probe.stderr.contains("is now linked to it") && probe.stderr.contains(Self.laptopSerial), "\(probe.stderr)")

        let device = try await bench.send("GET", "/api/devices/\(tag)")
        #expect(((try device.object())["device"] as? [String: Any])?["serial"] as? String == Self.laptopSerial)
    }

    @Test("probe --submit for a device the service does not know: its refusal is shown, exit 1, the report set aside")
    func probeRefused() async throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let service = try ServiceProcess(folder: refurb.folder)
        defer { service.stop() }
        let (_, token) = try await ServiceClient.bench(on: service)
        let root = try Self.laptopRoot(in: refurb.folder)
        let unknown = try #require(AssetTag(sequence: 4242)).text

        let probe = try refurb.run(["probe", "--root", root, "--no-smart", "--submit", service.baseURL,
                                    "--token", token, "--device", unknown])
        #expect(probe.status == 1)
        #expect(probe.stderr.contains("Le service a refusé"), "\(probe.stderr)")
        #expect(probe.stderr.contains(unknown), "\(probe.stderr)")
        let spool = refurb.folder.appendingPathComponent("spool")
        #expect(Self.waiting(in: spool).isEmpty)
        #expect(Self.waiting(in: spool.appendingPathComponent("rejected")).count == 1)

        // A wrong token is about this station, not the report: the report stays in the spool for a later sync.
        let badToken = try refurb.run(["probe", "--root", root, "--no-smart", "--submit", service.baseURL,
                                       "--token", "rft_wrong", "--device", unknown])
        #expect(badToken.status == 1)
        #expect(badToken.stderr.contains("vérifiez le jeton d'accès"), "\(badToken.stderr)")
        #expect(Self.waiting(in: spool).count == 1)
    }

    @Test("service unreachable: the report waits in the spool (exit 0); sync delivers it exactly once, then has nothing to send")
    func spoolThenSync() async throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let service = try ServiceProcess(folder: refurb.folder)
        defer { service.stop() }
        let (bench, token) = try await ServiceClient.bench(on: service)
        let tag = try await bench.intake(serial: Self.laptopSerial)
        let root = try Self.laptopRoot(in: refurb.folder)
        let spool = refurb.folder.appendingPathComponent("bench-spool")
        let closed = "http://127.0.0.1:\(ServiceProcess.closedPort())"

        let offline = try refurb.run(["probe", "--root", root, "--no-smart", "--submit", closed, "--token", token,
                                      "--device", tag], environment: ["REFURB_SPOOL": spool.path])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout.contains("Service injoignable"), "\(offline.stdout)")
        #expect(offline.stdout.contains("refurb sync"))
        #expect(Self.waiting(in: spool).count == 1)

        // Still unreachable: sync keeps it and says so (exit 1).
        let stillOffline = try refurb.run(["sync", "--submit", closed, "--token", token],
                                          environment: ["REFURB_SPOOL": spool.path])
        #expect(stillOffline.status == 1)
        #expect(stillOffline.stdout.contains("0 envoyé(s), 0 refusé(s), 1 en attente."), "\(stillOffline.stdout)")
        #expect(Self.waiting(in: spool).count == 1)
        #expect(try await bench.send("GET", "/api/devices/\(tag)/diagnostics").status == 404)

        // The network is back; the address and token come from the environment, the spool from --spool.
        let synced = try refurb.run(["sync", "--spool", spool.path],
                                    environment: ["REFURB_URL": service.baseURL, "REFURB_TOKEN": token])
        #expect(synced.status == 0, "\(synced.stdout)\n\(synced.stderr)")
        #expect(synced.stdout.contains("1 résultat(s) à envoyer."), "\(synced.stdout)")
        #expect(synced.stdout.contains("Envoyé : rapport de diagnostic de \(tag)."), "\(synced.stdout)")
        #expect(synced.stdout.contains("1 envoyé(s), 0 refusé(s), 0 en attente."), "\(synced.stdout)")
        #expect(Self.waiting(in: spool).isEmpty)
        #expect(try await bench.send("GET", "/api/devices/\(tag)/diagnostics").status == 200)
        #expect(try await bench.eventKinds(tag).filter { $0 == "diagnostic-recorded" }.count == 1)

        let again = try refurb.run(["sync", "--submit", service.baseURL, "--token", token, "--lang", "en"],
                                   environment: ["REFURB_SPOOL": spool.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("The spool is empty: nothing to send."), "\(again.stdout)")
        #expect(try await bench.eventKinds(tag).filter { $0 == "diagnostic-recorded" }.count == 1)
    }

    @Test("a missing or wrong tag, address or token is refused before anything is read, erased or sent (exit 2)")
    func refusedUpFront() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let root = try Self.laptopRoot(in: refurb.folder)
        let url = "http://127.0.0.1:\(ServiceProcess.closedPort())"
        let spool = refurb.folder.appendingPathComponent("spool")

        let cases: [(arguments: [String], says: String)] = [
            (["probe", "--root", root, "--submit", url, "--token", "rft_x"], "--device"),
            (["probe", "--root", root, "--submit", url, "--token", "rft_x", "--device", "R000001X"], "lettre de contrôle"),
            (["probe", "--root", root, "--submit", url, "--token", "rft_x", "--device", "5CG7301XYZ"], "R000123X"),
            (["probe", "--root", root, "--device", "R000001L"], "REFURB_URL"),
            (["probe", "--root", root, "--submit", url, "--device", "R000001L"], "Jeton d'accès manquant"),
            (["probe", "--root", root, "--submit", "192.168.1.10:8080", "--token", "rft_x", "--device", "R000001L"], "http://"),
            (["wipe", "/dev/refurb-test-no-such-disk", "--yes", "--submit", url, "--token", "rft_x"], "--asset-tag"),
            (["wipe", "/dev/refurb-test-no-such-disk", "--yes", "--submit", url, "--token", "rft_x", "--asset-tag", "R000001X"],
             "Rien n'a été effacé"),
            (["wipe", "/dev/refurb-test-no-such-disk", "--yes", "--send-progress", "--asset-tag", "R000001L"], "--send-progress"),
            (["sync"], "REFURB_URL"),
            (["sync", "--submit", url], "Jeton d'accès manquant"),
        ]
        for (arguments, says) in cases {
            let outcome = try refurb.run(arguments)
            #expect(outcome.status == 2, "\(arguments) exited with \(outcome.status): \(outcome.stderr)")
            #expect(outcome.stderr.contains(says), "\(arguments): \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty, "\(arguments) printed \(outcome.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: spool.path) || Self.waiting(in: spool).isEmpty)
    }

    static let canUseLoopDevices = getuid() == 0 && FileManager.default.fileExists(atPath: "/dev/loop-control")
        && losetup != nil
    static let losetup = ["/usr/sbin/losetup", "/sbin/losetup"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("wipe --submit --send-progress: a loop device's signed certificate is recorded for the device",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func wipeDelivers() async throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let service = try ServiceProcess(folder: refurb.folder)
        defer { service.stop() }
        let (bench, token) = try await ServiceClient.bench(on: service)
        let tag = try await bench.intake(serial: nil)

        let keys = refurb.folder.appendingPathComponent("keys").path
        #expect(try refurb.run(["keys", "init", "--keys", keys]).status == 0)
        let publicKey = try String(contentsOfFile: keys + "/station-ed25519.pub.pem", encoding: .utf8)
        let registered = try await bench.send("POST", "/api/station-keys", json: ["name": "banc-1", "publicKey": publicKey])
        #expect(registered.status == 201, "\(registered.text)")

        let loop = try LoopDisk(backingFile: refurb.folder.appendingPathComponent("disk.img").path, sizeBytes: 8 << 20)
        defer { loop.detach() }
        let certificates = refurb.folder.appendingPathComponent("certificates").path
        let wipe = try refurb.run([
            "wipe", loop.path, "--yes", "--method", "zero", "--asset-tag", tag, "--keys", keys,
            "--certificate-dir", certificates, "--progress", "none", "--send-progress",
            "--submit", service.baseURL, "--token", token, "--json",
        ])
        #expect(wipe.status == 0, "\(wipe.stdout)\n\(wipe.stderr)")
        let result = try #require(((try wipe.json() as? [String: Any])?["results"] as? [[String: Any]])?.first)
        #expect(result["status"] as? String == "erased")
        #expect(result["submission"] as? String == "delivered", "\(result)")
        let certificateId = try #require(result["certificateId"] as? String)
        let file = try #require(result["certificate"] as? String)

        let recorded = try await bench.send("GET", "/api/devices/\(tag)/erasures")
        #expect(recorded.status == 200)
        let list = try #require(try recorded.json() as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == [certificateId])
        #expect(list.first?["passed"] as? Bool == true)
        // The bytes on record are the signed file, unchanged.
        let served = try await bench.send("GET", "/api/certificates/\(certificateId)")
        #expect(served.body == (try Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(try await bench.eventKinds(tag).contains("erasure-recorded"))
        // Progress went out (the first update of a disk is always sent), and arrived before the certificate that
        // ends it: the office's progress board shows the drive done, with this certificate.
        #expect(service.log.contains("/api/devices/\(tag)/erasures/progress"))
        let board = try await bench.send("GET", "/api/devices/\(tag)/erasures/progress")
        let entries = try #require(try board.json() as? [[String: Any]], "\(board.text)")
        #expect(entries.map { $0["state"] as? String } == ["done"], "\(board.text)")
        #expect(entries.first?["certificateId"] as? String == certificateId)

        // The same disk again with the service out of reach: the wipe still succeeds, its certificate waits in the
        // spool, and sync delivers it.
        let spool = refurb.folder.appendingPathComponent("wipe-spool").path
        let closed = "http://127.0.0.1:\(ServiceProcess.closedPort())"
        let offline = try refurb.run([
            "wipe", loop.path, "--yes", "--method", "zero", "--asset-tag", tag, "--keys", keys,
            "--certificate-dir", certificates, "--progress", "none", "--send-progress",
            "--submit", closed, "--token", token, "--spool", spool,
        ])
        #expect(offline.status == 0, "\(offline.stdout)\n\(offline.stderr)")
        #expect(offline.stdout.contains("Service injoignable"), "\(offline.stdout)")
        #expect(Self.waiting(in: URL(fileURLWithPath: spool)).count == 1)
        let synced = try refurb.run(["sync", "--submit", service.baseURL, "--token", token, "--spool", spool])
        #expect(synced.status == 0, "\(synced.stdout)\n\(synced.stderr)")
        #expect(synced.stdout.contains("1 envoyé(s), 0 refusé(s), 0 en attente."), "\(synced.stdout)")
        let both = try await bench.send("GET", "/api/devices/\(tag)/erasures")
        #expect((try both.json() as? [Any])?.count == 2, "\(both.text)")
        #expect(try await bench.eventKinds(tag).filter { $0 == "erasure-recorded" }.count == 2)
    }

    @Test("wipe --send-progress: a disk that ends without a certificate (its folder cannot be written) is shown failed on the office's board, with the reason",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func wipeFailureReachesTheBoard() async throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let service = try ServiceProcess(folder: refurb.folder)
        defer { service.stop() }
        let (bench, token) = try await ServiceClient.bench(on: service)
        let tag = try await bench.intake(serial: nil)
        let keys = refurb.folder.appendingPathComponent("keys").path
        #expect(try refurb.run(["keys", "init", "--keys", keys]).status == 0)

        let loop = try LoopDisk(backingFile: refurb.folder.appendingPathComponent("disk.img").path, sizeBytes: 8 << 20)
        defer { loop.detach() }
        // A file where the certificates' folder should be: the disk is erased, but no certificate can be written.
        let blocked = refurb.folder.appendingPathComponent("not-a-folder").path
        #expect(FileManager.default.createFile(atPath: blocked, contents: Data("x".utf8)))
        let wipe = try refurb.run([
            "wipe", loop.path, "--yes", "--method", "zero", "--asset-tag", tag, "--keys", keys,
            "--certificate-dir", blocked, "--progress", "none", "--send-progress",
            "--submit", service.baseURL, "--token", token, "--json",
        ])
        #expect(wipe.status == 1, "\(wipe.stdout)\n\(wipe.stderr)")
        let result = try #require(((try wipe.json() as? [String: Any])?["results"] as? [[String: Any]])?.first)
        #expect(result["status"] as? String == "error")

        let board = try await bench.send("GET", "/api/wipes/progress")
        let rows = try #require(try board.json() as? [[String: Any]], "\(board.text)")
        #expect(rows.map { $0["state"] as? String } == ["failed"], "\(board.text)")
        #expect(rows.first?["statusText"] as? String == "échec")
        let reason = try #require(rows.first?["detailText"] as? String)
        #expect(!reason.isEmpty && !reason.contains("\n"), "the station's reason, on one line: \(reason)")
    }
}

/// A loop device over a sparse file, detached when done.
final class LoopDisk {
    let path: String
    private var attached = true

    init(backingFile: String, sizeBytes: Int) throws {
        _ = FileManager.default.createFile(atPath: backingFile, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: backingFile))
        try handle.truncate(atOffset: UInt64(sizeBytes))
        try handle.close()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SubmitAndSyncTests.losetup ?? "/usr/sbin/losetup")
        process.arguments = ["--find", "--show", backingFile]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, path.hasPrefix("/dev/loop") else {
            attached = false
            throw CocoaError(.fileWriteUnknown)
        }
    }

    func detach() {
        guard attached else { return }
        attached = false
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SubmitAndSyncTests.losetup ?? "/usr/sbin/losetup")
        process.arguments = ["--detach", path]
        try? process.run()
        process.waitUntilExit()
    }

    deinit { detach() }
}
