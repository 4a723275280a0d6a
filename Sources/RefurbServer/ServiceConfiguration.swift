import Foundation
import Printing
import RefurbStore

/// How `refurb serve` runs: where it listens, which database it serves, and the knobs tests turn.
public struct ServiceConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The SQLite file, or the PostgreSQL address as shown (without its password), for messages.
    public var databasePath: String
    /// The folder of the journal's signing key (`JournalKey`): beside an SQLite file by default; for
    /// PostgreSQL, `--journal-key-dir` (docs/storage.md, "The service on the boundary").
    public var journalKeyDirectory: String
    /// bcrypt cost: 12 in service; tests lower it so that a hundred logins don't take a minute.
    public var bcryptCost: UInt8
    public var sessionLifetime: TimeInterval
    /// The folder of label templates; nil finds Labels/ beside the program or the working directory.
    public var labelsDirectory: String?
    /// The workshop's name, printed on labels.
    public var workshopName: String
    /// The folder holding Pages/ and Public/; nil finds them beside the program or the working directory.
    public var pagesRoot: String?
    /// How long a recognised API token is trusted without asking the database again. Changes made through
    /// the service take effect at once whatever this is; it bounds how long a change made behind the
    /// service's back (a database edited by another program) can go unnoticed.
    public var tokenCacheLifetime: Duration
    /// How many connections are held at once and how long an idle one is kept (`--max-connections`,
    /// `--idle-timeout`); see `ConnectionLimits` and docs/operations.md.
    public var connections = ConnectionLimits()
    /// The one folder where `file:` printers may write (`refurb serve --file-printers DIR`); without it the
    /// service refuses `file:` printers, which would write anywhere with its rights.
    public var filePrinters: FilePrinterFolder? = nil
    /// The address people reach the service at (`--public-url`, `$REFURB_PUBLIC_URL`), when it differs from
    /// where it listens: behind a TLS reverse proxy, an https address makes the session cookie `Secure`.
    public var publicURL: PublicURL? = nil
    /// The reverse proxies (Caddy, nginx) in front of the service, by IP address. Only for a request
    /// from one of them is `X-Forwarded-For` read (its last hop that is not a trusted proxy) to find the
    /// client's address, which the login throttle counts; from anyone else the header is ignored.
    public var trustedProxies: [String] = []
    /// Seconds without news after which a running wipe's station is shown as gone quiet (`--wipe-quiet-after`).
    public var wipeQuietAfter: TimeInterval = WipeProgressBoard.stalledAfter
    /// From a wired bench's few seconds of hiccup to a Wi-Fi workshop's long gaps.
    public static let allowedWipeQuietSeconds = 5...3600

    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String, bcryptCost: UInt8 = 12,
                sessionLifetime: TimeInterval = 12 * 3600, labelsDirectory: String? = nil, workshopName: String = "Refurb",
                pagesRoot: String? = nil, tokenCacheLifetime: Duration = .seconds(5)) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        journalKeyDirectory = AppDatabase.journalKeyDirectory(forDatabaseAt: databasePath)
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
        self.labelsDirectory = labelsDirectory
        self.workshopName = workshopName
        self.pagesRoot = pagesRoot
        self.tokenCacheLifetime = tokenCacheLifetime
    }
}

extension ServiceConfiguration {
    /// Where the service's `file:` printers may write.
    var filePrinterAccess: FilePrinterAccess { filePrinters.map(FilePrinterAccess.inside) ?? .refused }

    /// Whether cookies carry `Secure`: only when people reach the service over https.
    var cookiesAreSecure: Bool { publicURL?.isHTTPS ?? false }
}
