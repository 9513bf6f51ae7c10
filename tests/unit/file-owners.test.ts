// Every Prisma model that stores a file (it has a `sha256` column) is in the registry of file owners
// that the start-up sweep and the backup read: a new kind of file cannot be forgotten again.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE_OWNERS, STORED_FILE_OWNERS } from "@/lib/files/owners";

const schema = readFileSync("prisma/schema.prisma", "utf8");
const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(([, name, body]) => ({ name: name!, body: body! })); // both groups always match

describe("registry of stored files", () => {
  it("lists every model with a stored file, in the store or (report files signed before it) in the database", () => {
    const withFile = models.filter((m) => /^\s+sha256\s/m.test(m.body)).map((m) => m.name);
    expect(withFile.length).toBeGreaterThan(0);
    expect([...new Set([...STORED_FILE_OWNERS, ...DATABASE_FILE_OWNERS])].sort()).toEqual(withFile.sort());
  });

  it("a model keeps its bytes in the database exactly when the registry says so", () => {
    const bytesColumn = models.filter((m) => /^\s+\w+\s+Bytes\b/m.test(m.body)).map((m) => m.name);
    expect([...DATABASE_FILE_OWNERS].sort()).toEqual(bytesColumn.sort());
  });
});
