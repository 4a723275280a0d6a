import Crypto
import Foundation
import Glibc
import HostSystem

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
        // mkdir(2) and open(2) with their modes rather than a chmod afterwards: on the bench stick's FAT partition a
        // chmod the mount options cannot show fails (EPERM), while a mode given at creation is simply not kept.
        for folder in Self.folders(leadingTo: directory) where mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw StationKeyError.cannotWrite(directory)
        }
        let pair = StationKeyPair(privateKey: Curve25519.Signing.PrivateKey())
        // Created with 0600 before any key byte is written, so the key is never readable by others; O_EXCL so that
        // a key made meanwhile by another run is never replaced.
        guard Self.write(Data(PEM.privateKey(pair.privateKey).utf8), to: privatePath, mode: 0o600, exclusive: true) else {
            throw StationKeyError.cannotWrite(privatePath)
        }
        guard Self.write(Data(PEM.publicKey(pair.publicKey).utf8), to: publicPath, mode: 0o644, exclusive: false) else {
            throw StationKeyError.cannotWrite(publicPath)
        }
        return pair
    }

    /// `directory` and each of its parents that may not exist yet, outermost first.
    static func folders(leadingTo directory: String) -> [String] {
        var folders: [String] = []
        var path = directory
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        while !path.isEmpty, path != "/", path != "." {
            folders.insert(path, at: 0)
            // Up to the last slash by hand: Foundation's deletingLastPathComponent traps on a one-letter
            // name such as « k » (swift-corelibs-foundation, Swift 6.3), which `--keys k` gave it.
            guard let slash = path.lastIndex(of: "/") else { break }
            path = slash == path.startIndex ? "/" : String(path[..<slash])
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        }
        return folders
    }

    /// Writes a whole file created with `mode`, flushed to the disk (a stick may be pulled out right after).
    static func write(_ data: Data, to path: String, mode: mode_t, exclusive: Bool) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | (exclusive ? O_EXCL : 0), mode)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let written = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = try? SystemCallError.retryingInterrupts("write", path: path) {
                    Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                }
                guard let count, count > 0 else { return false }
                offset += count
            }
            return true
        }
        return written && fsync(fd) == 0
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
