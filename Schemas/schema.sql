-- Refurb's SQLite schema after all migrations. Generated: see Tests/RefurbStoreTests/SchemaFileTests.swift.

CREATE TABLE "account" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "username" TEXT NOT NULL UNIQUE COLLATE NOCASE, "passwordHash" TEXT NOT NULL, "roles" TEXT NOT NULL, "createdAt" DATETIME NOT NULL, "disabledAt" DATETIME, "language" TEXT CHECK (("language" IS NULL) OR ("language" IN ('fr', 'en'))));

CREATE TABLE "accountSiteRole" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE CASCADE, "siteId" INTEGER REFERENCES "site"("id") ON DELETE RESTRICT, "role" TEXT NOT NULL, "grantedAt" DATETIME NOT NULL, "grantedBy" TEXT NOT NULL, CHECK ((siteId IS NOT NULL AND role IN ('intake', 'technician', 'shop', 'admin')) OR (siteId IS NULL AND role IN ('viewer', 'admin'))));

CREATE TABLE "apiToken" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "secretHash" TEXT NOT NULL UNIQUE, "accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE RESTRICT, "station" TEXT NOT NULL, "createdAt" DATETIME NOT NULL, "revokedAt" DATETIME, "siteId" INTEGER NOT NULL DEFAULT 1 REFERENCES "site"("id") ON DELETE RESTRICT);

CREATE TABLE "certificate" ("id" TEXT PRIMARY KEY NOT NULL, "deviceId" INTEGER NOT NULL REFERENCES "device"("id") ON DELETE RESTRICT, "storageKey" TEXT NOT NULL, "passed" BOOLEAN NOT NULL, "keyId" TEXT NOT NULL, "body" BLOB NOT NULL, "receivedAt" DATETIME NOT NULL);

CREATE TABLE "claim" ("number" INTEGER PRIMARY KEY, "assetTag" TEXT NOT NULL, "receiptNumber" INTEGER NOT NULL REFERENCES "receipt"("number"), "complaint" TEXT NOT NULL, "state" TEXT NOT NULL, "receivedAt" DATETIME NOT NULL, "receivedBy" TEXT NOT NULL, "diagnosis" TEXT, "diagnosedAt" DATETIME, "diagnosedBy" TEXT, "settledAt" DATETIME, "settledBy" TEXT, "reason" TEXT, "amountCents" INTEGER, "replacementTag" TEXT, "refundSequence" INTEGER REFERENCES "journalEntry"("sequence"));

CREATE TABLE "device" ("id" INTEGER PRIMARY KEY, "assetTag" TEXT NOT NULL UNIQUE, "lotId" INTEGER NOT NULL REFERENCES "lot"("id") ON DELETE RESTRICT, "category" TEXT NOT NULL CHECK ("category" IN ('laptop', 'desktop', 'all-in-one', 'tablet', 'phone', 'monitor', 'printer', 'other')), "manufacturer" TEXT, "model" TEXT, "serial" TEXT, "serialKey" TEXT UNIQUE, "stage" TEXT NOT NULL CHECK ("stage" IN ('received', 'diagnosed', 'in-repair', 'wiped', 'ready', 'sold', 'for-parts', 'recycled', 'donated')), "grade" TEXT CHECK (("grade" IS NULL) OR ("grade" IN ('A', 'B', 'C'))), "priceCents" INTEGER CHECK (("priceCents" IS NULL) OR ("priceCents" >= 0)), "location" TEXT, "version" INTEGER NOT NULL DEFAULT 1, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "voidedAt" DATETIME, "displayName" TEXT, "siteId" INTEGER NOT NULL DEFAULT 1 REFERENCES "site"("id") ON DELETE RESTRICT);

CREATE VIRTUAL TABLE "device_ft" USING fts5(assetTag, serial, manufacturer, model, tokenize='''unicode61''', content='device', content_rowid='id', columnSize=0);

CREATE TABLE 'device_ft_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'device_ft_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'device_ft_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE "donor" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL UNIQUE, "contact" TEXT, "createdAt" DATETIME NOT NULL);

CREATE TABLE "event" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "deviceId" INTEGER REFERENCES "device"("id") ON DELETE RESTRICT, "lotId" INTEGER REFERENCES "lot"("id") ON DELETE RESTRICT, "kind" TEXT NOT NULL, "payload" TEXT NOT NULL, "actorUser" TEXT NOT NULL, "actorStation" TEXT NOT NULL, "occurredAt" DATETIME NOT NULL);

CREATE TABLE "hardwareReport" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "deviceId" INTEGER NOT NULL REFERENCES "device"("id") ON DELETE RESTRICT, "sha256" TEXT NOT NULL, "systemSerial" TEXT, "serialCheck" TEXT NOT NULL, "body" BLOB NOT NULL, "receivedAt" DATETIME NOT NULL, UNIQUE ("deviceId", "sha256"));

CREATE TABLE "invoice" ("number" INTEGER PRIMARY KEY, "receiptNumber" INTEGER NOT NULL UNIQUE REFERENCES "receipt"("number"), "buyerName" TEXT NOT NULL, "buyerAddress" TEXT NOT NULL DEFAULT '', "buyerSiret" TEXT, "issuedAt" DATETIME NOT NULL, "issuedBy" TEXT NOT NULL);

CREATE TABLE "journalClosure" ("number" INTEGER PRIMARY KEY, "day" TEXT NOT NULL, "firstSequence" INTEGER NOT NULL, "lastSequence" INTEGER NOT NULL, "lastHash" BLOB NOT NULL, "totals" TEXT NOT NULL, "totalCents" INTEGER NOT NULL, "cumulativeCents" INTEGER NOT NULL, "closedAt" INTEGER NOT NULL, "actorUser" TEXT NOT NULL, "actorStation" TEXT NOT NULL, "keyId" TEXT NOT NULL, "signature" BLOB NOT NULL);

CREATE TABLE "journalEntry" ("sequence" INTEGER PRIMARY KEY, "kind" TEXT NOT NULL, "occurredAt" INTEGER NOT NULL, "assetTag" TEXT NOT NULL, "amountCents" INTEGER NOT NULL, "paymentMethod" TEXT NOT NULL, "saleKind" TEXT NOT NULL, "partner" TEXT, "refersTo" INTEGER, "actorUser" TEXT NOT NULL, "actorStation" TEXT NOT NULL, "hash" BLOB NOT NULL);

CREATE TABLE "labelPrint" ("deviceId" INTEGER NOT NULL REFERENCES "device"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL, "template" TEXT NOT NULL, "printer" TEXT NOT NULL, "printedAt" DATETIME NOT NULL, "printedBy" TEXT NOT NULL, PRIMARY KEY ("deviceId", "kind"));

CREATE TABLE "lot" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "code" TEXT NOT NULL UNIQUE, "year" INTEGER NOT NULL, "number" INTEGER NOT NULL, "donorId" INTEGER NOT NULL REFERENCES "donor"("id") ON DELETE RESTRICT, "site" TEXT, "receivedOn" TEXT NOT NULL, "declaredCount" INTEGER CHECK ("declaredCount" >= 0), "weightGrams" INTEGER CHECK ("weightGrams" >= 0), "createdAt" DATETIME NOT NULL, "version" INTEGER NOT NULL DEFAULT 1, "liveDeviceCount" INTEGER NOT NULL DEFAULT 0, "donorType" TEXT CHECK ("donorType" IN ('public', 'company', 'association', 'individual')), "siteId" INTEGER NOT NULL DEFAULT 1 REFERENCES "site"("id") ON DELETE RESTRICT, UNIQUE ("year", "number"));

CREATE TABLE "pricingRules" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "body" TEXT NOT NULL, "savedAt" DATETIME NOT NULL, "savedBy" TEXT NOT NULL);

CREATE TABLE "printer" ("name" TEXT PRIMARY KEY NOT NULL, "uri" TEXT NOT NULL, "createdAt" DATETIME NOT NULL, "format" TEXT, "assetTagTemplate" TEXT, "isDefault" BOOLEAN NOT NULL DEFAULT 0);

CREATE TABLE "receipt" ("number" INTEGER PRIMARY KEY, "journalSequence" INTEGER NOT NULL UNIQUE REFERENCES "journalEntry"("sequence"), "assetTag" TEXT NOT NULL, "soldAt" DATETIME NOT NULL);

CREATE TABLE "referralCode" ("code" TEXT PRIMARY KEY NOT NULL, "partnerId" INTEGER NOT NULL REFERENCES "referralPartner"("id"), "quota" INTEGER NOT NULL CHECK (("quota" >= 1) AND ("quota" <= 100)), "lastDay" TEXT NOT NULL, "createdAt" DATETIME NOT NULL, "createdBy" TEXT NOT NULL, "revokedAt" DATETIME, "revokedBy" TEXT);

CREATE TABLE "referralPartner" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL UNIQUE COLLATE NOCASE, "createdAt" DATETIME NOT NULL, "createdBy" TEXT NOT NULL);

CREATE TABLE "referralRedemption" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "code" TEXT NOT NULL REFERENCES "referralCode"("code"), "assetTag" TEXT NOT NULL, "redeemedAt" DATETIME NOT NULL, "redeemedBy" TEXT NOT NULL);

CREATE TABLE "registerLine" ("number" INTEGER PRIMARY KEY, "day" TEXT NOT NULL, "occurredAt" INTEGER NOT NULL, "movement" TEXT NOT NULL, "reason" TEXT NOT NULL, "assetTag" TEXT NOT NULL, "description" TEXT NOT NULL, "serial" TEXT, "provenance" TEXT NOT NULL, "payment" TEXT, "amountCents" INTEGER, "hash" BLOB NOT NULL);

CREATE TABLE "registerSeal" ("day" TEXT PRIMARY KEY NOT NULL, "firstNumber" INTEGER NOT NULL, "lastNumber" INTEGER NOT NULL, "lineCount" INTEGER NOT NULL, "lastHash" BLOB NOT NULL, "sealedAt" INTEGER NOT NULL, "actorUser" TEXT NOT NULL, "actorStation" TEXT NOT NULL, "keyId" TEXT NOT NULL, "signature" BLOB NOT NULL);

CREATE TABLE "saleSettings" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "marginScheme" BOOLEAN NOT NULL, "savedAt" DATETIME NOT NULL, "savedBy" TEXT NOT NULL);

CREATE TABLE "site" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "code" TEXT NOT NULL UNIQUE, "name" TEXT NOT NULL, "address" TEXT NOT NULL DEFAULT '', "createdAt" DATETIME NOT NULL);

CREATE TABLE "stationKey" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "keyId" TEXT NOT NULL UNIQUE, "publicKey" TEXT NOT NULL, "createdAt" DATETIME NOT NULL, "revokedAt" DATETIME, "siteId" INTEGER NOT NULL DEFAULT 1 REFERENCES "site"("id") ON DELETE RESTRICT);

CREATE TABLE "testChecklist" ("category" TEXT NOT NULL, "version" INTEGER NOT NULL, "items" TEXT NOT NULL, "batteryThresholdPercent" INTEGER NOT NULL, "savedAt" DATETIME NOT NULL, "savedBy" TEXT NOT NULL, PRIMARY KEY ("category", "version"));

CREATE TABLE "warrantyPolicy" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "category" TEXT, "channel" TEXT, "months" INTEGER NOT NULL, "fromDay" TEXT NOT NULL, "untilDay" TEXT, "savedAt" DATETIME NOT NULL, "savedBy" TEXT NOT NULL);

CREATE TABLE "webSession" ("secretHash" TEXT PRIMARY KEY NOT NULL, "accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE CASCADE, "csrfToken" TEXT NOT NULL, "station" TEXT NOT NULL, "createdAt" DATETIME NOT NULL, "expiresAt" DATETIME NOT NULL);

CREATE TABLE "workshopIdentity" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "name" TEXT NOT NULL, "address" TEXT NOT NULL DEFAULT '', "contact" TEXT NOT NULL DEFAULT '', "savedAt" DATETIME NOT NULL, "savedBy" TEXT NOT NULL);

CREATE INDEX "accountSiteRole_on_accountId" ON "accountSiteRole"("accountId");

CREATE INDEX "accountSiteRole_on_siteId" ON "accountSiteRole"("siteId");

CREATE UNIQUE INDEX accountSiteRole_unique ON accountSiteRole(accountId, coalesce(siteId, 0), role);

CREATE INDEX "apiToken_on_accountId" ON "apiToken"("accountId");

CREATE INDEX "certificate_on_deviceId" ON "certificate"("deviceId");

CREATE INDEX "claim_on_assetTag" ON "claim"("assetTag");

CREATE INDEX "device_live_lot" ON "device"("lotId") WHERE "voidedAt" IS NULL;

CREATE INDEX "device_on_lotId" ON "device"("lotId");

CREATE INDEX "device_on_stage" ON "device"("stage");

CREATE INDEX "event_on_administration" ON "event"("id") WHERE ("deviceId" IS NULL) AND ("lotId" IS NULL);

CREATE INDEX "event_on_deviceId" ON "event"("deviceId");

CREATE INDEX "event_on_lotId" ON "event"("lotId") WHERE "lotId" IS NOT NULL;

CREATE INDEX "hardwareReport_on_deviceId" ON "hardwareReport"("deviceId");

CREATE INDEX "journalEntry_on_assetTag" ON "journalEntry"("assetTag");

CREATE INDEX "journalEntry_on_occurredAt" ON "journalEntry"("occurredAt");

CREATE INDEX "lot_on_donorId" ON "lot"("donorId");

CREATE INDEX "lot_on_siteId" ON "lot"("siteId");

CREATE UNIQUE INDEX "printer_one_default" ON "printer"("isDefault") WHERE "isDefault" = 1;

CREATE INDEX "receipt_on_assetTag" ON "receipt"("assetTag");

CREATE INDEX "referralCode_on_partnerId" ON "referralCode"("partnerId");

CREATE INDEX "referralRedemption_on_code" ON "referralRedemption"("code");

CREATE INDEX "registerLine_on_day" ON "registerLine"("day");

CREATE INDEX "webSession_on_accountId" ON "webSession"("accountId");

CREATE INDEX "webSession_on_expiresAt" ON "webSession"("expiresAt");

CREATE TRIGGER "__device_ft_ad" AFTER DELETE ON "device" BEGIN
    INSERT INTO "device_ft"("device_ft", "rowid", "assetTag", "serial", "manufacturer", "model") VALUES('delete', old."id", old."assetTag", old."serial", old."manufacturer", old."model");
END;

CREATE TRIGGER "__device_ft_ai" AFTER INSERT ON "device" BEGIN
    INSERT INTO "device_ft"("rowid", "assetTag", "serial", "manufacturer", "model") VALUES (new."id", new."assetTag", new."serial", new."manufacturer", new."model");
END;

CREATE TRIGGER "__device_ft_au" AFTER UPDATE ON "device" BEGIN
    INSERT INTO "device_ft"("device_ft", "rowid", "assetTag", "serial", "manufacturer", "model") VALUES('delete', old."id", old."assetTag", old."serial", old."manufacturer", old."model");
    INSERT INTO "device_ft"("rowid", "assetTag", "serial", "manufacturer", "model") VALUES (new."id", new."assetTag", new."serial", new."manufacturer", new."model");
END;

CREATE TRIGGER device_counted_in_lot AFTER INSERT ON device WHEN NEW.voidedAt IS NULL BEGIN
    UPDATE lot SET liveDeviceCount = liveDeviceCount + 1 WHERE id = NEW.lotId;
END;

CREATE TRIGGER device_recounted_in_lot AFTER UPDATE OF lotId, voidedAt ON device
WHEN OLD.lotId IS NOT NEW.lotId OR (OLD.voidedAt IS NULL) IS NOT (NEW.voidedAt IS NULL) BEGIN
    UPDATE lot SET liveDeviceCount = liveDeviceCount - 1 WHERE id = OLD.lotId AND OLD.voidedAt IS NULL;
    UPDATE lot SET liveDeviceCount = liveDeviceCount + 1 WHERE id = NEW.lotId AND NEW.voidedAt IS NULL;
END;

CREATE TRIGGER device_uncounted_in_lot AFTER DELETE ON device WHEN OLD.voidedAt IS NULL BEGIN
    UPDATE lot SET liveDeviceCount = liveDeviceCount - 1 WHERE id = OLD.lotId;
END;

CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice
BEGIN SELECT RAISE(ABORT, 'invoices are never changed'); END;

CREATE TRIGGER invoice_no_update BEFORE UPDATE ON invoice
BEGIN SELECT RAISE(ABORT, 'invoices are never changed'); END;

CREATE TRIGGER journalClosure_no_delete BEFORE DELETE ON journalClosure
BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;

CREATE TRIGGER journalClosure_no_update BEFORE UPDATE ON journalClosure
BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;

CREATE TRIGGER journalEntry_no_delete BEFORE DELETE ON journalEntry
BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;

CREATE TRIGGER journalEntry_no_update BEFORE UPDATE ON journalEntry
BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;

CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt
BEGIN SELECT RAISE(ABORT, 'receipts are never changed'); END;

CREATE TRIGGER receipt_no_update BEFORE UPDATE ON receipt
BEGIN SELECT RAISE(ABORT, 'receipts are never changed'); END;

CREATE TRIGGER referralRedemption_no_delete BEFORE DELETE ON referralRedemption
BEGIN SELECT RAISE(ABORT, 'redemptions are never changed'); END;

CREATE TRIGGER referralRedemption_no_update BEFORE UPDATE ON referralRedemption
BEGIN SELECT RAISE(ABORT, 'redemptions are never changed'); END;

CREATE TRIGGER registerLine_no_delete BEFORE DELETE ON registerLine
BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;

CREATE TRIGGER registerLine_no_update BEFORE UPDATE ON registerLine
BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;

CREATE TRIGGER registerSeal_no_delete BEFORE DELETE ON registerSeal
BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;

CREATE TRIGGER registerSeal_no_update BEFORE UPDATE ON registerSeal
BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;

CREATE TRIGGER testChecklist_no_update BEFORE UPDATE ON testChecklist
BEGIN SELECT RAISE(ABORT, 'a checklist version is never changed: save a new version'); END;
