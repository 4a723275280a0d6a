import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Printing
import RefurbCore
@testable import RefurbServer
import RefurbStore

/// A service on its own temporary database, with one account and one Bearer token per role, ready for
/// `app.test(.router)`. Removed when the value goes away. Unchecked: the router is built once in init
/// and only read afterwards.
final class TestWorkshop: @unchecked Sendable {
    let directory: String
    let database: AppDatabase
    let service: RefurbService
    /// The secret Bearer token of each role's account ("intake", "technician", "shop", "admin").
    let tokens: [Role: String]
    static let password = "correct horse battery"

    /// `filePrinters` lets `file:` printers write in `printersDirectory` (`--file-printers`); `publicURL` is
    /// `--public-url`.
    init(tokenCacheLifetime: Duration = .seconds(5), filePrinters: Bool = false, publicURL: String? = nil) throws {
        directory = NSTemporaryDirectory() + "refurb-server-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory + "/printers", withIntermediateDirectories: true)
        database = try AppDatabase.open(path: directory + "/refurb.sqlite")
        var configuration = ServiceConfiguration(databasePath: directory + "/refurb.sqlite", bcryptCost: 4,
                                                 labelsDirectory: Self.repositoryRoot + "/Labels", workshopName: "Atelier test",
                                                 pagesRoot: Self.repositoryRoot, tokenCacheLifetime: tokenCacheLifetime)
        if filePrinters { configuration.filePrinters = try FilePrinterFolder(directory + "/printers") }
        configuration.publicURL = publicURL.flatMap(PublicURL.init)
        service = try RefurbService(configuration: configuration, database: database)
        let hash = PasswordHasher(cost: 4).hashNow(Self.password)
        let setup = Actor(user: "test", station: "setup")
        var tokens: [Role: String] = [:]
        for role in Role.allCases {
            _ = try database.addAccount(username: role.rawValue, passwordHash: hash, roles: [role], actor: setup, at: Date())
            let secret = "rft_test_" + role.rawValue
            _ = try database.createToken(name: "bench-\(role.rawValue)", username: role.rawValue, station: "poste-\(role.rawValue)",
                                         secretHash: SecretToken.hash(secret), actor: setup, at: Date())
            tokens[role] = secret
        }
        self.tokens = tokens
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Where `file:` printers may write when the workshop was made with `filePrinters`.
    var printersDirectory: String { directory + "/printers" }

    var application: some ApplicationProtocol {
        var logger = Logger(label: "refurb-test")
        logger.logLevel = .warning
        return Application(router: service.router, logger: logger)
    }

    func headers(_ role: Role?, json: Bool = true) -> HTTPFields {
        var fields = HTTPFields()
        if let role, let token = tokens[role] { fields[.authorization] = "Bearer \(token)" }
        if json { fields[.contentType] = "application/json" }
        return fields
    }

    static var repositoryRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }
}

extension TestClientProtocol {
    /// Sends `body` (a JSON string) as `role` and returns the status and the decoded JSON object, if any.
    @discardableResult
    func call(_ method: HTTPRequest.Method, _ uri: String, as role: Role?, in workshop: TestWorkshop,
              json body: String? = nil, extraHeaders: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, json: [String: Any], raw: ByteBuffer, headers: HTTPFields) {
        var headers = workshop.headers(role)
        headers.append(contentsOf: extraHeaders)
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            let object = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
            return (response.status, object, response.body, response.headers)
        }
    }
}
