-- A signed report is an official record: its number is unique in the commune's year (a key the
-- application fills when signing, in the printed form of lib/reports/number.ts), and neither the
-- report nor its stored files can be changed or deleted by any path once it is signed.

ALTER TABLE "Report" ADD COLUMN "signedYear" INTEGER, ADD COLUMN "signedNumber" TEXT;

-- Reports signed before this migration get their key in the same printed form (no extra leading
-- zeros, two digits below 10). If a number was already used twice, the earliest signed keeps it;
-- the later one stays unkeyed (it cannot be renumbered: it is signed).
WITH parts AS (
  SELECT id, "communeId", "finalizedAt", extract(year FROM "issuedDate")::int AS y,
         ltrim(split_part(upper(number), '/', 1), '0') AS n,
         substring(upper(number) FROM position('/' IN number)) AS rest
  FROM "Report" WHERE status = 'FINAL' AND "issuedDate" IS NOT NULL AND number LIKE '%/%'
), keyed AS (
  SELECT id, y, (CASE WHEN length(n) < 2 THEN lpad(n, 2, '0') ELSE n END) || rest AS k, "communeId", "finalizedAt"
  FROM parts
), ranked AS (
  SELECT id, y, k, row_number() OVER (PARTITION BY "communeId", y, k ORDER BY "finalizedAt", id) AS nth FROM keyed
)
UPDATE "Report" r SET "signedYear" = ranked.y, "signedNumber" = ranked.k FROM ranked WHERE ranked.id = r.id AND ranked.nth = 1;

CREATE UNIQUE INDEX "Report_communeId_signedYear_signedNumber_key" ON "Report"("communeId", "signedYear", "signedNumber");

-- Like the append-only tables: TRUNCATE (tests, synthetic data) fires no row trigger.
CREATE FUNCTION report_signed_is_final() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'FINAL' THEN
    RAISE EXCEPTION 'Report % is signed: it can be neither changed nor deleted', OLD.id;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER report_signed_is_final BEFORE UPDATE OR DELETE ON "Report"
  FOR EACH ROW EXECUTE FUNCTION report_signed_is_final();

-- A report's files are stored once, in the transaction that signs it.
CREATE FUNCTION report_file_written_once() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ReportFile rows are written once, when the report is signed';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER report_file_written_once BEFORE UPDATE OR DELETE ON "ReportFile"
  FOR EACH ROW EXECUTE FUNCTION report_file_written_once();
