// The one registry of stored files: every table whose rows own a file. The start-up sweep
// (storage.ts removeOrphanEvidence) keeps exactly the files these rows own, and `npm run db:backup`
// copies them; a unit test fails when a model with a `sha256` column is missing here, so that a new
// kind of stored file cannot be forgotten (a forgotten kind was deleted at every start).

/** Tables whose row owns a file in the store (lib/storage: EVIDENCE_DIR or S3) named by the row's id. */
export const STORED_FILE_OWNERS = [
  "Attachment", // evidence of task updates and KPI values (lib/files/attach.ts)
  "PlanImport", // the uploaded plan document (lib/import/commands.ts)
  "StagedUpload", // a file uploaded before its form was sent, not yet claimed (lib/uploads)
  "ReportFile", // DOCX/XLSX of a signed report (lib/reports/finalize.ts), when its `bytes` is null
] as const;

/**
 * Tables that may still keep a file's bytes in a column: report files signed before object storage.
 * Backed up with the tables; `npm run storage:migrate` moves them into the store.
 */
export const DATABASE_FILE_OWNERS = ["ReportFile"] as const;

/** SQL listing which of the ids in `$1` (text[]) a stored file owner holds. Table names come from the list above only. */
export const OWNED_IDS_SQL = STORED_FILE_OWNERS.map((t) => `SELECT id FROM "${t}" WHERE id = ANY($1::text[])`).join(" UNION ALL ");
