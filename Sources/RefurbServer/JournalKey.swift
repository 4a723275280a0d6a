import Erasure
import Foundation
import RefurbStore

/// The journal's Ed25519 key, kept beside an SQLite database (`AppDatabase.journalKeyDirectory`), or in the
/// folder `refurb serve --journal-key-dir` names (`ServiceConfiguration.journalKeyDirectory`): it signs the
/// journal's closures and the register's seals. Made on first use, by `refurb journal close` or by the
/// service when it first seals the register.
public enum JournalKey {
    public struct Unusable: Error, Sendable {
        public let folder: String
    }

    /// The signer, whether it was just created, and its folder.
    public static func signer(forDatabase path: String) throws(Unusable) -> (JournalSigner, created: Bool, folder: String) {
        try signer(in: AppDatabase.journalKeyDirectory(forDatabaseAt: path))
    }

    /// The signer kept in `folder`, made there when there is none.
    public static func signer(in folder: String) throws(Unusable) -> (JournalSigner, created: Bool, folder: String) {
        var created = false
        let pair: StationKeyPair
        do {
            if FileManager.default.fileExists(atPath: folder + "/" + StationKeyPair.privateKeyFileName) {
                pair = try StationKeyPair.load(from: folder)
            } else {
                do {
                    pair = try StationKeyPair.create(in: folder)
                    created = true
                } catch {
                    // Made by another request in the meantime.
                    pair = try StationKeyPair.load(from: folder)
                }
            }
        } catch {
            throw Unusable(folder: folder)
        }
        guard let signer = JournalSigner(privateKeyRaw: pair.privateKey.rawRepresentation) else { throw Unusable(folder: folder) }
        return (signer, created, folder)
    }
}
