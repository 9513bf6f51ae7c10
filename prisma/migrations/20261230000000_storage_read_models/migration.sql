-- AlterTable
ALTER TABLE "ReportFile" ALTER COLUMN "bytes" DROP NOT NULL;

-- CreateTable
CREATE TABLE "StagedUpload" (
    "id" TEXT NOT NULL,
    "communeId" TEXT,
    "uploadedById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StagedUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadModelVersion" (
    "communeId" TEXT NOT NULL,
    "provinceId" TEXT,
    "version" BIGINT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadModelVersion_pkey" PRIMARY KEY ("communeId")
);

-- CreateIndex
CREATE INDEX "StagedUpload_uploadedById_idx" ON "StagedUpload"("uploadedById");

-- CreateIndex
CREATE INDEX "StagedUpload_createdAt_idx" ON "StagedUpload"("createdAt");

-- CreateIndex
CREATE INDEX "ReadModelVersion_provinceId_idx" ON "ReadModelVersion"("provinceId");



-- Read-model versions (lib/read-models): every write to a commune's data gives that commune a new
-- version at commit and tells every app instance through NOTIFY "read_models". Statement triggers
-- only note which communes a transaction touched (a plain insert: no lock shared with other
-- writers); one deferred trigger turns the notes into versions when the transaction commits, so a
-- commune's version row is locked for an instant at commit, not for the rest of the transaction.
CREATE SEQUENCE "read_model_version_seq";

CREATE UNLOGGED TABLE "ReadModelPending" (
  "txid" bigint NOT NULL,
  "communeId" text NOT NULL,
  PRIMARY KEY ("txid", "communeId")
);

-- Versions of the noted communes at commit (sorted: two transactions touching the same communes
-- lock them in the same order), then one NOTIFY with their ids ("*" when there are too many for
-- one message, or for data every commune reads: holidays, the KPI catalog).
CREATE FUNCTION "read_models_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  WITH mine AS (DELETE FROM "ReadModelPending" WHERE "txid" = txid_current() RETURNING "communeId")
  SELECT array_agg(DISTINCT "communeId" ORDER BY "communeId") INTO ids FROM mine;
  IF ids IS NULL THEN
    RETURN NULL; -- an earlier firing of this transaction did the work
  END IF;
  INSERT INTO "ReadModelVersion" ("communeId", "provinceId", "version", "changedAt")
  SELECT c, u."provinceId", nextval('read_model_version_seq'), now()
  FROM unnest(ids) AS c LEFT JOIN "Unit" u ON u."id" = c
  ORDER BY c
  ON CONFLICT ("communeId") DO UPDATE
    SET "version" = EXCLUDED."version", "changedAt" = EXCLUDED."changedAt",
        "provinceId" = coalesce(EXCLUDED."provinceId", "ReadModelVersion"."provinceId");
  IF '*' = ANY(ids) OR array_length(ids, 1) > 200 THEN
    PERFORM pg_notify('read_models', '*');
  ELSE
    PERFORM pg_notify('read_models', array_to_string(ids, ','));
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "read_models_commit" AFTER INSERT ON "ReadModelPending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "read_models_commit"();

-- Notes the communes of the rows a statement changed ("changed_rows" is its transition table).
-- A commune's own Unit row counts for that commune, a province plan's rows for the province's own
-- row; holidays and the catalog count for all ("*").
CREATE FUNCTION "read_models_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME IN ('Holiday', 'IndicatorCatalogEntry') THEN
    INSERT INTO "ReadModelPending" VALUES (txid_current(), '*') ON CONFLICT DO NOTHING;
    RETURN NULL;
  END IF;
  INSERT INTO "ReadModelPending" ("txid", "communeId")
  SELECT DISTINCT txid_current(), c FROM (
    SELECT coalesce(
      to_jsonb(r) ->> 'communeId',
      CASE WHEN TG_TABLE_NAME = 'Unit' THEN to_jsonb(r) ->> 'id' END,
      to_jsonb(r) ->> 'provinceId' -- a province's own plans: the province's row
    ) AS c
    FROM changed_rows r
  ) s WHERE c IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Every table a dashboard, plan page, task list or province view reads. Not here on purpose: logs,
-- notifications, jobs, sessions, tokens, and users but for their names (below): sign-ins write those
-- rows and no figure depends on them.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Unit', 'Plan', 'PlanGroup', 'Task', 'TaskUnit', 'TaskUpdate', 'TaskPart', 'TaskUnitGroup', 'Attachment',
    'Directive', 'DeadlineExtension', 'Indicator', 'IndicatorTask', 'IndicatorValue', 'Report', 'ReportFile',
    'ReportSubmission', 'UnitGroup', 'UnitGroupMember', 'CommuneSettings', 'ProvincePlanReceipt', 'CheckItem',
    'DailyCheck', 'DailyCheckRevision', 'DailyCheckResult', 'Incident', 'IncidentEvent', 'Holiday',
    'IndicatorCatalogEntry', 'ProvincePlan', 'ProvinceTask', 'ProvinceIndicator', 'ProvincePlanVersion'
  ] LOOP
    EXECUTE format('CREATE TRIGGER "read_models_ins" AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "read_models_note"()', t);
    EXECUTE format('CREATE TRIGGER "read_models_upd" AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "read_models_note"()', t);
    EXECUTE format('CREATE TRIGGER "read_models_del" AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "read_models_note"()', t);
  END LOOP;
END $$;

-- A person's name is shown with what they wrote (a direction's author, a check's): a rename counts
-- for their commune. Row-level, as a statement trigger cannot both name a column and see the rows.
CREATE FUNCTION "read_models_note_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReadModelPending" VALUES (txid_current(), coalesce(NEW."communeId", NEW."provinceId", '*')) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "read_models_user_name" AFTER UPDATE OF "fullName" ON "User"
  FOR EACH ROW WHEN (OLD."fullName" IS DISTINCT FROM NEW."fullName") EXECUTE FUNCTION "read_models_note_user"();

-- A signed report's files stay as signed; the one change allowed is their bytes leaving the row once
-- their copy in the object store is verified (`npm run storage:migrate -- --drop-database-copies`).
CREATE OR REPLACE FUNCTION report_file_written_once() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.bytes IS NOT NULL AND NEW.bytes IS NULL
     AND (to_jsonb(NEW) - 'bytes') = (to_jsonb(OLD) - 'bytes') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'ReportFile rows are written once, when the report is signed';
END;
$$ LANGUAGE plpgsql;
