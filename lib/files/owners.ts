// The one registry of stored files: every table whose rows own a file. The start-up sweep
// (storage.ts removeOrphanEvidence) keeps exactly the files these rows own, and `npm run db:backup`
// copies them; a unit test fails when a model with a `sha256` column is missing here, so that a new
// kind of stored file cannot be forgotten (a forgotten kind was deleted at every start).

/** Tables whose row owns a file in EVIDENCE_DIR named by the row's id. */
export const DISK_FILE_OWNERS = [
  "Attachment", // evidence of task updates and KPI values (lib/files/attach.ts)
  "PlanImport", // the uploaded plan document (lib/import/commands.ts)
] as const;

/** Tables that keep their file's bytes in a column: backed up with the tables, nothing on disk. */
export const DATABASE_FILE_OWNERS = [
  "ReportFile", // DOCX/XLSX of a signed report (lib/reports/finalize.ts)
] as const;

/** SQL listing which of the ids in `$1` (text[]) a disk file owner holds. Table names come from the list above only. */
export const OWNED_IDS_SQL = DISK_FILE_OWNERS.map((t) => `SELECT id FROM "${t}" WHERE id = ANY($1::text[])`).join(" UNION ALL ");
