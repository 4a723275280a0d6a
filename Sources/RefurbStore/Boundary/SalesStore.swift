import Foundation
import RefurbCore

/// The shop's side, on either engine: the sale itself (its line in the sales journal and its numbered
/// receipt, written in the sale's own transaction, with a referral code redeemed there too), invoices,
/// the returns desk's claims, the referral partners and their codes, the sale settings and commercial
/// warranties, and the wording guard on what a buyer reads.
///
/// What is numbered (journal entries, receipts, invoices, claims) and what is counted (a code's uses) is
/// decided in one transaction at a time: SQLite's single writer, PostgreSQL's locks.
public protocol SalesStore: Sendable {
    /// Sells a device that is ready: the move to sold and the price paid, refused with every lifecycle rule
    /// the sale breaks. Without a price, the labelled one (less the solidarity reduction for a solidarity
    /// sale). A referral code in `terms` is redeemed, checked against `day` (the UTC day of `date` when nil).
    func sell(_ tag: AssetTag, price: Money?, terms: SaleTerms, payment: PaymentMethod, expectedVersion: Int?,
              actor: Actor, at date: Date, day: CivilDay?) async throws -> Device

    /// Receipts are numbered 1, 2, 3… with no gap, one per sale.
    func receipt(number: Int64) async throws -> SaleReceipt?
    /// The receipt of the device's latest sale.
    func latestReceipt(of tag: AssetTag) async throws -> SaleReceipt?
    /// The invoice of a receipt's sale, numbered after the last; asked again, a conflict naming it.
    func issueInvoice(receipt number: Int64, buyer: InvoiceBuyer, actor: Actor, at date: Date) async throws -> SaleInvoice
    func invoice(receipt number: Int64) async throws -> SaleInvoice?

    func saleSettings() async throws -> SaleSettings
    @discardableResult
    func saveSaleSettings(marginScheme: Bool, actor: Actor, at date: Date) async throws -> SaleSettings
    /// Commercial warranties, by first day.
    func warrantyPolicies() async throws -> [WarrantyPolicy]
    @discardableResult
    func addWarrantyPolicy(category: DeviceCategory?, channel: SaleKind?, months: Int, from: String, until: String?,
                           actor: Actor, at date: Date) async throws -> WarrantyPolicy
    @discardableResult
    func endWarrantyPolicy(id: Int64, lastDay: String, actor: Actor, at date: Date) async throws -> WarrantyPolicy

    /// The device a scan at the returns desk names: an asset tag, or a receipt's number.
    func claimDevice(scanned: String) async throws -> AssetTag
    /// A sold device comes back (sold → received) against its latest receipt; one open claim per device.
    @discardableResult
    func openClaim(_ tag: AssetTag, complaint: String, actor: Actor, at date: Date) async throws -> GuaranteeClaim
    @discardableResult
    func diagnoseClaim(_ number: Int64, diagnosis: String, actor: Actor, at date: Date) async throws -> GuaranteeClaim
    /// Repaired or rejected: handed back (sold again, no new sale); replaced: the replacement sold at 0 with
    /// a receipt of its own; refunded: a negative entry in the journal; store credit: noted.
    @discardableResult
    func settleClaim(_ number: Int64, _ settlement: ClaimSettlement, actor: Actor, at date: Date) async throws -> GuaranteeClaim
    func claim(_ number: Int64) async throws -> GuaranteeClaim
    func claims(of tag: AssetTag) async throws -> [GuaranteeClaim]
    func claims(receipt number: Int64) async throws -> [GuaranteeClaim]
    /// Claims waiting for an answer, the nearest deadline first.
    func openClaims() async throws -> [GuaranteeClaim]
    /// The latest claims settled, newest first.
    func settledClaims(limit: Int) async throws -> [GuaranteeClaim]
    func claimStatistics() async throws -> ClaimStatistics

    /// A partner's name is unique, whatever its case.
    @discardableResult
    func addReferralPartner(name typed: String, actor: Actor, at date: Date) async throws -> ReferralPartner
    /// A code for `quota` sales until `lastDay`, checked against `today`.
    func issueReferralCode(partnerId: Int64, quota: Int, lastDay: String, today: CivilDay, actor: Actor, at date: Date,
                           code: ReferralCode) async throws -> ReferralCodeStatus
    @discardableResult
    func revokeReferralCode(_ code: ReferralCode, actor: Actor, at date: Date) async throws -> ReferralCodeStatus
    func referralCodeStatus(_ code: ReferralCode) async throws -> ReferralCodeStatus?
    /// Every partner, by name, with its codes and its sales.
    func referralPartners() async throws -> [AppDatabase.ReferralPartnerUse]

    /// Refuses a text a buyer reads that breaks Décret 2022-190 (`SaleWordingRefusal`).
    func checkSaleWording(_ text: String, field: SaleTextField) async throws
}

/// The books the law asks the shop to keep, on either engine: the sales journal (entries chained by
/// SHA-256, closed and signed) and the register of second-hand goods (sealed day by day). Both are
/// append-only; each check names the first line altered or missing.
public protocol SalesBooksStore: Sendable {
    /// The Z: every entry since the previous closure, totalled and signed; nil when there is none.
    func closeJournal(day: String, signer: JournalSigner, actor: Actor, at date: Date) async throws -> JournalClosure?
    func journalClosures() async throws -> [JournalClosure]
    /// The entries recorded in [from, to), oldest first.
    func journalLines(from: Date, to: Date) async throws -> [JournalExport.Line]
    func verifyJournal(publicKey: JournalPublicKey?) async throws -> JournalVerification

    /// Seals every past day not sealed yet, oldest first; the new seals.
    @discardableResult
    func sealRegister(today: CivilDay, timeZone: TimeZone, signer: JournalSigner, actor: Actor, at date: Date) async throws -> [RegisterSeal]
    /// The sealed days as stored, then the days after the last seal computed live.
    func registerExtract(from: CivilDay, to: CivilDay, today: CivilDay, timeZone: TimeZone) async throws -> RegisterExtract
    func registerSeals() async throws -> [RegisterSeal]
    func verifyRegister(publicKey: JournalPublicKey?) async throws -> RegisterVerification
}

extension AppDatabase: SalesStore {}
extension AppDatabase: SalesBooksStore {}
