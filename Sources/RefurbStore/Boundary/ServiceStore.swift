import Foundation
import RefurbCore

/// Everything the service asks of the store, whichever engine keeps it: every aggregate's protocol, and
/// the two answers about a failure that only the engine can give. `refurb serve` holds one `any ServiceStore`
/// (`AppDatabase` for an SQLite file, `RefurbPostgres.PostgresStore` for `--database postgres://…`), chosen
/// at start-up; the controllers see nothing else (docs/storage.md, "The service on the boundary").
public protocol ServiceStore: InventoryStore, AccessStore, BenchRecordStore, StationKeyStore, WorkshopSettingsStore,
    CorrectionStore, LabelPrintStore, ImportStore, ReportingStore, DeviceFactsStore, SalesStore, SalesBooksStore,
    ChecklistStore, SiteStore {
    /// Whether `error`, thrown by this store, says the engine could not take the operation now and wrote
    /// nothing (SQLite's lock held past the busy timeout; PostgreSQL's lock or serialization failures, a
    /// server refusing connections): the service answers 503 with Retry-After.
    func isBusy(_ error: any Error) -> Bool
    /// Whether `error` says the disk is full (the engine's own "disk full", or a file write that met ENOSPC):
    /// nothing was written, and the service answers 507.
    func isDiskFull(_ error: any Error) -> Bool
}

extension AppDatabase: ServiceStore {
    public func isBusy(_ error: any Error) -> Bool { Self.isBusy(error) }
    public func isDiskFull(_ error: any Error) -> Bool { Self.isDiskFull(error) }
}
