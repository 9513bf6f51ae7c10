// Which database a province read model is computed on. The roll-ups may read a streaming replica
// (DATABASE_REPLICA_URL), but an entry is labelled with the primary's version read before computing:
// computed on a replica that is behind, it would hold old figures under a new label until the next
// write. So the replica is used only when it has already applied that version; else the primary.
import { getDb, getReadDb, type Db } from "../db";
import type { ReadModelScope } from "./cache";
import { databaseVersions } from "./versions";

export async function readerFor(scope: ReadModelScope, primaryVersion: string): Promise<Db> {
  const replica = getReadDb();
  const primary = getDb();
  if (replica === primary) return primary;
  // WAL is applied in order: a replica that shows this version now shows at least it from here on.
  const seen = await databaseVersions(() => replica)
    .version(scope)
    .catch(() => null); // an unreachable replica: the primary answers
  return seen === primaryVersion ? replica : primary;
}
