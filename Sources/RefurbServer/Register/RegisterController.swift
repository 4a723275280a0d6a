import Foundation
import Hummingbird
import Logging
import RefurbCore
import RefurbStore

/// The register of second-hand goods (« registre des objets mobiliers »): `GET /api/register` exports
/// the days asked for, as CSV or PDF, after sealing every past day not sealed yet with the journal's key.
struct RegisterController {
    let state: ServiceState

    enum Format: String, CaseIterable {
        case csv
        case pdf
    }

    static let logger = Logger(label: "refurb.register")

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/register", RegisterController.access) { request, context in
            let query = request.uri.queryParameters
            let (from, to) = try RegisterExport.range(from: query["from"].map(String.init) ?? "", to: query["to"].map(String.init) ?? "")
            let formatText = query["format"].map(String.init) ?? Format.csv.rawValue
            guard let format = Format(rawValue: formatText) else {
                throw StoreError.invalidInput(Message("register.formatUnknown", formatText))
            }
            return try await Self.export(state, from: from, to: to, format: format, actor: try context.actor(), language: context.language)
        }
    }

    /// The office's access: who manages the workshop (admins).
    static let access = RouteDescription.Access.permission(.manageWorkshop)

    /// The register's days, the past ones sealed first. When the key cannot be read or made, the export
    /// still comes, its past days marked « non scellée », and the log says why.
    static func extract(_ state: ServiceState, from: CivilDay, to: CivilDay, actor: Actor) async throws -> RegisterExtract {
        let zone = WorkshopClock.timeZone
        let today = CivilDay(WorkshopClock.today()) ?? to
        do {
            let (signer, _, _) = try JournalKey.signer(in: state.configuration.journalKeyDirectory)
            try await state.database.sealRegister(today: RegisterSealing.limit(), timeZone: zone, signer: signer, actor: actor, at: Date())
        } catch let error as JournalKey.Unusable {
            logger.error("register not sealed: the journal's key in \(error.folder) cannot be read or made")
        }
        return try await state.database.registerExtract(from: from, to: to, today: today, timeZone: zone)
    }

    /// The export as a file: `registre-objets-FROM-TO.csv` or `.pdf`, drawn away from the network threads.
    static func export(_ state: ServiceState, from: CivilDay, to: CivilDay, format: Format, actor: Actor,
                       language: Language) async throws -> BytesResponse {
        let extract = try await Self.extract(state, from: from, to: to, actor: actor)
        let name = "registre-objets-\(from.text)-\(to.text).\(format.rawValue)"
        switch format {
        case .csv:
            let zone = WorkshopClock.timeZone
            let bytes = await BlockingWork.run { Array(RegisterExport.csv(extract, timeZone: zone).utf8) }
            return BytesResponse(bytes: bytes, contentType: "text/csv; charset=utf-8", fileName: name)
        case .pdf:
            let document = RegisterPDF(extract: extract, from: from, to: to, identity: try await OfficeLotPages.identity(state).identity,
                                       language: language, date: Date())
            let bytes = try await BlockingWork.run { try document.render() }
            return BytesResponse(bytes: bytes, contentType: "application/pdf", fileName: name)
        }
    }
}

/// Up to when the register may be sealed, shared by the service and the command line.
public enum RegisterSealing {
    /// Days before the one returned may be sealed: the workshop's day ten minutes ago, so that a change
    /// stamped 23:59:59 and written a moment later is never left out of a day sealed just after midnight.
    public static func limit(now: Date = Date()) -> CivilDay {
        CivilDay(WorkshopClock.today(now.addingTimeInterval(-600)))!
    }
}
