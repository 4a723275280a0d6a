import Foundation
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The donor report of a public body's lot ends with the « attestation de réemploi »: each serial, its outcome
/// and its date; another donor's report has none.
@Suite("Public donor's reuse certificate")
struct PublicDonorReportTests {
    @Test("a public body's report attests each serial's outcome and date; a company's report does not")
    func attestation() async throws {
        let workshop = try TestWorkshop()
        let world = try DonorReportRouteTests.world(workshop)
        try await workshop.application.test(.router) { client in
            let before = try await DonorReportRouteTests.pdf(client, workshop, world.lot)
            #expect(!before.contains("Attestation de réemploi"))

            _ = try workshop.database.correctLot(world.lot.code, try LotCorrection(donorType: .publicBody, reason: "bon de dépôt"),
                                                 expectedVersion: nil, actor: Actor(user: "admin", station: "test"), at: Date())
            let text = try await DonorReportRouteTests.pdf(client, workshop, world.lot)
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("Attestation de réemploi"), "\(text)")
            #expect(flat.contains("donnés par Banque Solidaire, organisme public"), "\(text)")
            #expect(flat.contains("Banque Solidaire (organisme public)"), "the donor's type beside its name: \(text)")
            let today = WorkshopClock.displayDay(Date(), in: .fr)
            // Sold before the lot was said public: said as it was, not as a solidarity sale.
            #expect(flat.contains("PF-ERASED-1") || flat.contains("PF-erased-1"), "\(text)")
            #expect(flat.contains("Réemployé : vendu hors vente solidaire"), "\(text)")
            #expect(flat.contains(today), "\(text)")
            #expect(flat.contains("PF-WAIT-2") && flat.contains("Encore à l'atelier"), "\(text)")
            let english = try await DonorReportRouteTests.pdf(client, workshop, world.lot, language: "en")
            #expect(english.contains("Reuse certificate"), "\(english)")
        }
    }
}
