import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The real `refurb serve` with its database on a small filesystem that fills up: the intakes that no longer
/// fit are 507s that say the disk is full, reads go on, and intakes work again once space is freed.
@Suite("A full disk, for real", .serialized)
struct FullDiskProcessTests {
    /// A 4 MiB tmpfs mounted for the test (needs root: CI runs as root), unmounted when done.
    final class SmallFilesystem {
        let path: String

        init?() {
            guard geteuid() == 0 else { return nil }
            path = NSTemporaryDirectory() + "refurb-small-disk-" + UUID().uuidString
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", path]) == 0 else {
                try? FileManager.default.removeItem(atPath: path)
                return nil
            }
        }

        deinit {
            _ = Self.run("/bin/umount", ["-l", path])
            try? FileManager.default.removeItem(atPath: path)
        }

        /// Writes zeros into `name` until the filesystem refuses with ENOSPC; returns the bytes written.
        func fill(_ name: String) -> Int {
            let descriptor = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            defer { close(descriptor) }
            let chunk = [UInt8](repeating: 0, count: 4096)
            var total = 0
            while true {
                let written = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if written <= 0 { break }
                total += written
            }
            return total
        }

        static func run(_ tool: String, _ arguments: [String]) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return -1 }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    static let canMount = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

    @Test("on a full disk an intake is a 507 in the caller's language (and a refusal in words on the command line), /healthz and reads answer, and freeing space is enough",
          .enabled(if: FullDiskProcessTests.canMount, "needs root to mount a small tmpfs (CI runs as root)"))
    func fullDisk() async throws {
        let disk = try #require(SmallFilesystem(), "mounting a 4 MiB tmpfs failed")
        let token = try PreparedAdmin.client(databasePath: disk.path + "/refurb.sqlite").token
        let server = try ServerProcess(databasePath: disk.path + "/refurb.sqlite")
        defer { server.stop() }
        let admin = HTTPClient(baseURL: server.baseURL, token: token)
        let lot = try await admin.send("POST", "/api/lots", json: #"{"donor":"Disque plein"}"#)
        let code = try #require(lot.json["code"] as? String)
        #expect(try await admin.send("POST", "/api/devices", json: #"{"lot":"\#(code)","category":"laptop"}"#).status == 201)

        #expect(disk.fill("filler") > 0)
        var refusal: HTTPClient.Answer?
        for index in 0..<2_000 {
            let answer = try await admin.send("POST", "/api/devices", json: #"{"lot":"\#(code)","category":"laptop","serial":"FULL-\#(index)"}"#,
                                              headers: ["Accept-Language": "fr"])
            if answer.status != 201 {
                refusal = answer
                break
            }
        }
        let full = try #require(refusal, "2,000 intakes fitted on a full disk")
        #expect(full.status == 507, "\(full.json)")
        #expect(full.json["code"] as? String == "disk-full")
        #expect((full.json["detail"] as? String)?.hasPrefix("Le disque du serveur est plein") == true, "\(full.json)")
        let english = try await admin.send("POST", "/api/devices", json: #"{"lot":"\#(code)","category":"laptop","serial":"FULL-EN"}"#,
                                           headers: ["Accept-Language": "en"])
        #expect(english.status == 507)
        #expect((english.json["detail"] as? String)?.contains("disk is full") == true, "\(english.json)")
        #expect(try await admin.send("GET", "/healthz").status == 200)
        #expect(try await admin.send("GET", "/api/lots/\(code)").status == 200)
        // The command line says it too, and exits as a refusal rather than with a stack of SQLite words.
        let command = try ServerProcess.run(["intake", "--db", server.databasePath, "--lot", code, "--category", "laptop", "--serial", "FULL-CLI"])
        #expect(command.status == 1, "\(command.output)")
        #expect(command.output.contains("disk is full"), "\(command.output)")

        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        let after = try await admin.send("POST", "/api/devices", json: #"{"lot":"\#(code)","category":"laptop","serial":"AFTER-FREEING"}"#)
        #expect(after.status == 201, "\(after.json)")
    }
}
