import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `refurb bench --stick DIR` as the bench stick starts it, run as a process against a real `refurb serve`, on a
/// machine read from the ThinkPad fixture tree (SMBIOS serial PF0ABCDE) and a loop device for its disk.
@Suite("the bench console on a stick folder")
struct BenchStickTests {
    static let serial = SubmitAndSyncTests.laptopSerial
    static let pattern = Data("donor's family photos ".utf8)

    /// A stick folder with `refurb.conf`, and the machine's tree with the kernel command line given.
    static func stick(in folder: URL, conf: String) throws -> URL {
        let stick = folder.appendingPathComponent("stick")
        try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
        try conf.write(to: stick.appendingPathComponent("refurb.conf"), atomically: true, encoding: .utf8)
        return stick
    }

    static func machine(in folder: URL, cmdline: String) throws -> String {
        let root = try SubmitAndSyncTests.laptopRoot(in: folder)
        try FileManager.default.createDirectory(atPath: root + "/proc", withIntermediateDirectories: true)
        try cmdline.write(toFile: root + "/proc/cmdline", atomically: true, encoding: .utf8)
        return root
    }

    /// Shows the loop device to the probe too, in the machine's tree: the probe leaves loop devices out, and the
    /// service takes a certificate only for a drive of the device's latest report. The drive is named as the
    /// certificate names a drive without serial ("path:/dev/loopN"), so that the report and the certificate agree,
    /// as they do on a real machine where both read the same disk.
    static func showToProbe(_ loop: LoopDisk, root: String) throws {
        let disk = root + "/sys/block/sdz"
        try FileManager.default.createDirectory(atPath: disk + "/device", withIntermediateDirectories: true)
        for (file, value) in [("size", "16384"), ("removable", "0"), ("device/model", "Loop disk"), ("device/serial", "path:" + loop.path)] {
            try (value + "\n").write(toFile: disk + "/" + file, atomically: true, encoding: .utf8)
        }
    }

    /// A loop device over a file filled with the pattern, as a donated disk full of someone's data.
    static func donatedDisk(in folder: URL) throws -> (LoopDisk, String) {
        let backing = folder.appendingPathComponent("disk.img").path
        let loop = try LoopDisk(backingFile: backing, sizeBytes: 8 << 20)
        var content = Data()
        while content.count < 8 << 20 { content.append(pattern) }
        // Written through the device, once attached (LoopDisk makes its backing file anew).
        let device = try FileHandle(forWritingTo: URL(fileURLWithPath: loop.path))
        try device.write(contentsOf: content.prefix(8 << 20))
        try device.synchronize()
        try device.close()
        return (loop, backing)
    }

    static func stillHoldsPattern(_ backing: String) throws -> Bool {
        try Data(contentsOf: URL(fileURLWithPath: backing)).range(of: pattern) != nil
    }

    static func lastRun(_ stick: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: stick.appendingPathComponent("logs/last-run.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    /// Makes the station key on the stick, as its first boot does, and registers it on the service.
    static func registeredKey(_ refurb: RefurbProcess, stick: URL, bench: ServiceClient) async throws {
        let keys = stick.appendingPathComponent("keys").path
        #expect(try refurb.run(["keys", "init", "--keys", keys]).status == 0)
        let publicKey = try String(contentsOfFile: keys + "/station-ed25519.pub.pem", encoding: .utf8)
        let registered = try await bench.send("POST", "/api/station-keys", json: ["name": "banc-cle", "publicKey": publicKey])
        #expect(registered.status == 201, "\(registered.text)")
    }

    /// What most tests start from: a `refurb serve` with a bench token, the machine's intake record, a stick whose
    /// `refurb.conf` is made from the service's address and token, the machine's tree with its kernel command line,
    /// and a donated disk shown to the probe. Closed in the reverse order of its making.
    final class World {
        let refurb: RefurbProcess
        let service: ServiceProcess
        let bench: ServiceClient
        let token: String
        let tag: String
        let stick: URL
        let root: String
        let loop: LoopDisk
        let backing: String

        /// `conf` gets the service's address and the bench token; `registerKey: false` leaves the stick without a key,
        /// as before its first boot.
        init(conf: (_ url: String, _ token: String) -> String, cmdline: String = "quiet\n", registerKey: Bool = true) async throws {
            let refurb = try RefurbProcess()
            var undo: [() -> Void] = [refurb.cleanUp]
            do {
                let service = try ServiceProcess(folder: refurb.folder)
                undo.append(service.stop)
                let (bench, token) = try await ServiceClient.bench(on: service)
                let tag = try await bench.intake(serial: BenchStickTests.serial)
                let stick = try BenchStickTests.stick(in: refurb.folder, conf: conf(service.baseURL, token))
                if registerKey { try await BenchStickTests.registeredKey(refurb, stick: stick, bench: bench) }
                let root = try BenchStickTests.machine(in: refurb.folder, cmdline: cmdline)
                let (loop, backing) = try BenchStickTests.donatedDisk(in: refurb.folder)
                undo.append(loop.detach)
                try BenchStickTests.showToProbe(loop, root: root)
                (self.refurb, self.service, self.bench, self.token, self.tag) = (refurb, service, bench, token, tag)
                (self.stick, self.root, self.loop, self.backing) = (stick, root, loop, backing)
            } catch {
                undo.reversed().forEach { $0() }
                throw error
            }
        }

        /// `refurb bench` on the stick and the machine, limited to the donated disk (or to `disk`).
        func runBench(disk: String? = nil, input: String? = nil, language: String = "fr", timeout: TimeInterval = 600) throws -> RefurbProcess.Outcome {
            try refurb.run(["bench", "--stick", stick.path, "--root", root, "--no-smart", "--disk", disk ?? loop.path],
                           language: language, input: input, timeout: timeout)
        }

        func close() {
            loop.detach()
            service.stop()
            refurb.cleanUp()
        }
    }

    @Test("auto mode from the kernel command line: the disk is erased, the certificate verifies, report and certificate reach the device found by serial",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func autoOnline() async throws {
        // The file says interactive; the kernel command line says auto, and wins.
        let world = try await World(conf: { url, token in """
            # banc de test
            url = \(url)
            token = \(token)
            workshop = Atelier test
            station = banc-cle
            mode = interactive
            poweroff = no
            """ }, cmdline: "BOOT_IMAGE=/live/vmlinuz boot=live quiet refurb.mode=auto\n")
        defer { world.close() }
        let (refurb, bench, tag, stick, backing) = (world.refurb, world.bench, world.tag, world.stick, world.backing)
        #expect(try Self.stillHoldsPattern(backing))

        let run = try world.runBench()
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("Fiche d'accueil trouvée au service : c'est l'appareil \(tag)."), "\(run.stdout)")
        #expect(run.stdout.contains("Mode automatique : effacement de 1 disque(s)."), "\(run.stdout)")
        #expect(run.stdout.contains("E F F A C É   E T   V É R I F I É"), "\(run.stdout)")
        #expect(try !Self.stillHoldsPattern(backing), "the donor's data is still on the disk")

        let summary = try Self.lastRun(stick)
        #expect(summary["verdict"] as? String == "erased", "\(summary)")
        #expect(summary["assetTag"] as? String == tag)
        let certificates = try #require(summary["certificates"] as? [[String: Any]])
        let id = try #require(certificates.first?["id"] as? String)
        #expect(certificates.count == 1)
        let file = stick.appendingPathComponent("certificates/\(id).json").path
        let verified = try refurb.run(["certificate", "verify", file, "--public-key",
                                       stick.appendingPathComponent("keys/station-ed25519.pub.pem").path])
        #expect(verified.status == 0, "\(verified.stdout)\n\(verified.stderr)")

        // The service has the report, linked to the intake record by its serial, and the certificate.
        let report = try await bench.send("GET", "/api/devices/\(tag)/diagnostics")
        #expect(report.status == 200, "\(report.text)")
        let erasures = try await bench.send("GET", "/api/devices/\(tag)/erasures")
        #expect(((try erasures.json() as? [[String: Any]]) ?? []).map { $0["id"] as? String } == [id], "\(erasures.text)")
        #expect(try await bench.eventKinds(tag).contains("erasure-recorded"))
        #expect(SubmitAndSyncTests.waiting(in: stick.appendingPathComponent("spool")).isEmpty)
        // The office's board of live wipes showed the disk, and shows it done with this certificate.
        let board = try await bench.send("GET", "/api/devices/\(tag)/erasures/progress")
        let entries = try #require(try board.json() as? [[String: Any]], "\(board.text)")
        #expect(entries.map { $0["state"] as? String } == ["done"], "\(board.text)")
        #expect(entries.first?["certificateId"] as? String == id)
        let logs = try FileManager.default.contentsOfDirectory(atPath: stick.appendingPathComponent("logs").path)
        #expect(logs.contains { $0.hasPrefix("bench-") && $0.hasSuffix(".log") }, "\(logs)")
        #expect(logs.contains("report-\(Self.serial).json"), "\(logs)")
    }

    @Test("offline bench: erased with no service, results kept on the stick by serial; refurb sync --stick links and delivers them",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func offlineThenSync() async throws {
        let world = try await World(conf: { url, token in """
            url = \(url)
            token = \(token)
            station = banc-hors-ligne
            mode = auto
            offline = yes
            poweroff = no
            lang = en
            """ })
        defer { world.close() }
        let (refurb, bench, tag, stick, backing) = (world.refurb, world.bench, world.tag, world.stick, world.backing)

        let run = try world.runBench(language: "fr")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("Offline bench (offline = yes)"), "lang = en in refurb.conf: \(run.stdout)")
        #expect(run.stdout.contains("E R A S E D   A N D   V E R I F I E D"), "\(run.stdout)")
        #expect(try !Self.stillHoldsPattern(backing))
        // Nothing reached the service; both results wait on the stick under the machine's serial.
        #expect(try await bench.send("GET", "/api/devices/\(tag)/diagnostics").status == 404)
        let awaiting = stick.appendingPathComponent("spool/awaiting-serial/\(Self.serial)")
        #expect(SubmitAndSyncTests.waiting(in: awaiting).count == 2)
        let id = try #require(((try Self.lastRun(stick))["certificates"] as? [[String: Any]])?.first?["id"] as? String)

        // From any machine where the stick is mounted: the address and token come from its refurb.conf.
        let synced = try refurb.run(["sync", "--stick", stick.path])
        #expect(synced.status == 0, "\(synced.stdout)\n\(synced.stderr)")
        #expect(synced.stdout.contains("Numéro de série \(Self.serial) : c'est l'appareil \(tag), 2 résultat(s) rattaché(s)."), "\(synced.stdout)")
        #expect(synced.stdout.contains("2 envoyé(s), 0 refusé(s), 0 en attente."), "\(synced.stdout)")
        #expect(try await bench.send("GET", "/api/devices/\(tag)/diagnostics").status == 200)
        let erasures = try await bench.send("GET", "/api/devices/\(tag)/erasures")
        #expect(((try erasures.json() as? [[String: Any]]) ?? []).map { $0["id"] as? String } == [id], "\(erasures.text)")
        #expect(!FileManager.default.fileExists(atPath: awaiting.path))
        #expect(SubmitAndSyncTests.waiting(in: stick.appendingPathComponent("spool")).isEmpty)

        let again = try refurb.run(["sync", "--stick", stick.path])
        #expect(again.status == 0, "\(again.stdout)")
        #expect(try await bench.eventKinds(tag).filter { $0 == "erasure-recorded" }.count == 1)
    }

    @Test("interactive: the tag typed at the confirmation must be the device's; a wrong answer erases nothing, the right one (scanned in lower case) erases",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func interactiveConfirmation() async throws {
        let world = try await World(conf: { url, token in "url = \(url)\ntoken = \(token)\nstation = banc-1\n" })
        defer { world.close() }
        let (bench, tag, backing) = (world.bench, world.tag, world.backing)

        let refused = try world.runBench(input: "oui\n", timeout: 300)
        #expect(refused.status == 1, "\(refused.stdout)\n\(refused.stderr)")
        #expect(refused.stdout.contains("Pour effacer 1 disque(s), retapez ou scannez l'étiquette \(tag)"), "\(refused.stdout)")
        #expect(refused.stdout.contains("Effacement non confirmé : aucun disque n'a été touché."), "\(refused.stdout)")
        #expect(try Self.stillHoldsPattern(backing))
        let noAnswer = try world.runBench(input: "", timeout: 300)
        #expect(noAnswer.status == 1)
        #expect(try Self.stillHoldsPattern(backing))

        let confirmed = try world.runBench(input: tag.lowercased() + "\n")
        #expect(confirmed.status == 0, "\(confirmed.stdout)\n\(confirmed.stderr)")
        #expect(confirmed.stdout.contains("E F F A C É   E T   V É R I F I É"), "\(confirmed.stdout)")
        #expect(try !Self.stillHoldsPattern(backing))
        let erasures = try await bench.send("GET", "/api/devices/\(tag)/erasures")
        #expect(((try erasures.json() as? [[String: Any]]) ?? []).count == 1, "\(erasures.text)")
    }

    @Test("interactive and offline: the tag is typed, the results wait in the stick's spool under it, sync --stick sends them",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func interactiveOfflineWithTypedTag() async throws {
        let world = try await World(conf: { url, token in "url = \(url)\ntoken = \(token)\noffline = yes\n" })
        defer { world.close() }
        let (refurb, bench, tag, stick) = (world.refurb, world.bench, world.tag, world.stick)

        // A mistyped tag is refused with its reason and asked again.
        let run = try world.runBench(input: "R000001X\n\(tag)\n\(tag)\n")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("Tapez ou scannez l'étiquette de l'appareil"), "\(run.stdout)")
        #expect(run.stdout.contains("Gardé sur la clé pour « refurb sync »"), "\(run.stdout)")
        #expect(SubmitAndSyncTests.waiting(in: stick.appendingPathComponent("spool")).count == 2)
        #expect(try await bench.send("GET", "/api/devices/\(tag)/diagnostics").status == 404)

        let synced = try refurb.run(["sync", "--stick", stick.path])
        #expect(synced.status == 0, "\(synced.stdout)\n\(synced.stderr)")
        #expect(synced.stdout.contains("2 envoyé(s), 0 refusé(s), 0 en attente."), "\(synced.stdout)")
        #expect(try await bench.eventKinds(tag).contains("erasure-recorded"))
    }

    @Test("what an offline run left on the stick is sent by the next run that reaches the service",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func nextRunSendsTheBacklog() async throws {
        let world = try await World(conf: { url, token in "url = \(url)\ntoken = \(token)\nmode = auto\noffline = yes\n" })
        defer { world.close() }
        let (bench, tag, stick) = (world.bench, world.tag, world.stick)
        let online = "url = \(world.service.baseURL)\ntoken = \(world.token)\nmode = auto\n"
        let offline = try world.runBench()
        #expect(offline.status == 0, "\(offline.stdout)\n\(offline.stderr)")

        // The next boot has the network; this time no disk is given to the bench (nothing to erase).
        try online.write(to: stick.appendingPathComponent("refurb.conf"), atomically: true, encoding: .utf8)
        let next = try world.runBench(disk: "refurb-test-no-such-disk", timeout: 300)
        #expect(next.stdout.contains("Des résultats d'un passage précédent attendaient sur la clé"), "\(next.stdout)")
        #expect(next.stdout.contains("c'est l'appareil \(tag), 2 résultat(s) rattaché(s)"), "\(next.stdout)")
        #expect(next.stdout.contains("2 envoyé(s), 0 refusé(s), 0 en attente."), "\(next.stdout)")
        #expect(try await bench.eventKinds(tag).filter { $0 == "erasure-recorded" }.count == 1)
        #expect(SubmitAndSyncTests.waiting(in: stick.appendingPathComponent("spool")).isEmpty)
    }

    @Test("first boot: the key just made is not known to the service yet, so the certificate waits on the stick until the key is registered, then goes at the next run",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices, "needs root, losetup and /dev/loop-control (CI runs as root)"))
    func firstBootKeepsCertificatesUntilTheKeyIsRegistered() async throws {
        let world = try await World(conf: { url, token in "url = \(url)\ntoken = \(token)\nmode = auto\n" }, registerKey: false)
        defer { world.close() }
        let (bench, tag, stick) = (world.bench, world.tag, world.stick)

        let first = try world.runBench()
        #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
        #expect(first.stdout.contains("Clé du poste créée"), "\(first.stdout)")
        #expect(first.stdout.contains("La clé du poste vient d'être créée : faites-la enregistrer au bureau"), "\(first.stdout)")
        #expect(SubmitAndSyncTests.waiting(in: stick.appendingPathComponent("spool")).count == 1)
        #expect(!FileManager.default.fileExists(atPath: stick.appendingPathComponent("spool/rejected").path)
            || SubmitAndSyncTests.waiting(in: stick.appendingPathComponent("spool/rejected")).isEmpty)

        let publicKey = try String(contentsOf: stick.appendingPathComponent("keys/station-ed25519.pub.pem"), encoding: .utf8)
        #expect(try await bench.send("POST", "/api/station-keys", json: ["name": "banc-neuf", "publicKey": publicKey]).status == 201)
        let next = try world.runBench(disk: "refurb-test-no-such-disk", timeout: 300)
        #expect(next.stdout.contains("1 envoyé(s), 0 refusé(s), 0 en attente."), "\(next.stdout)")
        #expect(try await bench.eventKinds(tag).contains("erasure-recorded"))
    }

    @Test("offline auto mode on a folder in memory (a PXE bench with no REFURB partition): nothing is erased, since the certificates would die with the power",
          .enabled(if: SubmitAndSyncTests.canUseLoopDevices && FileManager.default.fileExists(atPath: "/dev/shm"),
                   "needs root, losetup, /dev/loop-control and a tmpfs at /dev/shm (CI runs as root)"))
    func offlineAutoInMemoryErasesNothing() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let memory = URL(fileURLWithPath: "/dev/shm/refurb-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: memory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: memory) }
        let stick = try Self.stick(in: memory, conf: "mode = auto\noffline = yes\n")
        let root = try Self.machine(in: refurb.folder, cmdline: "quiet\n")
        let (loop, backing) = try Self.donatedDisk(in: refurb.folder)
        defer { loop.detach() }
        try Self.showToProbe(loop, root: root)

        let run = try refurb.run(["bench", "--stick", stick.path, "--root", root, "--no-smart", "--disk", loop.path])
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("Pas de clé REFURB : les résultats restent en mémoire"), "\(run.stdout)")
        #expect(run.stdout.contains("Mode automatique hors ligne sans clé REFURB"), "\(run.stdout)")
        #expect(try Self.stillHoldsPattern(backing), "the donated disk was written to")
        #expect((try Self.lastRun(stick))["verdict"] as? String == "withheld")
    }

    @Test("auto mode for a machine the service does not know: nothing is erased, the end screen says why, exit 1")
    func autoWithoutIntakeRecord() async throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let service = try ServiceProcess(folder: refurb.folder)
        defer { service.stop() }
        let (_, token) = try await ServiceClient.bench(on: service)
        let stick = try Self.stick(in: refurb.folder, conf: "url = \(service.baseURL)\ntoken = \(token)\nmode = auto\n")
        let root = try Self.machine(in: refurb.folder, cmdline: "quiet\n")

        // --disk names no disk of this machine: the test never lists, let alone erases, the host's disks.
        let run = try refurb.run(["bench", "--stick", stick.path, "--root", root, "--no-smart", "--disk", "refurb-test-no-such-disk"])
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("Clé du poste créée, empreinte"), "the first boot makes the key: \(run.stdout)")
        #expect(run.stdout.contains("Le service ne connaît aucun appareil au numéro de série \(Self.serial)"), "\(run.stdout)")
        #expect(run.stdout.contains("N O N   E F F A C É"), "\(run.stdout)")
        #expect(run.stdout.contains("pas de fiche d'accueil pour le numéro de série \(Self.serial)"), "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: stick.appendingPathComponent("keys/station-ed25519.key.pem").path))
        #expect((try Self.lastRun(stick))["verdict"] as? String == "withheld")

        // The key is kept across boots: the next run uses it.
        let second = try refurb.run(["bench", "--stick", stick.path, "--root", root, "--no-smart", "--disk", "refurb-test-no-such-disk"])
        #expect(second.stdout.contains("Clé du poste : empreinte"), "\(second.stdout)")
    }

    @Test("a refurb.conf with mistakes: each named with its line, nothing erased, exit 2; sync --stick refuses it too")
    func badConfiguration() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let stick = try Self.stick(in: refurb.folder, conf: "# banc\nmode = automatique\ncouleur = bleu\n")
        let root = try Self.machine(in: refurb.folder, cmdline: "refurb.mode=auto refurb.poweroff=peut-etre\n")
        let run = try refurb.run(["bench", "--stick", stick.path, "--root", root, "--no-smart", "--disk", "refurb-test-no-such-disk"])
        #expect(run.status == 2, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("refurb.conf, ligne 2 : « automatique » n'est pas une valeur possible pour « mode »"), "\(run.stdout)")
        #expect(run.stdout.contains("refurb.conf, ligne 3 : la clé « couleur » n'existe pas"), "\(run.stdout)")
        #expect(run.stdout.contains("Ligne de commande du noyau, « refurb.poweroff=peut-etre » ignoré"), "\(run.stdout)")
        #expect(!run.stdout.contains("1. La machine"))

        let sync = try refurb.run(["sync", "--stick", stick.path])
        #expect(sync.status == 2)
        #expect(sync.stderr.contains("ligne 2"), "\(sync.stderr)")
        let missing = try refurb.run(["bench", "--stick", refurb.folder.appendingPathComponent("absent").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("la partition REFURB de la clé est-elle montée"), "\(missing.stderr)")
    }
}
