@testable import Erasure
import Crypto
import Foundation
import RefurbCore
import Testing

/// Any change to any byte of meaning breaks the signature; another key's signature is refused.
@Suite struct CertificateSignatureTests {
    let directory: TemporaryDirectory
    let keys: StationKeyPair

    init() throws {
        directory = try TemporaryDirectory()
        keys = try StationKeyPair.create(in: directory.file("keys"))
    }

    func signed() throws -> Data { try CertificateSigner.sign(CertificateSamples.full(), with: keys).fileContent }

    @Test func signedCertificateVerifiesWithTheStationKey() throws {
        let outcome = CertificateVerifier.verify(fileContent: try signed(), trustedKey: keys.publicKey)
        guard case .valid(let certificate, let keyID, let trusted) = outcome else {
            Issue.record("not valid: \(outcome)")
            return
        }
        #expect(keyID == keys.keyID && trusted)
        var expected = CertificateSamples.full()
        expected.signature = certificate.signature
        #expect(certificate == expected)
    }

    /// Every leaf of the document — strings, numbers, booleans, array elements — is changed in turn, and
    /// every optional member is removed in turn, including inside the signature block.
    @Test func changingAnyFieldBreaksVerification() throws {
        let original = try StrictJSONParser.parse([UInt8](try signed()))
        var mutations = 0
        for (path, mutated) in Self.mutations(of: original, path: []) {
            let content = Data(CanonicalJSON.encode(mutated))
            let outcome = CertificateVerifier.verify(fileContent: content, trustedKey: keys.publicKey)
            #expect(!outcome.isValid, "changing \(path.joined(separator: ".")) went unnoticed")
            mutations += 1
        }
        #expect(mutations > 150)
    }

    @Test func layoutChangesAreNotChangesOfMeaning() throws {
        let tree = try StrictJSONParser.parse([UInt8](try signed()))
        let compact = Data(CanonicalJSON.encode(tree))
        #expect(CertificateVerifier.verify(fileContent: compact, trustedKey: keys.publicKey).isValid)
        let spaced = Data(String(decoding: compact, as: UTF8.self).replacingOccurrences(of: ",\"", with: ",\n    \"").utf8)
        #expect(CertificateVerifier.verify(fileContent: spaced, trustedKey: keys.publicKey).isValid)
    }

    @Test func anotherKeysSignatureIsRefused() throws {
        let otherDirectory = try TemporaryDirectory()
        let forger = try StationKeyPair.create(in: otherDirectory.path + "/keys")
        let forged = try CertificateSigner.sign(CertificateSamples.full(), with: forger).fileContent
        let outcome = CertificateVerifier.verify(fileContent: forged, trustedKey: keys.publicKey)
        #expect(outcome == .invalid(.wrongKey(signedBy: forger.keyID, expected: keys.keyID)))
        // Without a trusted key the file is only intact: the verdict says which key signed it.
        guard case .valid(_, let keyID, let trusted) = CertificateVerifier.verify(fileContent: forged, trustedKey: nil) else {
            Issue.record("self-consistent file should check against its own key")
            return
        }
        #expect(keyID == forger.keyID && !trusted)
    }

    @Test func swappingTheEmbeddedKeyDoesNotHelpAForger() throws {
        let forger = Curve25519.Signing.PrivateKey()
        var tree = try StrictJSONParser.parse([UInt8](try signed()))
        tree = tree.setting("result", to: .object(["status": .string("erased"), "reasons": .array([])]))
        let message = CertificateSigner.signedBytes(of: tree)
        let signature = JSONValue.object([
            "algorithm": .string("Ed25519"),
            "keyId": .string(StationKeyPair.keyID(of: forger.publicKey)),
            "publicKey": .string(forger.publicKey.rawRepresentation.base64EncodedString()),
            "recordSHA256": .string(SHA256.hash(data: message).map { String(format: "%02x", $0) }.joined()),
            "value": .string(try forger.signature(for: message).base64EncodedString()),
        ])
        let forged = Data(CanonicalJSON.encode(tree.setting("signature", to: signature)))
        #expect(!CertificateVerifier.verify(fileContent: forged, trustedKey: keys.publicKey).isValid)
    }

    @Test func ambiguousJSONIsRefused() throws {
        let text = String(decoding: try signed(), as: UTF8.self)
        let duplicated = text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"schemaVersion\" : 2")
        #expect(CertificateVerifier.verify(fileContent: Data(duplicated.utf8), trustedKey: keys.publicKey) == .invalid(.malformed("duplicate key \"schemaVersion\" at byte \(duplicated.range(of: "\"schemaVersion\" : 2")!.lowerBound.utf16Offset(in: duplicated) + 15)")))
        #expect(!CertificateVerifier.verify(fileContent: Data(text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1.0").utf8), trustedKey: keys.publicKey).isValid)
        #expect(CertificateVerifier.verify(fileContent: Data("{}".utf8), trustedKey: nil) == .invalid(.unsigned))
    }

    /// Anyone can check a certificate without Refurb: the signed bytes and the PEM key work with OpenSSL.
    @Test func openSSLVerifiesTheSignatureIndependently() throws {
        try #require(TestEnvironment.hasOpenSSL, "openssl not installed")
        let content = try signed()
        let tree = try StrictJSONParser.parse([UInt8](content))
        let signature = try #require(tree["signature"]?["value"]?.string.flatMap { Data(base64Encoded: $0) })
        _ = FileManager.default.createFile(atPath: directory.file("message.bin"), contents: Data(CertificateSigner.signedBytes(of: tree)))
        _ = FileManager.default.createFile(atPath: directory.file("signature.bin"), contents: signature)
        let output = try Shell.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", directory.file("keys/" + StationKeyPair.publicKeyFileName),
                                    "-rawin", "-in", directory.file("message.bin"), "-sigfile", directory.file("signature.bin")])
        #expect(output.succeeded, "\(output.standardOutput) \(output.standardError)")
        // The private key is standard PKCS#8 too, and private to its owner.
        let privatePath = directory.file("keys/" + StationKeyPair.privateKeyFileName)
        #expect(try Shell.run(["openssl", "pkey", "-in", privatePath, "-noout"]).succeeded)
        let permissions = try FileManager.default.attributesOfItem(atPath: privatePath)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func keysAreNeverReplaced() throws {
        #expect(throws: StationKeyError.self) { try StationKeyPair.create(in: directory.file("keys")) }
        #expect(try StationKeyPair.load(from: directory.file("keys")).keyID == keys.keyID)
    }

    @Test func signedCertificateMatchesItsSchema() throws {
        try #require(TestEnvironment.hasPythonJSONSchema, "python3 jsonschema not installed")
        try SchemaCheck.validate(try signed(), in: directory)
    }

    /// The certificate in docs/erasure was issued by a real wipe of a loop device in 2026. A donor keeps it for
    /// years: a later change to the canonical encoding or to the verifier must not turn it into a forgery.
    @Test func aCertificateIssuedByAnEarlierVersionStillVerifies() throws {
        let root = try #require(Fixtures.projectRoot)
        let folder = URL(fileURLWithPath: root).appendingPathComponent("docs/erasure")
        let content = try Data(contentsOf: folder.appendingPathComponent("22cefcba-89e9-4e0b-b910-0344aef055fc.json"))
        let key = try StationKeyPair.loadPublicKey(path: folder.appendingPathComponent("station-ed25519.pub.pem").path)

        let outcome = CertificateVerifier.verify(fileContent: content, trustedKey: key)
        guard case .valid(let certificate, let keyID, let trusted) = outcome else {
            Issue.record("the sample no longer verifies: \(outcome)")
            return
        }
        #expect(trusted && keyID == "08789ed2a4cc2dfe")
        #expect(certificate.result.status == .erased)
        #expect(certificate.verification.mismatchedSectors == 0)

        var tampered = String(decoding: content, as: UTF8.self)
        tampered = tampered.replacingOccurrences(of: "\"bytesWritten\" : 268435456", with: "\"bytesWritten\" : 268435457")
        #expect(!CertificateVerifier.verify(fileContent: Data(tampered.utf8), trustedKey: key).isValid)
    }

    // MARK: Mutations

    static func mutations(of value: JSONValue, path: [String]) -> [([String], JSONValue)] {
        func rebuild(_ transform: (JSONValue) -> [([String], JSONValue)]) -> [([String], JSONValue)] { transform(value) }
        switch value {
        case .null: return [(path, .string("x"))]
        case .bool(let flag): return [(path, .bool(!flag))]
        case .integer(let number): return [(path, .integer(number + 1))]
        case .double(let number): return [(path, .double(number + 1))]
        case .string(let text): return [(path, .string(text + "x")), (path + ["(case)"], .string(text.uppercased() == text ? text.lowercased() + "y" : text.uppercased()))]
        case .array(let elements):
            var result: [([String], JSONValue)] = [(path + ["(append)"], .array(elements + [.null]))]
            for (index, element) in elements.enumerated() {
                result.append((path + ["[\(index)](removed)"], .array(elements.enumerated().filter { $0.offset != index }.map(\.element))))
                for (subpath, mutated) in mutations(of: element, path: path + ["[\(index)]"]) {
                    var copy = elements
                    copy[index] = mutated
                    result.append((subpath, .array(copy)))
                }
            }
            return result
        case .object(let members):
            var result: [([String], JSONValue)] = [(path + ["(added)"], .object(members.merging(["extra": .bool(true)]) { $1 }))]
            for (key, member) in members {
                var removed = members
                removed.removeValue(forKey: key)
                result.append((path + [key + "(removed)"], .object(removed)))
                for (subpath, mutated) in mutations(of: member, path: path + [key]) {
                    var copy = members
                    copy[key] = mutated
                    result.append((subpath, .object(copy)))
                }
            }
            return result
        }
    }
}

/// Validates certificate JSON against Schemas/erasure-certificate.schema.json with Python's jsonschema
/// (an implementation independent of ours).
enum SchemaCheck {
    static func validate(_ content: Data, in directory: TemporaryDirectory) throws {
        let root = try #require(Fixtures.projectRoot, "Schemas/ not found above the tests")
        let file = directory.file("certificate-\(UUID().uuidString).json")
        _ = FileManager.default.createFile(atPath: file, contents: content)
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
        """
        let output = try Shell.run(["python3", "-c", script, root + "/Schemas/erasure-certificate.schema.json", file])
        #expect(output.succeeded, "schema validation failed: \(output.standardError)")
    }
}
