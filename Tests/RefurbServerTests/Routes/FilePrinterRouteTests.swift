import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// An admin's printer setting must not become a file write anywhere for everyone allowed to print: `file:`
/// printers are refused unless the service has a folder for them, and then write only inside it.
@Suite("file: printers through the service")
struct FilePrinterRouteTests {
    static func device(in workshop: TestWorkshop) throws -> String {
        let actor = Actor(user: "test", station: "setup")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        return try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop"), actor: actor, at: Date()).assetTag.text
    }

    static func printLabel(_ tag: String, on printer: String, _ client: some TestClientProtocol, _ workshop: TestWorkshop) async throws
        -> (status: HTTPResponse.Status, json: [String: Any]) {
        let answer = try await client.call(.post, "/api/devices/\(tag)/label/print", as: .intake, in: workshop,
                                           json: #"{"template":"zebra-asset-tag-2x1","printer":"\#(printer)","format":"zpl"}"#,
                                           extraHeaders: [.acceptLanguage: "en"])
        return (answer.status, answer.json)
    }

    @Test("without --file-printers, a file: printer is refused by the API and the office page, saying how to allow it")
    func refusedByDefault() async throws {
        let workshop = try TestWorkshop()
        let target = workshop.directory + "/labels.bin"
        try await workshop.application.test(.router) { client in
            let api = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop, json: #"{"uri":"file:\#(target)"}"#,
                                            extraHeaders: [.acceptLanguage: "en"])
            #expect(api.status == .unprocessableContent, "\(api.json)")
            #expect((api.json["detail"] as? String)?.contains("--file-printers") == true, "\(api.json)")

            var headers = workshop.headers(.admin, json: false)
            headers[.contentType] = "application/x-www-form-urlencoded"
            let form = try await client.execute(uri: "/office/printers", method: .post, headers: headers,
                                                body: OfficeRouteTests.encode([("name", "accueil"), ("uri", "file:" + target)])) { $0 }
            #expect(form.status == .unprocessableContent)
            #expect(String(buffer: form.body).contains("--file-printers"))
            #expect(try await client.call(.put, "/api/printers/reseau", as: .admin, in: workshop,
                                          json: #"{"uri":"tcp://192.0.2.10:9100"}"#).status == .ok, "other printers are unchanged")
        }
        #expect(try workshop.database.printers().map(\.name) == ["reseau"])
    }

    @Test("with --file-printers, only a path inside the folder is saved; outside, .. and links are 422s")
    func onlyInsideTheFolder() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let folder = workshop.printersDirectory
        try FileManager.default.createSymbolicLink(atPath: folder + "/shadow", withDestinationPath: "/etc")
        try await workshop.application.test(.router) { client in
            let inside = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop, json: #"{"uri":"file:\#(folder)/accueil.bin"}"#)
            #expect(inside.status == .ok, "\(inside.json)")
            for uri in ["file:/etc/cron.d/refurb", "file:\(folder)/../refurb.sqlite", "file:\(folder)/shadow/passwd", "file:relative.bin"] {
                let answer = try await client.call(.put, "/api/printers/mauvaise", as: .admin, in: workshop, json: DeviceLifeRouteTests.json(["uri": uri]))
                #expect(answer.status == .unprocessableContent, "\(uri): \(answer.json)")
            }
        }
        #expect(try workshop.database.printers().map(\.name) == ["accueil"])
    }

    @Test("at print time the folder is checked again: a printer stored pointing outside, or a link put in the folder, prints nothing")
    func checkedAgainAtPrintTime() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let folder = workshop.printersDirectory
        let tag = try Self.device(in: workshop)
        let victim = workshop.directory + "/victim.txt"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        let actor = Actor(user: "test", station: "setup")
        // As a database restored from elsewhere, or edited by hand, could hold them.
        try workshop.database.savePrinter(PrinterSetting(name: "dehors", uri: "file:" + victim), actor: actor, at: Date())
        try workshop.database.savePrinter(PrinterSetting(name: "lien", uri: "file:\(folder)/lien.bin"), actor: actor, at: Date())
        try workshop.database.savePrinter(PrinterSetting(name: "accueil", uri: "file:\(folder)/accueil.bin"), actor: actor, at: Date())
        try FileManager.default.createSymbolicLink(atPath: folder + "/lien.bin", withDestinationPath: victim)

        try await workshop.application.test(.router) { client in
            let outside = try await Self.printLabel(tag, on: "dehors", client, workshop)
            #expect(outside.status.code >= 400 && outside.status.code < 600 && outside.status != .internalServerError, "\(outside)")
            #expect((outside.json["detail"] as? String)?.contains("not in the folder") == true, "\(outside.json)")
            let linked = try await Self.printLabel(tag, on: "lien", client, workshop)
            #expect(linked.status.code >= 400 && linked.status != .internalServerError)
            #expect((linked.json["detail"] as? String)?.contains("symbolic link") == true, "\(linked.json)")
            let printed = try await Self.printLabel(tag, on: "accueil", client, workshop)
            #expect(printed.status == .ok, "\(printed.json)")
        }
        #expect(String(decoding: FileManager.default.contents(atPath: victim) ?? Data(), as: UTF8.self) == "precious")
        #expect((FileManager.default.contents(atPath: folder + "/accueil.bin")?.count ?? 0) > 0)
    }
}
