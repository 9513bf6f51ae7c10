// `npm run import:plan -- <file> --json`: prints the plan read from a DOCX/PDF/TXT document as JSON.
// `npm run import:plan -- <file> --commune <communeId>`: creates the plan in that commune
// (DATABASE_URL, or the embedded database in .data/postgres when it is not set).
// Exits non-zero with a Vietnamese message when the document cannot be read as a plan.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { extractPlanText, MAX_PLAN_BYTES } from "../lib/import/extract-text";
import { createPlanFromDraft } from "../lib/import/apply";
import { parsePlanText } from "../lib/import/parse-plan";
import { startEmbeddedPostgres } from "./lib/embedded-db";

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const file = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--commune");
  if (!file) fail("Cách dùng: npm run import:plan -- <tệp .docx|.pdf|.txt> (--json | --commune <mã xã>)");
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) fail(`Không tìm thấy tệp ${file}`);
  if (info.size > MAX_PLAN_BYTES) fail("Tệp vượt quá 20 MB.");

  const extracted = await extractPlanText(path.basename(file), await readFile(file));
  if (!extracted.ok) fail(extracted.message);
  const draft = parsePlanText(extracted.text);
  if (draft.tasks.length === 0) fail("Không tìm thấy nhiệm vụ nào: tệp có vẻ không phải là một kế hoạch.");

  const communeId = option("--commune");
  if (process.argv.includes("--json") || !communeId) {
    process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
    return;
  }

  let url = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const db = await startEmbeddedPostgres({ dataDir: ".data/postgres", database: "cds", preferredPort: 54329 });
    url = db.url;
    stop = db.stop;
  }
  const db = createPrismaClient(url, 2);
  try {
    const commune = await db.unit.findFirst({ where: { id: communeId, kind: { in: ["COMMUNE", "WARD"] } } });
    if (!commune?.provinceId) fail(`Không có xã/phường mã ${communeId}.`);
    const result = await db.$transaction(
      (tx) => createPlanFromDraft(tx, { communeId: commune.id, provinceId: commune.provinceId!, sourceFile: extracted.fileName }, draft),
      { timeout: 60_000 },
    );
    console.log(`✔ Đã tạo kế hoạch ${result.planId} cho ${commune.name}: ${result.taskCount} nhiệm vụ.`);
    if (result.createdUnits.length) console.log(`  Đơn vị mới: ${result.createdUnits.join("; ")}`);
    if (result.createdGroups.length) console.log(`  Nhóm đơn vị mới: ${result.createdGroups.join("; ")}`);
    for (const w of [...draft.warnings, ...result.warnings]) console.log(`  ⚠ ${w}`);
  } finally {
    await db.$disconnect();
    await stop?.();
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
