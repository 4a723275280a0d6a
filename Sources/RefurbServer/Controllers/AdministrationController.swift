import Crypto
import Erasure
import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// What only an admin does: accounts, API tokens for stations and bench machines, the public keys of
/// wiping stations, the printers, and the log of all of it.
struct AdministrationController {
    let state: ServiceState

    struct NewAccount: Decodable, Sendable {
        let username: String
        let roles: [String]
        /// Left out, a password is made up and returned once.
        let password: String?
    }

    struct AccountView: Codable, Sendable {
        let username: String
        let roles: [String]
        let createdAt: Date
        let disabled: Bool
        /// Only in the answer that created the account, and only when the service made it up.
        let password: String?

        init(_ account: Account, password: String? = nil) {
            username = account.username
            roles = account.roles.sorted().map(\.rawValue)
            createdAt = account.createdAt
            disabled = account.isDisabled
            self.password = password
        }
    }

    struct NewToken: Decodable, Sendable {
        let name: String
        /// The account the token acts as; the caller's own when left out.
        let username: String?
        /// The station name written in the history of what the token does.
        let station: String?
    }

    struct CreatedToken: Codable, Sendable {
        let id: Int64
        let name: String
        let username: String
        let station: String
        /// Shown once; the service keeps only its hash.
        let token: String
    }

    struct NewStationKey: Decodable, Sendable {
        let name: String
        /// The station's public key: the PEM file `refurb keys` wrote, or the raw key in base64.
        let publicKey: String
    }

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/users", .permission(.manageAccounts)) { _, _ in
            JSONResponse(try await state.database.accounts().map { AccountView($0) })
        }
        routes.add(.post, "/api/users", .permission(.manageAccounts)) { request, context in
            let body = try await request.decode(as: NewAccount.self, context: context)
            let roles = try Role.parseList(body.roles.joined(separator: ","))
            let madeUp = body.password == nil ? SecretToken.password() : nil
            let password = body.password ?? madeUp!
            guard password.count >= 10 else { throw APIError.unprocessable(Message("api.passwordTooShort", "10")) }
            let account = try await state.database.addAccount(username: body.username, passwordHash: await state.hasher.hash(password),
                                                        roles: roles, actor: try context.actor(), at: Date())
            return JSONResponse(AccountView(account, password: madeUp), status: .created)
        }

        // Disabling ends the account's sessions in the same write and its tokens at once: the route list
        // empties the credential cache after every manageAccounts change (APIRoutes).
        routes.add(.post, "/api/users/{username}/disable", .permission(.manageAccounts)) { _, context in
            JSONResponse(AccountView(try await state.database.disableAccount(username: try context.parameter("username"),
                                                                       actor: try context.actor(), at: Date())))
        }
        routes.add(.post, "/api/users/{username}/enable", .permission(.manageAccounts)) { _, context in
            JSONResponse(AccountView(try await state.database.enableAccount(username: try context.parameter("username"),
                                                                      actor: try context.actor(), at: Date())))
        }
        routes.add(.put, "/api/users/{username}/password", .permission(.manageAccounts)) { request, context in
            struct Body: Decodable { let password: String? }
            let body = try await request.decode(as: Body.self, context: context)
            let caller = try context.require(.manageAccounts)
            let madeUp = body.password == nil ? SecretToken.password() : nil
            let password = body.password ?? madeUp!
            guard password.count >= SessionController.minimumPasswordLength else {
                throw APIError.unprocessable(Message("api.passwordTooShort", String(SessionController.minimumPasswordLength)))
            }
            let username = try context.parameter("username")
            // Every session of the account ends, but the admin's own when they set their own password.
            let ended = try await state.database.setPasswordHash(username: username, passwordHash: await state.hasher.hash(password),
                                                           keepingSession: SessionController.currentSession(request, caller),
                                                           actor: try context.actor(), at: Date())
            return JSONResponse(SessionController.PasswordChanged(username: username, sessionsEnded: ended, password: madeUp))
        }

        routes.add(.get, "/api/tokens", .permission(.manageTokens)) { _, _ in
            JSONResponse(try await state.database.tokens())
        }
        routes.add(.post, "/api/tokens", .permission(.manageTokens)) { request, context in
            let body = try await request.decode(as: NewToken.self, context: context)
            let caller = try context.require(.manageTokens)
            let secret = SecretToken.make(prefix: "rft_")
            let token = try await state.database.createToken(name: body.name, username: body.username ?? caller.account.username,
                                                       station: body.station ?? body.name, secretHash: SecretToken.hash(secret),
                                                       actor: try context.actor(), at: Date())
            return JSONResponse(CreatedToken(id: token.id, name: token.name, username: token.username, station: token.station, token: secret),
                                status: .created)
        }
        routes.add(.delete, "/api/tokens/{id}", .permission(.manageTokens)) { _, context in
            try await state.database.revokeToken(id: try Self.id(context), actor: try context.actor(), at: Date())
            return NoContent()
        }

        routes.add(.get, "/api/station-keys", .permission(.manageStationKeys)) { _, _ in
            JSONResponse(try await state.database.stationKeys())
        }
        routes.add(.post, "/api/station-keys", .permission(.manageStationKeys)) { request, context in
            let body = try await request.decode(as: NewStationKey.self, context: context)
            let key = try Self.publicKey(from: body.publicKey)
            let registered = try await state.database.registerStationKey(
                name: body.name, keyId: StationKeyPair.keyID(of: key), publicKey: key.rawRepresentation.base64EncodedString(),
                actor: try context.actor(), at: Date())
            return JSONResponse(registered, status: .created)
        }
        routes.add(.delete, "/api/station-keys/{id}", .permission(.manageStationKeys)) { _, context in
            try await state.database.revokeStationKey(id: try Self.id(context), actor: try context.actor(), at: Date())
            return NoContent()
        }

        routes.add(.get, "/api/printers", .signedIn) { _, _ in
            JSONResponse(try await state.database.printers())
        }
        routes.add(.put, "/api/printers/{name}", .permission(.managePrinters)) { request, context in
            let body = try await request.decode(as: PrinterBody.self, context: context)
            // Refused now rather than at the first print: the address must be one Printing can reach.
            _ = try PrinterURIValidation.check(body.uri, files: state.configuration.filePrinterAccess)
            let printer = try await body.setting(named: try context.parameter("name"), state: state, language: context.language)
            try await state.database.savePrinter(printer, actor: try context.actor(), at: Date())
            return JSONResponse(try await state.database.printer(named: printer.name) ?? printer)
        }
        routes.add(.delete, "/api/printers/{name}", .permission(.managePrinters)) { _, context in
            try await state.database.removePrinter(named: try context.parameter("name"), actor: try context.actor(), at: Date())
            return NoContent()
        }

        routes.add(.get, "/api/audit", .permission(.manageAccounts)) { _, context in
            JSONResponse(try await state.database.administrationEvents(limit: 200).map { EventView($0, language: context.language) })
        }
    }

    static func id(_ context: RefurbRequestContext) throws -> Int64 {
        guard let id = Int64(try context.parameter("id")) else { throw APIError.notFound(Message("api.idMalformed", try context.parameter("id"))) }
        return id
    }

    static func publicKey(from text: String) throws -> Curve25519.Signing.PublicKey {
        if let key = PEM.parsePublicKey(text) { return key }
        if let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
           let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) { return key }
        throw APIError.unprocessable(Message("api.publicKeyUnreadable"))
    }
}
