// manifest.json of a backup zip: what the restore checks everything against. Read back through zod,
// so that a foreign or damaged file is refused before anything is written.
import { z } from "zod";
import { isIdShaped } from "../../../lib/ids";

export const FORMAT = "cds-backup";
export const FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = "manifest.json";

/** Table names become SQL identifiers and zip paths; evidence ids become file names. */
const tableName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/);
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));

const migration = z.object({ name: z.string().min(1), checksum: z.string() });

const table = z.object({
  name: tableName,
  /** Column names in the dump's COPY order (the restore names them, so physical order may differ). */
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().min(0),
  /** md5 over the sorted md5 of each row (see checksum.ts), computed by PostgreSQL in the dump's snapshot. */
  checksum: hex(32),
  entry: z.string(),
  size: z.number().int().min(0),
  sha256: hex(64),
});

const evidence = z.object({ id: z.string().refine(isIdShaped), entry: z.string(), size: z.number().int().min(0), sha256: hex(64) });

const sequence = z.object({ name: z.string().min(1), lastValue: z.string(), isCalled: z.boolean() });

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  server: z.string(),
  database: z.string(),
  migrations: z.array(migration),
  tables: z.array(table),
  sequences: z.array(sequence),
  files: z.array(evidence),
  /** Ids whose row exists but whose file was not in the store (EVIDENCE_DIR or STORAGE_URL) when the backup was taken. */
  missingFiles: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type TableEntry = Manifest["tables"][number];
export type FileEntry = Manifest["files"][number];
export type MigrationEntry = Manifest["migrations"][number];

export const tableEntryName = (table: string) => `tables/${table}.copy`;
export const evidenceEntryName = (id: string) => `evidence/${id}`;
