// The writes the read models depend on need no code of their own: the commit-time triggers give the
// commune a new version and publish it on "read_models". Each kind of write below goes through its real
// command; a separate LISTEN connection must hear the commune (or "*"), and the version must change.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { saveHoliday } from "@/lib/calendar/commands";
import { localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { evidenceDir } from "@/lib/files/storage";
import { applyImport, uploadPlan } from "@/lib/import/commands";
import type { PlanDraft } from "@/lib/import/types";
import { enterIndicatorValue } from "@/lib/indicators/commands";
import { periodContaining } from "@/lib/indicators/periods";
import { giveDirective, submitTaskUpdate } from "@/lib/tasks/commands";
import { rm } from "node:fs/promises";
import { docxFromText, planText } from "../support/documents";
import { file } from "../support/files";
import { communeByName, freshDemo, openTasksLedBy, testDb, viewer } from "./db";
import { createProvincePlan, provinceCoordinator, publish } from "./province-plan-fixture";

const db = testDb();
const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
const heard: string[][] = [];
let haiAn: string;
let thachKhoi: string;
let haLong: string;
let hp: string;
let office: Viewer;
let chair: Viewer;
let coordinator: Viewer;
let taskId: string;

beforeAll(async () => {
  await freshDemo(db);
  const a = await communeByName(db, "Phường Hải An");
  haiAn = a.id;
  hp = a.provinceId!;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  haLong = (await communeByName(db, "Xã Hà Long")).id;
  office = await viewer(db, "vanphong.haian");
  chair = await viewer(db, "chutich.haian");
  coordinator = await viewer(db, "vhxh.haian");
  const [task] = await openTasksLedBy(db, haiAn, office.unitId!, 1);
  taskId = task!.id;
  await listener.connect();
  listener.on("notification", (m) => heard.push((m.payload ?? "").split(",")));
  await listener.query("LISTEN read_models");
});
afterAll(async () => {
  await listener.end();
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
  await getDb().$disconnect();
});

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

async function versionOf(communeId: string) {
  const rows = await db.$queryRaw<
    { version: string }[]
  >`SELECT version::text AS version FROM "ReadModelVersion" WHERE "communeId" = ${communeId}`;
  return rows[0]?.version ?? "0";
}

/** Waits until the listener has heard every commune of `communes` (or "*") since `from` notifications. */
async function hear(from: number, communes: string[]) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const ids = new Set(heard.slice(from).flat());
    if (ids.has("*") || communes.every((c) => ids.has(c))) return;
    if (Date.now() > deadline) throw new Error(`NOTIFY not heard for ${communes.join(",")}; heard ${[...ids].join(",")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Runs `write`, which must succeed, and checks that each commune's version changed and was announced. */
async function expectAnnounced(communes: string[], write: () => Promise<ActionResult<unknown>>, key = communes) {
  const before = await Promise.all(key.map(versionOf));
  const from = heard.length;
  const res = await write();
  expect(res.ok, JSON.stringify(res)).toBe(true);
  const after = await Promise.all(key.map(versionOf));
  for (const [i, v] of after.entries()) expect(v, key[i]).not.toBe(before[i]);
  await hear(from, communes);
}

describe("read-model versions move with every write", () => {
  it("a task progress update", async () => {
    const { version } = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    await expectAnnounced([haiAn], () =>
      run(submitTaskUpdate, office, {
        communeId: haiAn,
        taskId,
        version,
        workStatus: "IN_PROGRESS",
        progress: "50",
        result: "Đã làm một nửa.",
        files: [],
      }),
    );
  });

  it("a directive", async () => {
    await expectAnnounced([haiAn], () => run(giveDirective, chair, { communeId: haiAn, taskId, content: "Đẩy nhanh tiến độ." }));
  });

  it("a KPI value", async () => {
    const indicator = await db.indicator.findFirstOrThrow({ where: { communeId: haiAn, measure: "DIRECT" } });
    const period = periodContaining(localDateKey(new Date()), indicator.frequency);
    const current = await db.indicatorValue.findFirst({
      where: { indicatorId: indicator.id, periodKey: period.key },
      orderBy: { revision: "desc" },
    });
    const value = indicator.unit === "PERCENT" ? "42" : "7";
    await expectAnnounced([haiAn], () =>
      run(enterIndicatorValue, coordinator, {
        communeId: haiAn,
        indicatorId: indicator.id,
        periodKey: period.key,
        baseRevision: current?.revision ?? 0,
        value,
        sourceNote: "Thử phiên bản",
        correctionReason: current ? "Sửa để thử phiên bản" : "",
        files: [],
      }),
    );
  });

  it("a plan import", async () => {
    const halongCoordinator = await viewer(db, "vhxh.halong");
    const bytes = await docxFromText(planText("phuong-thach-khoi.txt"));
    const up = await run<{ importId: string }>(uploadPlan, halongCoordinator, { communeId: haLong, file: file(bytes, "ke-hoach.docx") });
    if (!up.ok) throw new Error(up.message);
    const draft = (await db.planImport.findUniqueOrThrow({ where: { id: up.data.importId } })).draft as unknown as PlanDraft;
    await expectAnnounced([haLong], () =>
      run(applyImport, halongCoordinator, {
        communeId: haLong,
        importId: up.data.importId,
        draft: JSON.stringify(draft),
        confirmOtherCommune: "on",
      }),
    );
  });

  it("a province plan publication reaches every commune it is applied to", async () => {
    const planner = await provinceCoordinator(db, hp, "dieuphoi.versions");
    const planId = await createProvincePlan(db, hp, planner.id, [{ code: "1.1" }]);
    await expectAnnounced([haiAn, thachKhoi], () => publish(db, planner, hp, planId));
  });

  it("a holiday: every commune ('*')", async () => {
    const admin = await viewer(db, "admin");
    const from = heard.length;
    const before = await versionOf("*");
    const res = await run(saveHoliday, admin, { mode: "create", date: "2026-12-30", name: "Nghỉ thử phiên bản", workingDay: "" });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    expect(await versionOf("*")).not.toBe(before);
    await hear(from, ["*"]);
    expect(heard.slice(from).flat()).toContain("*");
  });
});
