import GRDB

extension AppDatabase {
    /// Every schema change, in order. A migration that has shipped is never edited: changes are new
    /// migrations appended here.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-foundation", migrate: FoundationSchema.create)
        migrator.registerMigration("v2-service", migrate: ServiceSchema.create)
        migrator.registerMigration("v3-preferences", migrate: PreferencesSchema.create)
        migrator.registerMigration("v4-intake-voids", migrate: IntakeVoidsSchema.create)
        migrator.registerMigration("v5-pricing", migrate: PricingSchema.create)
        migrator.registerMigration("v6-live-lot-index", migrate: LiveLotIndexSchema.create)
        migrator.registerMigration("v7-lot-version", migrate: LotVersionSchema.create)
        migrator.registerMigration("v8-workshop-identity", migrate: WorkshopIdentitySchema.create)
        migrator.registerMigration("v9-printer-defaults", migrate: PrinterDefaultsSchema.create)
        migrator.registerMigration("v10-sales-journal", migrate: SalesJournalSchema.create)
        migrator.registerMigration("v11-lot-device-count", migrate: LotDeviceCountSchema.create)
        migrator.registerMigration("v12-receipts-and-claims", migrate: ReceiptsAndClaimsSchema.create)
        migrator.registerMigration("v13-test-checklists", migrate: TestChecklistsSchema.create)
        migrator.registerMigration("v14-device-display-name", migrate: DeviceDisplayNameSchema.create)
        migrator.registerMigration("v15-lot-donor-type", migrate: LotDonorTypeSchema.create)
        migrator.registerMigration("v16-referral-partners", migrate: ReferralPartnersSchema.create)
        migrator.registerMigration("v17-second-hand-register", migrate: SecondHandRegisterSchema.create)
        migrator.registerMigration("v18-sites", migrate: SitesSchema.create)
        return migrator
    }

    /// The migrations' identifiers in order: PostgreSQL's schema (`RefurbPostgres.PostgresSchema`) is
    /// numbered the same way, and a test holds the two lists equal.
    package static var migrationIdentifiers: [String] { migrator.migrations }
}
