-- Refurb's SQLite schema after all migrations. Generated: see Tests/RefurbStoreTests/SchemaFileTests.swift.

CREATE TABLE "device" ("id" INTEGER PRIMARY KEY, "assetTag" TEXT NOT NULL UNIQUE, "lotId" INTEGER NOT NULL REFERENCES "lot"("id") ON DELETE RESTRICT, "category" TEXT NOT NULL CHECK ("category" IN ('laptop', 'desktop', 'all-in-one', 'tablet', 'phone', 'monitor', 'printer', 'other')), "manufacturer" TEXT, "model" TEXT, "serial" TEXT, "serialKey" TEXT UNIQUE, "stage" TEXT NOT NULL CHECK ("stage" IN ('received', 'diagnosed', 'in-repair', 'wiped', 'ready', 'sold', 'for-parts', 'recycled', 'donated')), "grade" TEXT CHECK (("grade" IS NULL) OR ("grade" IN ('A', 'B', 'C'))), "priceCents" INTEGER CHECK (("priceCents" IS NULL) OR ("priceCents" >= 0)), "location" TEXT, "version" INTEGER NOT NULL DEFAULT 1, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);

CREATE VIRTUAL TABLE "device_ft" USING fts5(assetTag, serial, manufacturer, model, tokenize='''unicode61''', content='device', content_rowid='id', columnSize=0);

CREATE TABLE 'device_ft_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'device_ft_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'device_ft_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE "donor" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL UNIQUE, "contact" TEXT, "createdAt" DATETIME NOT NULL);

CREATE TABLE "event" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "deviceId" INTEGER REFERENCES "device"("id") ON DELETE RESTRICT, "lotId" INTEGER REFERENCES "lot"("id") ON DELETE RESTRICT, "kind" TEXT NOT NULL, "payload" TEXT NOT NULL, "actorUser" TEXT NOT NULL, "actorStation" TEXT NOT NULL, "occurredAt" DATETIME NOT NULL);

CREATE TABLE "lot" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "code" TEXT NOT NULL UNIQUE, "year" INTEGER NOT NULL, "number" INTEGER NOT NULL, "donorId" INTEGER NOT NULL REFERENCES "donor"("id") ON DELETE RESTRICT, "site" TEXT, "receivedOn" TEXT NOT NULL, "declaredCount" INTEGER CHECK ("declaredCount" >= 0), "weightGrams" INTEGER CHECK ("weightGrams" >= 0), "createdAt" DATETIME NOT NULL, UNIQUE ("year", "number"));

CREATE INDEX "device_on_lotId" ON "device"("lotId");

CREATE INDEX "device_on_stage" ON "device"("stage");

CREATE INDEX "event_on_deviceId" ON "event"("deviceId");

CREATE INDEX "event_on_lotId" ON "event"("lotId") WHERE "lotId" IS NOT NULL;

CREATE INDEX "lot_on_donorId" ON "lot"("donorId");

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

CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
