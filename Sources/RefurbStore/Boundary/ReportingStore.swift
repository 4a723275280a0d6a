import Foundation
import RefurbCore

/// What the office reads to report, on either engine: the lots (each one's donor report starts there, then
/// reads its devices and their histories through `InventoryStore` and their evidence through
/// `BenchRecordStore`), and the dashboard's figures.
public protocol ReportingStore: Sendable {
    /// Every lot, newest first.
    func lots() async throws -> [LotSummary]
    /// The dashboard's figures for the `weeks` weeks ending with the one that holds `now`, weeks cut in
    /// `calendar`, read as of one moment: devices in and out per week, the median stay at each stage, and
    /// the weight kept out of the bin.
    func workshopStatistics(weeks count: Int, now: Date, calendar: Calendar) async throws -> WorkshopStatistics
}

extension AppDatabase: ReportingStore {}
