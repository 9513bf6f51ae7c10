import { describe, expect, it } from "vitest";
import { dateFromKey } from "@/lib/dates";
import { lastCompletedPeriod } from "@/lib/indicators/periods";
import { DEADLINE_STATUSES, deadlineStatus, deadlineStatusOf } from "@/lib/tasks/deadline-status";
import { parseDeadlineText } from "@/lib/tasks/deadline-text";
import { generateCommune } from "@/scripts/synthetic/commune";
import { resolveToday, type SyntheticConfig } from "@/scripts/synthetic/config";
import { communeBatches, generateProvinces } from "@/scripts/synthetic/generate";
import { appendRows, emptyRows, type TableRows, type TaskRow, type TaskUpdateRow } from "@/scripts/synthetic/rows";

const cfg: SyntheticConfig = {
  provinces: 2,
  communesPerProvince: 3,
  tasksPerCommune: 80,
  months: 12,
  seed: "test",
  ...resolveToday("2026-11-25"),
};

function generateAll(c: SyntheticConfig, batchSize: number): TableRows {
  const { rows, provinceIds } = generateProvinces(c, "hash");
  for (const batch of communeBatches(c, provinceIds, "hash", batchSize)) appendRows(rows, batch.rows);
  return rows;
}

const timing = (t: TaskRow) => ({
  deadlineKind: t.deadlineKind,
  dueDate: t.dueDate ? dateFromKey(t.dueDate) : null,
  workStatus: t.workStatus,
  completedAt: t.completedAt ? new Date(t.completedAt) : null,
});

const all = generateAll(cfg, 4);

describe("synthetic data generator", () => {
  it("gives the same rows for the same seed, whatever the batch size", () => {
    expect(JSON.stringify(generateAll(cfg, 1))).toBe(JSON.stringify(all));
  });

  it("gives other rows for another seed", () => {
    const other = generateCommune({
      cfg: { ...cfg, seed: "other" },
      provinceIndex: 0,
      communeIndex: 0,
      provinceId: "p",
      passwordHash: "hash",
    });
    const same = generateCommune({ cfg, provinceIndex: 0, communeIndex: 0, provinceId: "p", passwordHash: "hash" });
    expect(other.Task.map((t) => t.id)).not.toEqual(same.Task.map((t) => t.id));
  });

  it("makes the asked number of everything, with unique ids, logins and task codes", () => {
    expect(all.Unit.filter((u) => u.kind === "PROVINCE")).toHaveLength(2);
    expect(all.Unit.filter((u) => u.kind === "COMMUNE" || u.kind === "WARD")).toHaveLength(6);
    expect(all.Task).toHaveLength(6 * 80);
    const ids = Object.values(all).flatMap((rows: readonly object[]) => rows.flatMap((r) => ("id" in r ? [r.id] : [])));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(all.User.map((u) => u.username)).size).toBe(all.User.length);
    expect(all.User.map((u) => u.username)).toEqual(
      expect.arrayContaining(["admin", "tinh.s01", "tinh.s02", "chutich.s001", "vhxh.s006", "tthcc.s004"]),
    );
    const codes = all.Task.map((t) => `${t.planId}/${t.code}`);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("keeps each task's columns equal to its latest progress report", () => {
    const byTask = new Map<string, TaskUpdateRow[]>();
    for (const u of all.TaskUpdate) if (u.kind === "PROGRESS") byTask.set(u.taskId, [...(byTask.get(u.taskId) ?? []), u]);
    for (const t of all.Task) {
      const reports = (byTask.get(t.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const last = reports.at(-1);
      expect(t.version).toBe(reports.length);
      expect(t.lastUpdateAt).toBe(last?.createdAt ?? null);
      expect(t.workStatus).toBe(last?.workStatus ?? "NOT_STARTED");
      expect(t.progress).toBe(last?.progress ?? 0);
      expect(t.completedAt).toBe(last?.completedAt ?? null);
      if (t.workStatus === "DONE") expect(t.progress).toBe(100);
      // The category from the denormalised columns is the one the reports themselves give.
      const fromReports = deadlineStatus(
        timing(t),
        reports.map((r) => ({ createdAt: new Date(r.createdAt) })),
        cfg.now,
      );
      expect(deadlineStatusOf({ ...timing(t), lastUpdateAt: t.lastUpdateAt ? new Date(t.lastUpdateAt) : null }, cfg.now)).toBe(fromReports);
      // Progress never goes down and nothing is dated after "now".
      reports.forEach((r, i) => i > 0 && expect(r.progress).toBeGreaterThanOrEqual(reports[i - 1]!.progress));
      expect(reports.every((r) => new Date(r.createdAt) <= cfg.now)).toBe(true);
    }
  });

  it("words each deadline so that the app reads back the stored kind and date", () => {
    for (const t of all.Task) expect(parseDeadlineText(t.deadlineText)).toEqual({ kind: t.deadlineKind, dueDate: t.dueDate });
  });

  it("gives every government status category", () => {
    const seen = new Set(
      all.Task.map((t) => deadlineStatusOf({ ...timing(t), lastUpdateAt: t.lastUpdateAt ? new Date(t.lastUpdateAt) : null }, cfg.now)),
    );
    expect([...seen].sort()).toEqual([...DEADLINE_STATUSES].sort());
  });

  it("writes contributions from helping units only, and directives by the chairperson", () => {
    const roles = new Map(all.TaskUnit.map((tu) => [`${tu.taskId}/${tu.unitId}`, tu.role]));
    for (const u of all.TaskUpdate) expect(roles.get(`${u.taskId}/${u.unitId}`)).toBe(u.kind === "PROGRESS" ? "LEAD" : "SUPPORT");
    expect(all.TaskUpdate.some((u) => u.kind === "CONTRIBUTION")).toBe(true);
    const chairs = new Set(all.User.filter((u) => u.role === "CHAIR").map((u) => u.id));
    expect(all.Directive.length).toBeGreaterThan(0);
    expect(all.Directive.every((d) => chairs.has(d.authorId))).toBe(true);
  });

  it("fills KPI values per monthly period up to the last completed one, ratios computed from their parts", () => {
    const last = lastCompletedPeriod(cfg.today, "MONTHLY").key;
    expect(all.IndicatorValue.every((v) => v.periodKey <= last)).toBe(true);
    const byId = new Map(all.Indicator.map((i) => [i.id, i]));
    for (const v of all.IndicatorValue) {
      const ind = byId.get(v.indicatorId)!;
      if (ind.measure === "RATIO") expect(v.value).toBeCloseTo((v.numerator! / v.denominator!) * 100, 3);
      if (ind.unit === "PERCENT") expect(v.value).toBeLessThanOrEqual(100);
    }
    const keys = all.IndicatorValue.map((v) => `${v.indicatorId}/${v.periodKey}/${v.revision}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("dates nothing after now, even early on a Monday morning when nobody has reported yet this week", () => {
    const early: SyntheticConfig = {
      ...cfg,
      provinces: 1,
      communesPerProvince: 2,
      today: "2026-11-23",
      now: new Date("2026-11-23T06:00:00+07:00"),
    };
    const rows = generateAll(early, 2);
    const instants = [
      ...rows.TaskUpdate.map((u) => u.createdAt),
      ...rows.Directive.map((d) => d.createdAt),
      ...rows.IndicatorValue.map((v) => v.createdAt),
    ];
    expect(instants.every((at) => new Date(at) <= early.now)).toBe(true);
  });

  it("is empty-safe: a commune without tasks still gets its units, accounts and plan", () => {
    const rows = appendRows(
      emptyRows(),
      generateCommune({ cfg: { ...cfg, tasksPerCommune: 0 }, provinceIndex: 0, communeIndex: 0, provinceId: "p", passwordHash: "h" }),
    );
    expect(rows.Task).toHaveLength(0);
    expect(rows.Plan).toHaveLength(1);
    expect(rows.User.length).toBeGreaterThan(2);
  });
});
