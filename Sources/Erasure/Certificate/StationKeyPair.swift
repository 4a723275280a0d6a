import Crypto
import Foundation

public enum StationKeyError: Error, Sendable, Equatable {
    case alreadyExists(String)
    case missing(String)
    case unreadable(String)
    case cannotWrite(String)
}

/// The station's Ed25519 signing key, stored as standard PEM (PKCS#8 private key, SubjectPublicKeyInfo
/// public key) so that anyone can also check a signature with OpenSSL. The private key file is created
/// with mode 0600 in a 0700 folder.
public struct StationKeyPair: Sendable {
    public typealias PublicKey = Curve25519.Signing.PublicKey

    public static let privateKeyFileName = "station-ed25519.key.pem"
    public static let publicKeyFileName = "station-ed25519.pub.pem"

    /// Raw key bytes: swift-crypto's key types aren't Sendable, and one key signs the certificates of
    /// several disks wiped in parallel.
    private let privateKeyBytes: Data

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        self.privateKeyBytes = privateKey.rawRepresentation
    }

    public var privateKey: Curve25519.Signing.PrivateKey {
        try! Curve25519.Signing.PrivateKey(rawRepresentation: privateKeyBytes)
    }

    public var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }
    public var keyID: String { Self.keyID(of: publicKey) }

    /// `$REFURB_KEYS`, or ./keys.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["REFURB_KEYS"].flatMap { $0.isEmpty ? nil : $0 } ?? "keys"
    }

    public static func keyID(of publicKey: Curve25519.Signing.PublicKey) -> String {
        SHA256.hash(data: publicKey.rawRepresentation).map { String(format: "%02x", $0) }.joined().prefix(16).description
    }

    /// Creates a new pair in `directory`. Refuses to replace an existing key: certificates already signed
    /// with it would lose the key that checks them.
    @discardableResult
    public static func create(in directory: String) throws -> StationKeyPair {
        let privatePath = directory + "/" + privateKeyFileName
        let publicPath = directory + "/" + publicKeyFileName
        guard !FileManager.default.fileExists(atPath: privatePath) else { throw StationKeyError.alreadyExists(privatePath) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StationKeyError.cannotWrite(directory)
        }
        let pair = StationKeyPair(privateKey: Curve25519.Signing.PrivateKey())
        // Create the file with 0600 before any key byte is written, so the key is never readable by others.
        guard FileManager.default.createFile(atPath: privatePath, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: privatePath) else { throw StationKeyError.cannotWrite(privatePath) }
        handle.write(Data(PEM.privateKey(pair.privateKey).utf8))
        try? handle.close()
        guard FileManager.default.createFile(atPath: publicPath, contents: Data(PEM.publicKey(pair.publicKey).utf8), attributes: [.posixPermissions: 0o644]) else {
            throw StationKeyError.cannotWrite(publicPath)
        }
        return pair
    }

    public static func load(from directory: String) throws -> StationKeyPair {
        let path = directory + "/" + privateKeyFileName
        guard let data = FileManager.default.contents(atPath: path) else { throw StationKeyError.missing(path) }
        guard let key = PEM.parsePrivateKey(String(decoding: data, as: UTF8.self)) else { throw StationKeyError.unreadable(path) }
        return StationKeyPair(privateKey: key)
    }

    public static func loadPublicKey(path: String) throws -> Curve25519.Signing.PublicKey {
        guard let data = FileManager.default.contents(atPath: path) else { throw StationKeyError.missing(path) }
        guard let key = PEM.parsePublicKey(String(decoding: data, as: UTF8.self)) else { throw StationKeyError.unreadable(path) }
        return key
    }
}
