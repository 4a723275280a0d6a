import Foundation
import Testing

/// One CLI dialect (issue 15): every command takes `--lang` (and `wipe`, `keys`, `certificate` still understand the
/// `--language` they once took), `--json` answers through the same views and failures, `--help` speaks one language
/// at a time, and the documented exit codes hold.
@Suite struct CLIDialectTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let certificate = repository.appendingPathComponent("docs/erasure/22cefcba-89e9-4e0b-b910-0344aef055fc.json").path
    static let publicKey = repository.appendingPathComponent("docs/erasure/station-ed25519.pub.pem").path

    @Test("--help is in the environment's language, or --lang's, one language at a time")
    func helpInOneLanguage() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let french = try refurb.run(["wipe", "--help"], language: "fr")
        #expect(french.status == 0)
        #expect(french.stdout.contains("Effacer des disques et signer un certificat pour chacun."), "\(french.stdout)")
        #expect(french.stdout.contains("Code de sortie : 0 chaque disque effacé"))
        #expect(french.stdout.contains("Langue des messages : fr ou en"))
        #expect(!french.stdout.contains("Erase disks"), "\(french.stdout)")
        #expect(!french.stdout.contains("--language"), "the former name is accepted, not shown")

        let english = try refurb.run(["wipe", "--help"], language: "en")
        #expect(english.stdout.contains("Erase disks and sign a certificate for each one."), "\(english.stdout)")
        #expect(!english.stdout.contains("Effacer"), "\(english.stdout)")

        // --lang on the command line wins over the environment, for the help too.
        let asked = try refurb.run(["keys", "init", "--help", "--lang", "en"], language: "fr")
        #expect(asked.stdout.contains("Create the station key pair"), "\(asked.stdout)")
        let root = try refurb.run(["--help"], language: "en_GB.UTF-8")
        #expect(root.stdout.contains("donated computers from intake to sale"), "\(root.stdout)")
        #expect(root.stdout.contains("Erase disks and sign a certificate"), "\(root.stdout)")
        #expect(!root.stdout.contains("Effacer des disques"), "\(root.stdout)")

        for command in [["probe"], ["sync"], ["bench"], ["certificate", "verify"]] {
            let help = try refurb.run(command + ["--help"], language: "fr")
            #expect(help.status == 0)
            #expect(help.stdout.contains("--lang <fr|en>"), "\(command) takes --lang: \(help.stdout)")
            #expect(help.stdout.contains("Langue des messages"), "\(command): \(help.stdout)")
        }

        // The last commands to get their words: journal verify and db copy, in one language each.
        for (command, french, english) in [(["journal", "verify"], "Vérifier qu'aucune vente", "Check that no sale"),
                                           (["db", "copy"], "Copier la base SQLite", "Copy a workshop's SQLite")] {
            let inFrench = try refurb.run(command + ["--help"], language: "fr")
            #expect(inFrench.stdout.contains(french) && !inFrench.stdout.contains(english), "\(command): \(inFrench.stdout)")
            let inEnglish = try refurb.run(command + ["--help"], language: "en")
            #expect(inEnglish.stdout.contains(english) && !inEnglish.stdout.contains(french), "\(command): \(inEnglish.stdout)")
        }
    }

    @Test("wipe, keys and certificate take --lang, and still --language; an unknown language is bad input (exit 2)")
    func languageOption() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        for name in ["--lang", "--language"] {
            let english = try refurb.run(["wipe", "--method", "bogus", "/dev/sdz", name, "en"], language: "fr")
            #expect(english.status == 2, "\(name): \(english.stderr)")
            #expect(english.stderr.contains("Unknown method"), "\(name): \(english.stderr)")
            let missing = try refurb.run(["certificate", "verify", "absent.json", name, "en"], language: "fr")
            #expect(missing.status == 2, "\(name): \(missing.stderr)")
        }
        let french = try refurb.run(["wipe", "--method", "bogus", "/dev/sdz"], language: "fr")
        #expect(french.stderr.contains("inconnue"), "\(french.stderr)")
        let unknown = try refurb.run(["keys", "init", "--lang", "de"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Langue « de » inconnue"), "\(unknown.stderr)")
    }

    @Test("wipe's bad input is said on standard error, and with --json as {\"error\": {\"code\", \"message\"}} (exit 2)")
    func wipeBadInput() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let cases: [(arguments: [String], code: String)] = [
            (["wipe", "/dev/sdz", "--method", "bogus"], "invalid-method"),
            (["wipe", "/dev/sdz", "--verify", "often"], "invalid-verify"),
            (["wipe"], "no-disk"),
            (["wipe", "/dev/refurb-test-no-such-disk", "--yes"], "unknown-disk"),
        ]
        for (arguments, code) in cases {
            let plain = try refurb.run(arguments)
            #expect(plain.status == 2, "\(arguments): \(plain.stderr)")
            #expect(plain.stdout.isEmpty && !plain.stderr.isEmpty, "\(arguments): \(plain.stdout)")
            let json = try refurb.run(arguments + ["--json"])
            #expect(json.status == 2, "\(arguments): \(json.stderr)")
            let error = (try json.json() as? [String: Any])?["error"] as? [String: Any]
            #expect(error?["code"] as? String == code, "\(arguments): \(json.stdout)")
            #expect((error?["message"] as? String).map { json.stderr.contains($0) } == true, "\(json.stderr)")
        }
    }

    @Test("wipe --list --json: every disk with the same fields as before, serial and model null when unknown")
    func wipeListJSON() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let listed = try refurb.run(["wipe", "--list", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let disks = try #require((try listed.json() as? [String: Any])?["disks"] as? [[String: Any]], "\(listed.stdout)")
        let fields: Set = ["device", "model", "serial", "sizeBytes", "mediaType", "transport", "refused", "reasons", "reasonTexts"]
        for disk in disks {
            #expect(Set(disk.keys) == fields, "\(disk)")
        }
    }

    @Test("keys init --json, then again: the key is never replaced (exit 1, said as JSON)")
    func keysJSON() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let keys = refurb.folder.appendingPathComponent("keys").path
        let made = try refurb.run(["keys", "init", "--keys", keys, "--json"])
        #expect(made.status == 0, "\(made.stderr)")
        let view = try #require(try made.json() as? [String: Any])
        #expect(Set(view.keys) == ["keyId", "privateKey", "publicKey"], "\(view)")
        #expect(view["publicKey"] as? String == keys + "/station-ed25519.pub.pem")

        let again = try refurb.run(["keys", "init", "--keys", keys, "--json"])
        #expect(again.status == 1, "\(again.stderr)")
        let error = (try again.json() as? [String: Any])?["error"] as? [String: Any]
        #expect(error?["code"] as? String == "key-exists", "\(again.stdout)")
        let plain = try refurb.run(["keys", "init", "--keys", keys], language: "en")
        #expect(plain.status == 1 && plain.stdout.isEmpty && !plain.stderr.isEmpty, "\(plain.stderr)")
    }

    @Test("certificate verify --json: genuine (exit 0), changed (exit 1), unreadable (exit 2)")
    func certificateVerifyJSON() throws {
        let refurb = try RefurbProcess()
        defer { refurb.cleanUp() }
        let genuine = try refurb.run(["certificate", "verify", Self.certificate, "--public-key", Self.publicKey, "--json"])
        #expect(genuine.status == 0, "\(genuine.stderr)")
        let valid = try #require(try genuine.json() as? [String: Any])
        #expect(Set(valid.keys) == ["valid", "keyId", "trustedKey", "certificateId", "status", "serial"], "\(valid)")
        #expect(valid["valid"] as? Bool == true && valid["trustedKey"] as? Bool == true)
        #expect(valid["serial"] is NSNull, "a loop device has no serial: null, not left out")

        let text = try String(contentsOfFile: Self.certificate, encoding: .utf8)
        let changed = refurb.folder.appendingPathComponent("changed.json")
        try Data(text.replacingOccurrences(of: "\"erased\"", with: "\"Erased\"").utf8).write(to: changed)
        let refused = try refurb.run(["certificate", "verify", changed.path, "--public-key", Self.publicKey, "--json"])
        #expect(refused.status == 1, "\(refused.stderr)")
        let invalid = try #require(try refused.json() as? [String: Any], "\(refused.stdout)")
        #expect(Set(invalid.keys) == ["valid", "reason", "message"], "\(invalid)")
        #expect(invalid["valid"] as? Bool == false)
        let said = try refurb.run(["certificate", "verify", changed.path, "--public-key", Self.publicKey])
        #expect(said.status == 1 && said.stdout.isEmpty && !said.stderr.isEmpty, "\(said.stdout)")

        let unreadable = try refurb.run(["certificate", "verify", refurb.folder.appendingPathComponent("absent.json").path])
        #expect(unreadable.status == 2, "\(unreadable.stderr)")
    }
}
