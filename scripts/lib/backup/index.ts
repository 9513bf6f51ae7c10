// Backup and restore of the database and the evidence files (README "Backup and restore").
export { backupDatabase, type BackupResult } from "./backup";
export { restoreDatabase, type RestoreResult } from "./restore";
export { tableChecksums, type TableSum } from "./schema";
export { openArchive } from "./archive";
export { BackupError } from "./format";
export { openTarget, storeFromEnv } from "./target";
