// API v1's plans, tasks and task updates on the demo data: the fields equal what the portal computes,
// the filters (the category through the SQL twin of deadlineStatus), keyset pages under concurrent
// inserts, the CSV (the XLSX export's columns), ETag, and tenants.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatch } from "@/lib/api/dispatch";
import type { Db } from "@/lib/db";
import { readAssignment, writeAssignment } from "@/lib/tasks/assignment";
import { DEADLINE_STATUSES, deadlineStatusOf } from "@/lib/tasks/deadline-status";
import { TASK_EXPORT_COLUMNS } from "@/lib/tasks/export-columns";
import { renderTaskListXlsx, TASK_EXPORT_HEADER_ROW } from "@/lib/tasks/export-xlsx";
import { summaryOf } from "@/lib/tasks/latest-update";
import { communeByName, freshDemo, testDb } from "./db";
import { api, tokenFor } from "./api-support";

type ApiTask = {
  id: string;
  code: string;
  status: { key: string; label: string };
  leadUnits: { id: string; name: string }[];
  supportUnits: { id: string; name: string }[];
  lastUpdate: { at: string; unitName: string | null; progress: number; summary: string } | null;
  closed: unknown;
  plan: { id: string };
  updatedAt: string;
};
type Page<T> = { data: T[]; nextCursor: string | null };

let db: Db;
let haiAn: string;
let thachKhoi: string;
let haLong: string;
let token: string;
const now = new Date();

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  haLong = (await communeByName(db, "Xã Hà Long")).id;
  token = (await tokenFor(db, "vhxh.haian")).token;
});
afterAll(async () => {
  await db.$disconnect();
});

/** Every page of a list, following nextCursor. */
async function all<T>(path: string, tok = token): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const r = await api(db, `${path}${sep}limit=7${cursor ? `&cursor=${cursor}` : ""}`, { token: tok, now });
    expect(r.status, r.text).toBe(200);
    const page = r.json() as Page<T>;
    out.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const sorted = (ids: string[]) => [...ids].sort();

describe("GET /communes/{communeId}/tasks", () => {
  it("gives every counted task with the category deadlineStatusOf gives, its units and latest report", async () => {
    const tasks = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks`);
    const counted = await db.task.findMany({
      where: { communeId: haiAn, closedKind: null, plan: { archivedAt: null } },
      include: { units: true },
    });
    expect(counted.length).toBeGreaterThan(10);
    expect(sorted(tasks.map((t) => t.id))).toEqual(sorted(counted.map((t) => t.id)));
    const byId = new Map(tasks.map((t) => [t.id, t]));
    for (const t of counted) {
      const a = byId.get(t.id)!;
      expect(a.status.key, t.code).toBe(deadlineStatusOf(t, now));
      const ids = (role: string) => sorted([...new Set(t.units.filter((u) => u.role === role).map((u) => u.unitId))]);
      expect(sorted(a.leadUnits.map((u) => u.id)), t.code).toEqual(ids("LEAD"));
      expect(sorted(a.supportUnits.map((u) => u.id)), t.code).toEqual(ids("SUPPORT"));
      const last = await db.taskUpdate.findFirst({
        where: { taskId: t.id, kind: "PROGRESS", returnedAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: { unit: true },
      });
      expect(a.lastUpdate, t.code).toEqual(
        last
          ? {
              at: last.createdAt.toISOString(),
              unitName: last.unit?.name ?? null,
              progress: last.progress,
              summary: summaryOf(last.result),
            }
          : null,
      );
    }
    // The demo has tasks in several categories and with reports: the comparison above means something.
    expect(new Set(tasks.map((t) => t.status.key)).size).toBeGreaterThan(2);
    expect(tasks.some((t) => t.lastUpdate)).toBe(true);
  });

  it("filters by category in SQL exactly as deadlineStatusOf sorts the tasks (every category)", async () => {
    const everything = await db.task.findMany({ where: { communeId: haiAn } });
    for (const status of DEADLINE_STATUSES) {
      const got = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks?status=${status}&includeClosed=true`);
      const expected = everything.filter((t) => deadlineStatusOf(t, now) === status).map((t) => t.id);
      expect(sorted(got.map((t) => t.id)), status).toEqual(sorted(expected));
    }
  });

  it("filters by plan, lead unit and includeClosed", async () => {
    const closed = await db.task.findFirstOrThrow({ where: { communeId: haiAn, closedKind: null, plan: { sourceFile: { not: null } } } });
    await db.task.update({
      where: { id: closed.id },
      data: { closedKind: "NOT_APPLICABLE", closedReason: "Không có trên địa bàn", closedAt: now },
    });
    try {
      const counted = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks`);
      expect(counted.map((t) => t.id)).not.toContain(closed.id);
      const withClosed = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks?includeClosed=true`);
      expect(withClosed.find((t) => t.id === closed.id)?.closed).toMatchObject({ kind: "NOT_APPLICABLE", reason: "Không có trên địa bàn" });
      expect(withClosed.length).toBe(counted.length + 1);

      const byPlan = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks?planId=${closed.planId}&includeClosed=true`);
      expect(sorted(byPlan.map((t) => t.id))).toEqual(
        sorted((await db.task.findMany({ where: { planId: closed.planId } })).map((t) => t.id)),
      );
      expect(byPlan.length).toBeLessThan(withClosed.length);

      const lead = await db.taskUnit.findFirstOrThrow({ where: { communeId: haiAn, role: "LEAD" } });
      const led = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks?leadUnitId=${lead.unitId}&includeClosed=true`);
      const expected = await db.task.findMany({ where: { communeId: haiAn, units: { some: { unitId: lead.unitId, role: "LEAD" } } } });
      expect(sorted(led.map((t) => t.id))).toEqual(sorted(expected.map((t) => t.id)));
      expect(led.every((t) => t.leadUnits.some((u) => u.id === lead.unitId))).toBe(true);

      const bad = await api(db, `/api/v1/communes/${haiAn}/tasks?status=LATE`, { token });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain("status chỉ nhận");
    } finally {
      await db.task.update({ where: { id: closed.id }, data: { closedKind: null, closedReason: null, closedAt: null } });
    }
  });

  it("updatedSince sees a progress write and a change of lead units (which rewrites TaskUnit rows only)", async () => {
    const since = new Date();
    await new Promise((r) => setTimeout(r, 5));
    const [a, b] = await db.task.findMany({
      where: { communeId: haiAn, closedKind: null, plan: { sourceFile: { not: null } } },
      take: 2,
      orderBy: { id: "asc" },
    });
    expect((await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks?updatedSince=${since.toISOString()}`)).length).toBe(0);
    await db.task.update({ where: { id: a!.id }, data: { progress: 40 } });
    await db.$transaction(async (tx) => writeAssignment(tx, b!, await readAssignment(tx, b!.id)));
    const changed = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks?updatedSince=${encodeURIComponent(since.toISOString())}`);
    expect(sorted(changed.map((t) => t.id))).toEqual(sorted([a!.id, b!.id]));
  });

  it("pages are stable under concurrent inserts: every task already there exactly once", async () => {
    const before = await db.task.findMany({
      where: { communeId: haiAn, closedKind: null, plan: { archivedAt: null } },
      select: { id: true },
    });
    const first = (await api(db, `/api/v1/communes/${haiAn}/tasks?limit=5`, { token, now })).json() as Page<ApiTask>;
    const template = await db.task.findFirstOrThrow({ where: { communeId: haiAn, plan: { sourceFile: { not: null } } } });
    const insert = (id: string, code: string) =>
      db.task.create({
        data: {
          id,
          communeId: haiAn,
          planId: template.planId,
          code,
          title: `Nhiệm vụ chen vào ${code}`,
          deadlineKind: "NONE",
          sortOrder: 900,
        },
      });
    // Ids both before the cursor (would shift an OFFSET page) and after it.
    await insert("0000000000aaaa", "90.1");
    await insert("zzzzzzzzzzzzzz", "90.2");
    const seen = [...first.data.map((t) => t.id)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await api(db, `/api/v1/communes/${haiAn}/tasks?limit=5&cursor=${cursor}`, { token, now })).json() as Page<ApiTask>;
      seen.push(...page.data.map((t) => t.id));
      cursor = page.nextCursor;
      if (seen.length === 10) await insert("zzzzzzzzzzzzzy", "90.3"); // and one more while paging
    }
    await db.task.deleteMany({ where: { id: { in: ["0000000000aaaa", "zzzzzzzzzzzzzz", "zzzzzzzzzzzzzy"] } } });
    expect(new Set(seen).size).toBe(seen.length);
    for (const { id } of before) expect(seen.filter((s) => s === id)).toHaveLength(1);
    expect(seen).not.toContain("0000000000aaaa");
  });

  it("CSV: BOM, the header of the task list's XLSX export, one line per task", async () => {
    const json = (await api(db, `/api/v1/communes/${haiAn}/tasks?limit=200`, { token, now })).json() as Page<ApiTask>;
    const r = await api(db, `/api/v1/communes/${haiAn}/tasks?limit=200&format=csv`, { token, now });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/csv");
    // Response.text() drops a BOM: read the bytes.
    const raw = await dispatch(
      new Request(`http://portal.test/api/v1/communes/${haiAn}/tasks?limit=200&format=csv`, {
        headers: { authorization: `Bearer ${token}` },
      }),
      {
        db,
        ratePerMinute: 10_000,
        now,
      },
    );
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTaskListXlsx({ title: "T", subtitle: "S", rows: [], now })) as unknown as ArrayBuffer);
    const xlsxHeader = (wb.worksheets[0]!.getRow(TASK_EXPORT_HEADER_ROW).values as unknown[]).slice(1);
    expect(lines[0]!.split(",")).toEqual(xlsxHeader);
    expect(xlsxHeader).toEqual(TASK_EXPORT_COLUMNS.map((c) => c.header));
    expect(xlsxHeader).toContain("Tiến độ (%)");
    // Multi-line cells are quoted: count records by their first cell, the task's code.
    expect(lines.filter((l) => json.data.some((t) => l.startsWith(`${t.code},`))).length).toBeGreaterThanOrEqual(json.data.length);
    expect(json.data.length).toBeGreaterThan(10);
  });

  it("ETag: 304 for the same list, 200 once a task changed", async () => {
    const path = `/api/v1/communes/${haiAn}/tasks?limit=3`;
    const first = await api(db, path, { token, now });
    const etag = first.headers.get("etag")!;
    expect((await api(db, path, { token, now, headers: { "if-none-match": etag } })).status).toBe(304);
    const id = (first.json() as Page<ApiTask>).data[0]!.id;
    await db.task.update({ where: { id }, data: { progress: 55 } });
    expect((await api(db, path, { token, now, headers: { "if-none-match": etag } })).status).toBe(200);
  });
});

describe("tenants", () => {
  it("another commune's id under a token's commune is 404; a task of another commune under its path is 404", async () => {
    expect((await api(db, `/api/v1/communes/${thachKhoi}/tasks`, { token })).status).toBe(404);
    expect((await api(db, `/api/v1/communes/${thachKhoi}/plans`, { token })).status).toBe(404);
    const foreign = await db.task.findFirstOrThrow({ where: { communeId: thachKhoi } });
    const r = await api(db, `/api/v1/communes/${haiAn}/tasks/${foreign.id}/updates`, { token });
    expect(r.status).toBe(404);
    expect(r.headers.get("content-type")).toBe("application/problem+json");
  });

  it("a province token reads both Hải Phòng wards, not Hà Long; unit staff read their commune's tasks", async () => {
    const province = (await tokenFor(db, "tinh.haiphong")).token;
    for (const c of [haiAn, thachKhoi]) {
      const tasks = await all<ApiTask>(`/api/v1/communes/${c}/tasks`, province);
      expect(tasks.length).toBe(await db.task.count({ where: { communeId: c, closedKind: null, plan: { archivedAt: null } } }));
    }
    expect((await api(db, `/api/v1/communes/${haLong}/tasks`, { token: province })).status).toBe(404);
    const staff = (await tokenFor(db, "vanphong.haian")).token;
    const seen = await all<ApiTask>(`/api/v1/communes/${haiAn}/tasks`, staff);
    expect(seen.length).toBe(await db.task.count({ where: { communeId: haiAn, closedKind: null, plan: { archivedAt: null } } }));
    expect((await api(db, `/api/v1/communes/${thachKhoi}/tasks`, { token: staff })).status).toBe(404);
  });
});

describe("GET /communes/{communeId}/plans", () => {
  it("active plans with counted tasks and the receiving plan marked; archived only when asked", async () => {
    type ApiPlan = { id: string; archived: boolean; isProvincePlan: boolean; taskCount: number };
    const plans = await all<ApiPlan>(`/api/v1/communes/${haiAn}/plans`);
    const rows = await db.plan.findMany({ where: { communeId: haiAn, archivedAt: null } });
    expect(sorted(plans.map((p) => p.id))).toEqual(sorted(rows.map((p) => p.id)));
    const receipts = await db.provincePlanReceipt.findMany({ where: { communeId: haiAn } });
    for (const p of plans) {
      expect(p.taskCount).toBe(await db.task.count({ where: { planId: p.id, closedKind: null } }));
      expect(p.isProvincePlan).toBe(receipts.some((r) => r.planId === p.id));
    }
    const own = rows.find((p) => p.sourceFile !== null)!;
    await db.plan.update({ where: { id: own.id }, data: { archivedAt: now } });
    try {
      expect((await all<ApiPlan>(`/api/v1/communes/${haiAn}/plans`)).map((p) => p.id)).not.toContain(own.id);
      const withArchived = await all<ApiPlan>(`/api/v1/communes/${haiAn}/plans?archived=true`);
      expect(withArchived.find((p) => p.id === own.id)?.archived).toBe(true);
    } finally {
      await db.plan.update({ where: { id: own.id }, data: { archivedAt: null } });
    }
  });
});

describe("GET /communes/{communeId}/tasks/{taskId}/updates", () => {
  it("lists a task's updates, the returned one marked, attachments without a link", async () => {
    const task = await db.task.findFirstOrThrow({ where: { communeId: haiAn, updates: { some: {} } }, include: { updates: true } });
    const author = await db.user.findUniqueOrThrow({ where: { username: "vanphong.haian" } });
    const returned = await db.taskUpdate.create({
      data: {
        communeId: haiAn,
        taskId: task.id,
        authorId: author.id,
        workStatus: "IN_PROGRESS",
        progress: 30,
        result: "Báo cáo thiếu số liệu",
        returnedAt: now,
        returnedById: author.id,
        returnComment: "Bổ sung số liệu tháng 11",
      },
    });
    await db.attachment.create({
      data: {
        communeId: haiAn,
        taskId: task.id,
        updateId: returned.id,
        fileName: "bien-ban.pdf",
        mimeType: "application/pdf",
        size: 1234,
        sha256: "0".repeat(64),
        uploadedById: author.id,
      },
    });
    type ApiUpdate = {
      id: string;
      returned: { at: string; reason: string | null } | null;
      attachments: unknown[];
      content: { result: string };
    };
    const updates = await all<ApiUpdate>(`/api/v1/communes/${haiAn}/tasks/${task.id}/updates`);
    expect(sorted(updates.map((u) => u.id))).toEqual(sorted([...task.updates.map((u) => u.id), returned.id]));
    expect(updates.map((u) => u.id)).toEqual(sorted(updates.map((u) => u.id)));
    const mine = updates.find((u) => u.id === returned.id)!;
    expect(mine.returned).toEqual({ at: now.toISOString(), reason: "Bổ sung số liệu tháng 11" });
    expect(mine.attachments).toEqual([{ fileName: "bien-ban.pdf", size: 1234, mimeType: "application/pdf" }]);
    expect(JSON.stringify(mine)).not.toContain("/api/files");
    expect(
      updates.filter((u) => u.id !== returned.id).every((u) => u.returned === null || task.updates.find((x) => x.id === u.id)?.returnedAt),
    ).toBe(true);
  });
});
