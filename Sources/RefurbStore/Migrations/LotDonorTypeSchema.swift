import GRDB

/// What kind of body a lot's donor is (`DonorType`), kept on the lot: the law binds a public body's
/// equipment when it left that body, whatever else the same donor name gave another day. Existing lots
/// keep NULL: nobody said.
enum LotDonorTypeSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE "lot" ADD COLUMN "donorType" TEXT CHECK ("donorType" IN ('public', 'company', 'association', 'individual'))
            """)
    }
}
