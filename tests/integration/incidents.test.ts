// The IT incident log (issue 22) on the real database: reporting with its checks, numbering per
// commune, every move of the state machine through the one action (who may, from which state, what
// it needs), two people acknowledging at once, escalation to the province support team and what the
// other province sees, notifications and audit lines, working times across a weekend and a holiday,
// and the province's monthly medians.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { workingMinutesBetween } from "@/lib/calendar/working-time";
import { loadCalendar } from "@/lib/calendar/working-days";
import { ensureChecklist } from "@/lib/daily-checks/default-items";
import { evidenceDir } from "@/lib/files/storage";
import { localInstant, setClock } from "@/lib/jobs/clock";
import { incidentFigures, monthOf } from "@/lib/incidents/figures";
import { attachToIncident, commentOnIncident, moveIncident, reportIncident } from "@/lib/incidents/commands";
import { listIncidents, provinceOpenIncidents } from "@/lib/incidents/queries";
import type { IncidentMove } from "@/lib/incidents/states";
import { incidentTimes } from "@/lib/incidents/times";
import { PNG } from "../support/files";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let thachKhoi: string;
let haiPhong: string;
let thanhHoa: string;
const u: Record<string, Viewer> = {};
const names: Record<string, string> = {};
let printerItem: string; // an active critical item of Hải An's checklist
let thachKhoiItem: string;

// Thursday 3 December 2026, 09:00 in Hải Phòng.
const THURSDAY = localInstant("2026-12-03", "09:00");

type Result = ActionResult<Record<string, unknown>>;
const run = (def: Parameters<typeof executeAction>[0], who: Viewer, input: unknown) =>
  executeAction(def, who, input, db) as Promise<Result>;
const fail = (r: Result) => {
  if (r.ok) throw new Error("expected a refusal, got a success");
  return r;
};
const ok = (r: Result) => {
  if (!r.ok) throw new Error(`expected success, got ${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
};

const validReport = (extra: Record<string, unknown> = {}) => ({
  communeId: haiAn,
  checkItemId: "",
  title: "Mất kết nối Internet toàn trung tâm",
  description: "Không truy cập được Hệ thống thông tin giải quyết TTHC.",
  startedAt: "2026-12-03T08:40",
  severity: "URGENT",
  countersDown: "4",
  servicesAffected: "Tiếp nhận hồ sơ trực tuyến",
  dossiersAffected: "30",
  files: [],
  ...extra,
});
const report = async (who: Viewer = u["tthcc.haian"]!, extra: Record<string, unknown> = {}) =>
  ok(await run(reportIncident, who, validReport(extra))).incidentId as string;

const incident = (id: string) => db.incident.findUniqueOrThrow({ where: { id } });
const move = async (who: Viewer, id: string, m: IncidentMove, extra: Record<string, unknown> = {}) => {
  const i = await incident(id);
  return run(moveIncident, who, {
    communeId: i.communeId,
    incidentId: id,
    move: m,
    version: String(i.version),
    note: "",
    cause: "",
    fix: "",
    ...extra,
  });
};
const comment = (who: Viewer, id: string, note: string, communeId = haiAn) =>
  run(commentOnIncident, who, { communeId, incidentId: id, note });

beforeAll(async () => {
  await freshDemo(db);
  const a = await communeByName(db, "Phường Hải An");
  const t = await communeByName(db, "Phường Thạch Khôi");
  haiAn = a.id;
  thachKhoi = t.id;
  haiPhong = a.provinceId!;
  thanhHoa = (await communeByName(db, "Xã Hà Long")).provinceId!;
  for (const name of [
    "tthcc.haian",
    "vhxh.haian",
    "vanphong.haian",
    "chutich.haian",
    "tinh.haiphong",
    "tinh.thanhhoa",
    "tthcc.thachkhoi",
  ]) {
    u[name] = await viewer(db, name);
    names[name] = (await db.user.findUniqueOrThrow({ where: { username: name } })).fullName;
  }
  await db.$transaction(async (tx) => {
    await ensureChecklist(tx, haiAn);
    await ensureChecklist(tx, thachKhoi);
  });
  printerItem = (await db.checkItem.findFirstOrThrow({ where: { communeId: haiAn, critical: true } })).id;
  thachKhoiItem = (await db.checkItem.findFirstOrThrow({ where: { communeId: thachKhoi } })).id;
}, 120_000);

beforeEach(() => setClock(THURSDAY));
afterAll(async () => {
  setClock(null);
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

describe("reporting", () => {
  it.each([
    ["title", { title: "" }],
    ["title", { title: "x".repeat(201) }],
    ["checkItemId", { checkItemId: "thachkhoi-item" }],
    ["startedAt", { startedAt: "2026-12-03T10:00" }], // an hour ahead
    ["startedAt", { startedAt: "2026-11-02T08:00" }], // 31 days ago
    ["startedAt", { startedAt: "hôm qua" }],
    ["startedAt", { startedAt: "" }],
    ["severity", { severity: "CRITICAL" }],
    ["countersDown", { countersDown: "51" }],
    ["countersDown", { countersDown: "-1" }],
    ["servicesAffected", { servicesAffected: "d".repeat(501) }],
    ["dossiersAffected", { dossiersAffected: "100001" }],
    ["dossiersAffected", { dossiersAffected: "nhiều" }],
  ])("refuses a bad %s with a Vietnamese message and writes nothing", async (field, extra) => {
    const input = validReport("checkItemId" in extra ? { checkItemId: thachKhoiItem } : extra);
    const before = await db.incident.count();
    const auditsBefore = await db.auditLog.count({ where: { action: "incidents.report" } });
    const res = fail(await run(reportIncident, u["tthcc.haian"]!, input));
    expect(res.code).toBe("VALIDATION");
    const messages = res.fieldErrors?.[field];
    expect(messages?.[0], JSON.stringify(res.fieldErrors)).toMatch(
      /[ạảãàáâậầấẩẫăắằặẳẵđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịýỳỷỹỵ]|Nhập|Chọn|tối đa|không/i,
    );
    expect(await db.incident.count()).toBe(before);
    expect(await db.auditLog.count({ where: { action: "incidents.report" } })).toBe(auditsBefore);
  });

  it("refuses an archived checklist item", async () => {
    const item = await db.checkItem.findFirstOrThrow({ where: { communeId: haiAn, critical: false } });
    await db.checkItem.update({ where: { id: item.id }, data: { archivedAt: THURSDAY } });
    const res = fail(await run(reportIncident, u["tthcc.haian"]!, validReport({ checkItemId: item.id })));
    expect(res.fieldErrors?.checkItemId?.[0]).toContain("hạng mục");
    await db.checkItem.update({ where: { id: item.id }, data: { archivedAt: null } });
  });

  it("numbers incidents SC-001… per commune, names them after the item, and audits the report", async () => {
    await db.incident.deleteMany({});
    const first = ok(await run(reportIncident, u["chutich.haian"]!, validReport()));
    const second = ok(
      await run(
        reportIncident,
        u["vanphong.haian"]!,
        validReport({ checkItemId: printerItem, title: "", severity: "NORMAL", dossiersAffected: "" }),
      ),
    );
    const other = ok(await run(reportIncident, u["tthcc.thachkhoi"]!, validReport({ communeId: thachKhoi })));
    expect([first.code, second.code, other.code]).toEqual(["SC-001", "SC-002", "SC-001"]);
    const printer = await db.checkItem.findUniqueOrThrow({ where: { id: printerItem } });
    const row = await incident(second.incidentId as string);
    expect(row).toMatchObject({
      title: printer.name,
      checkItemId: printerItem,
      severity: "NORMAL",
      dossiersAffected: null,
      status: "NEW",
      version: 0,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "incidents.report", entityId: first.incidentId as string } });
    expect(audit.data).toEqual({
      incident: "SC-001",
      incidentTitle: "Mất kết nối Internet toàn trung tâm",
      severity: "URGENT",
      startedAt: localInstant("2026-12-03", "08:40").toISOString(),
      countersDown: 4,
      servicesAffected: "Tiếp nhận hồ sơ trực tuyến",
      dossiersAffected: 30,
    });
    expect(await db.incidentEvent.count({ where: { incidentId: first.incidentId as string, kind: "REPORTED" } })).toBe(1);
  });

  it("a province account cannot report in a commune", async () => {
    expect(fail(await run(reportIncident, u["tinh.haiphong"]!, validReport())).code).toBe("FORBIDDEN");
    expect(fail(await run(reportIncident, u["tthcc.thachkhoi"]!, validReport())).code).toBe("NOT_FOUND");
  });
});

describe("moves on the commune side", () => {
  it("goes mới → đã tiếp nhận → đang xử lý → đã khắc phục → đóng, stamping times, one event and audit line each", async () => {
    const id = await report(u["chutich.haian"]!);
    ok(await move(u["tthcc.haian"]!, id, "acknowledge"));
    setClock(new Date(THURSDAY.getTime() + 30 * 60_000));
    ok(await move(u["tthcc.haian"]!, id, "start"));
    ok(await move(u["vhxh.haian"]!, id, "resolve", { note: "Khởi động lại modem" }));
    const closing = fail(await move(u["tthcc.haian"]!, id, "close"));
    expect(closing.code).toBe("VALIDATION");
    expect(closing.fieldErrors).toEqual({ cause: ["Nêu nguyên nhân sự cố"], fix: ["Nêu cách đã khắc phục"] });
    expect((await incident(id)).fix).toBe("Khởi động lại modem"); // prefilled from the resolution
    ok(await move(u["tthcc.haian"]!, id, "close", { cause: "Modem treo", fix: "Thay modem mới" }));
    const row = await incident(id);
    expect(row).toMatchObject({ status: "CLOSED", cause: "Modem treo", fix: "Thay modem mới", version: 4 });
    expect(row.acknowledgedAt).toEqual(THURSDAY);
    expect(row.resolvedAt).not.toBeNull();
    expect(row.closedAt).not.toBeNull();
    const events = await db.incidentEvent.findMany({ where: { incidentId: id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ["REPORTED", null, "NEW"],
      ["ACKNOWLEDGED", "NEW", "ACKNOWLEDGED"],
      ["STARTED", "ACKNOWLEDGED", "IN_PROGRESS"],
      ["RESOLVED", "IN_PROGRESS", "RESOLVED"],
      ["CLOSED", "RESOLVED", "CLOSED"],
    ]);
    const audits = await db.auditLog.findMany({
      where: { entityId: id, action: { startsWith: "incidents." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "incidents.report",
      "incidents.acknowledge",
      "incidents.start",
      "incidents.resolve",
      "incidents.close",
    ]);
    expect(audits[4]!.data).toEqual({
      incident: expect.stringMatching(/^SC-\d{3}$/),
      fromState: "RESOLVED",
      toState: "CLOSED",
      cause: "Modem treo",
      fix: "Thay modem mới",
    });
  });

  it("refuses a move from a wrong state with the state machine's words, changing nothing", async () => {
    const id = await report();
    ok(await move(u["tthcc.haian"]!, id, "acknowledge"));
    const again = fail(await move(u["tthcc.haian"]!, id, "acknowledge"));
    expect(again).toMatchObject({ code: "CONFLICT", message: 'Không thể "Tiếp nhận" một sự cố đã được tiếp nhận.' });
    expect(fail(await move(u["tthcc.haian"]!, id, "close", { cause: "a", fix: "b" })).message).toContain("Đóng sự cố");
    expect(fail(await move(u["tthcc.haian"]!, id, "reopen", { note: "x" })).code).toBe("CONFLICT");
    expect(fail(await move(u["tthcc.haian"]!, id, "provinceAcknowledge")).message).toBe(
      'Thao tác "Tỉnh tiếp nhận" là của tổ hỗ trợ cấp tỉnh.',
    );
    ok(await move(u["tthcc.haian"]!, id, "resolve"));
    expect(fail(await move(u["tthcc.haian"]!, id, "escalate", { note: "Cần hỗ trợ" })).code).toBe("CONFLICT");
    const reopen = fail(await move(u["tthcc.haian"]!, id, "reopen"));
    expect(reopen.fieldErrors?.note).toEqual(["Nêu lỗi gặp lại là gì"]);
    ok(await move(u["tthcc.haian"]!, id, "reopen", { note: "Lại mất mạng" }));
    expect(await incident(id)).toMatchObject({ status: "IN_PROGRESS", resolvedAt: null, version: 3 });
  });

  it("lets only the centre and the standing office move: other unit staff and the chair are FORBIDDEN, the chair may comment", async () => {
    const id = await report(u["chutich.haian"]!);
    expect(fail(await move(u["vanphong.haian"]!, id, "acknowledge")).code).toBe("FORBIDDEN");
    expect(fail(await move(u["chutich.haian"]!, id, "acknowledge")).code).toBe("FORBIDDEN");
    expect(fail(await move(u["tthcc.thachkhoi"]!, id, "acknowledge")).code).toBe("NOT_FOUND");
    // Another commune's id in the right commune's name: not found either.
    const other = await report(u["tthcc.thachkhoi"]!, { communeId: thachKhoi });
    expect(
      fail(await run(moveIncident, u["tthcc.haian"]!, { communeId: haiAn, incidentId: other, move: "acknowledge", version: "0" })).code,
    ).toBe("NOT_FOUND");
    ok(await comment(u["chutich.haian"]!, id, "Khẩn trương khắc phục trước 10 giờ"));
    ok(await comment(u["vanphong.haian"]!, id, "Quầy 2 vẫn in được"));
    expect(await incident(id)).toMatchObject({ status: "NEW", version: 0 }); // comments do not bump the version
    expect(await db.incidentEvent.count({ where: { incidentId: id, kind: "COMMENTED" } })).toBe(2);
    expect(fail(await comment(u["chutich.haian"]!, id, "   ")).fieldErrors?.note).toEqual(["Nhập nội dung trao đổi"]);
  });

  it("of two acknowledging at once one wins and the other is told who did", async () => {
    const id = await report(u["chutich.haian"]!);
    const results = await Promise.all([move(u["tthcc.haian"]!, id, "acknowledge"), move(u["vhxh.haian"]!, id, "acknowledge")]);
    const wins = results.filter((r) => r.ok);
    const losses = results.filter((r) => !r.ok);
    expect(wins).toHaveLength(1);
    expect(losses).toHaveLength(1);
    const winner = results[0]!.ok ? "tthcc.haian" : "vhxh.haian";
    const loss = fail(losses[0]!);
    expect(loss.code).toBe("CONFLICT");
    expect(loss.message).toBe(
      `Sự cố vừa được ${names[winner]} tiếp nhận lúc 09:00. Hãy xem trạng thái hiện tại rồi thao tác lại nếu còn cần.`,
    );
    expect(await db.incidentEvent.count({ where: { incidentId: id, kind: "ACKNOWLEDGED" } })).toBe(1);
    expect((await incident(id)).version).toBe(1);
  });

  it("tells the reporter and the handlers, never the actor", async () => {
    const id = await report(u["chutich.haian"]!, { severity: "NORMAL" });
    await db.notification.deleteMany({});
    ok(await move(u["tthcc.haian"]!, id, "acknowledge"));
    const rows = await db.notification.findMany({ where: { topic: `incident:${id}` } });
    const got = rows.map((r) => r.userId).sort();
    expect(got).toEqual([u["chutich.haian"]!.id, u["vhxh.haian"]!.id].sort());
    expect(rows.every((r) => r.kind === "INCIDENT_UPDATED" && r.href === `/c/${haiAn}/su-co/${id}`)).toBe(true);
  });
});

describe("escalation to the province support team", () => {
  it("the province may act only once escalated; Thanh Hóa never sees it", async () => {
    const id = await report(u["chutich.haian"]!);
    expect(fail(await move(u["tinh.haiphong"]!, id, "acknowledge")).code).toBe("FORBIDDEN");
    expect(fail(await move(u["tinh.haiphong"]!, id, "resolve")).code).toBe("FORBIDDEN");
    expect(fail(await comment(u["tinh.haiphong"]!, id, "Chúng tôi xem")).code).toBe("FORBIDDEN");
    ok(await move(u["tthcc.haian"]!, id, "acknowledge"));
    expect(fail(await move(u["tthcc.haian"]!, id, "escalate")).fieldErrors?.note).toEqual(["Nêu việc cần tỉnh hỗ trợ"]);
    await db.notification.deleteMany({});
    setClock(new Date(THURSDAY.getTime() + 10 * 60_000));
    ok(await move(u["tthcc.haian"]!, id, "escalate", { note: "Cần VNPT kiểm tra đường truyền" }));
    const told = await db.notification.findMany({ where: { topic: `incident:${id}` } });
    const team = (await db.user.findMany({ where: { role: "PROVINCE", provinceId: haiPhong, active: true } })).map((t) => t.id);
    expect(team).toContain(u["tinh.haiphong"]!.id);
    expect(told.map((n) => n.userId).sort()).toEqual([...team].sort());
    expect(told.every((n) => n.kind === "INCIDENT_ESCALATED")).toBe(true);

    expect((await provinceOpenIncidents(db, haiPhong, true)).map((r) => r.id)).toContain(id);
    expect((await provinceOpenIncidents(db, haiPhong, false))[0]!.status).toBe("ESCALATED");
    expect((await provinceOpenIncidents(db, thanhHoa, false)).map((r) => r.id)).not.toContain(id);
    expect(fail(await move(u["tinh.thanhhoa"]!, id, "provinceAcknowledge")).code).toBe("NOT_FOUND");
    expect(fail(await comment(u["tinh.thanhhoa"]!, id, "?")).code).toBe("NOT_FOUND");

    expect(fail(await move(u["tinh.haiphong"]!, id, "close", { cause: "a", fix: "b" })).message).toBe(
      'Tổ hỗ trợ cấp tỉnh không thực hiện được thao tác "Đóng sự cố": việc này do xã, phường làm.',
    );
    await db.notification.deleteMany({});
    setClock(new Date(THURSDAY.getTime() + 40 * 60_000));
    ok(await move(u["tinh.haiphong"]!, id, "provinceAcknowledge"));
    expect(await incident(id)).toMatchObject({ status: "ESCALATED", provinceAcknowledgedById: u["tinh.haiphong"]!.id });
    const updated = (await db.notification.findMany({ where: { topic: `incident:${id}` } })).map((n) => n.userId).sort();
    const teamButActor = team.filter((t) => t !== u["tinh.haiphong"]!.id);
    expect(updated).toEqual([u["chutich.haian"]!.id, u["tthcc.haian"]!.id, u["vhxh.haian"]!.id, ...teamButActor].sort());
    expect(fail(await move(u["tinh.haiphong"]!, id, "provinceAcknowledge")).message).toBe("Tổ hỗ trợ cấp tỉnh đã tiếp nhận sự cố này.");
    ok(await comment(u["tinh.haiphong"]!, id, "Kỹ thuật viên đến lúc 14 giờ"));
    ok(await move(u["tinh.haiphong"]!, id, "resolve", { note: "Đã thay cáp quang" }));
    const row = await incident(id);
    expect(row).toMatchObject({ status: "RESOLVED", fix: "Đã thay cáp quang" });
    const times = incidentTimes(row, await loadCalendar(db), THURSDAY);
    expect(times.provinceAcknowledgeMinutes).toBe(30);
    // Resolved: the province is done; the commune closes it.
    expect(fail(await comment(u["tinh.haiphong"]!, id, "Còn lỗi không?")).code).toBe("FORBIDDEN");
    ok(await move(u["tthcc.haian"]!, id, "close", { cause: "Đứt cáp quang", fix: "Đã thay cáp quang" }));
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "incidents.escalate" } });
    expect(audit.data).toEqual({
      incident: `SC-${String(row.number).padStart(3, "0")}`,
      fromState: "ACKNOWLEDGED",
      toState: "ESCALATED",
      note: "Cần VNPT kiểm tra đường truyền",
    });
  });
});

describe("comments and files", () => {
  it("a comment on an escalated incident reaches the reporter, the handlers and the province team, not the author", async () => {
    const id = await report(u["chutich.haian"]!);
    ok(await move(u["tthcc.haian"]!, id, "escalate", { note: "Cần hỗ trợ" }));
    await db.notification.deleteMany({});
    ok(await comment(u["vhxh.haian"]!, id, "Đã báo VNPT"));
    const team = (await db.user.findMany({ where: { role: "PROVINCE", provinceId: haiPhong, active: true } })).map((t) => t.id);
    const got = (await db.notification.findMany({ where: { topic: `incident:${id}` } })).map((n) => n.userId).sort();
    expect(got).toEqual([u["chutich.haian"]!.id, u["tthcc.haian"]!.id, ...team].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "incidents.comment" } });
    expect(audit.data).toEqual({ incident: expect.stringMatching(/^SC-/), note: "Đã báo VNPT" });
  });

  it("attaches photos for anyone of the commune, one audit line per file; other communes get NOT_FOUND", async () => {
    const id = await report(u["chutich.haian"]!);
    const photo = () => new File([PNG], "anh-modem.png", { type: "image/png" });
    ok(await run(attachToIncident, u["vanphong.haian"]!, { communeId: haiAn, incidentId: id, files: [photo(), photo()] }));
    expect(await db.attachment.count({ where: { incidentId: id } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "incidents.attach", data: { path: ["fileName"], equals: "anh-modem.png" } } })).toBe(
      2,
    );
    const none = fail(await run(attachToIncident, u["vanphong.haian"]!, { communeId: haiAn, incidentId: id, files: [] }));
    expect(none.fieldErrors?.files).toEqual(["Chọn ít nhất một ảnh hoặc tệp"]);
    expect(fail(await run(attachToIncident, u["tthcc.thachkhoi"]!, { communeId: haiAn, incidentId: id, files: [photo()] })).code).toBe(
      "NOT_FOUND",
    );
    expect(fail(await run(attachToIncident, u["tinh.haiphong"]!, { communeId: haiAn, incidentId: id, files: [photo()] })).code).toBe(
      "FORBIDDEN",
    );
    expect(await db.attachment.count({ where: { incidentId: id } })).toBe(2);
  });
});

describe("times and figures", () => {
  it("counts working time across a weekend and a holiday", async () => {
    const calendarBefore = await loadCalendar(db);
    // Reported on Friday 4 December at 16:30, acknowledged on Monday at 08:00: 60 + 30 working minutes.
    setClock(localInstant("2026-12-04", "16:30"));
    const weekend = await report(u["chutich.haian"]!, { startedAt: "2026-12-04T16:00", severity: "NORMAL" });
    setClock(localInstant("2026-12-07", "08:00"));
    ok(await move(u["tthcc.haian"]!, weekend, "acknowledge"));
    const w = await incident(weekend);
    expect(incidentTimes(w, calendarBefore, w.acknowledgedAt!).acknowledgeMinutes).toBe(90);

    // Monday 14 December a day off: reported Friday 11 at 17:00, acknowledged Tuesday 15 at 07:45.
    await db.holiday.create({ data: { date: new Date("2026-12-14T00:00:00Z"), name: "Ngày nghỉ thử" } });
    setClock(localInstant("2026-12-11", "17:00"));
    const holiday = await report(u["chutich.haian"]!, { startedAt: "2026-12-11T16:50", severity: "NORMAL" });
    setClock(localInstant("2026-12-15", "07:45"));
    ok(await move(u["tthcc.haian"]!, holiday, "acknowledge"));
    setClock(localInstant("2026-12-15", "14:00"));
    ok(await move(u["tthcc.haian"]!, holiday, "resolve"));
    const calendar = await loadCalendar(db);
    const h = await incident(holiday);
    const t = incidentTimes(h, calendar, h.resolvedAt!);
    expect(t.acknowledgeMinutes).toBe(30 + 15);
    expect(t.acknowledgeMinutes).toBe(workingMinutesBetween(h.reportedAt, h.acknowledgedAt!, calendar));
    expect(t.resolveMinutes).toBe(30 + 4 * 60 + 30);
    expect(t.impactMinutes).toBe(40 + 4 * 60 + 30);
    await db.holiday.delete({ where: { date: new Date("2026-12-14T00:00:00Z") } });
  });

  it("gives the province's monthly medians per commune and over all its incidents", async () => {
    await db.incident.deleteMany({});
    const ackAfter = async (who: Viewer, handler: Viewer, communeId: string, minutes: number) => {
      setClock(THURSDAY);
      const id = await report(who, { communeId });
      setClock(new Date(THURSDAY.getTime() + minutes * 60_000));
      ok(await move(handler, id, "acknowledge"));
      return id;
    };
    await ackAfter(u["chutich.haian"]!, u["tthcc.haian"]!, haiAn, 10);
    await ackAfter(u["chutich.haian"]!, u["tthcc.haian"]!, haiAn, 30);
    await ackAfter(u["tthcc.thachkhoi"]!, u["tthcc.thachkhoi"]!, thachKhoi, 50);
    const figures = await incidentFigures(db, [haiAn, thachKhoi], monthOf("2026-12-03"), await loadCalendar(db), THURSDAY);
    expect(figures.byCommune.get(haiAn)).toMatchObject({ reported: 2, urgent: 2, open: 2, medianAcknowledgeMinutes: 20 });
    expect(figures.byCommune.get(thachKhoi)).toMatchObject({ reported: 1, medianAcknowledgeMinutes: 50 });
    expect(figures.total).toMatchObject({ reported: 3, medianAcknowledgeMinutes: 30, medianResolveMinutes: null });
  });

  it("lists the commune's open incidents urgent first, then newest", async () => {
    await db.incident.deleteMany({});
    setClock(THURSDAY);
    const low = await report(u["chutich.haian"]!, { severity: "LOW", title: "Máy quét quầy 3 chậm" });
    setClock(new Date(THURSDAY.getTime() + 60_000));
    const urgent = await report(u["chutich.haian"]!, { severity: "URGENT" });
    setClock(new Date(THURSDAY.getTime() + 120_000));
    const normal = await report(u["chutich.haian"]!, { severity: "NORMAL", title: "Loa gọi số rè" });
    ok(await move(u["tthcc.haian"]!, low, "resolve"));
    expect((await listIncidents(db, haiAn, {})).map((r) => r.id)).toEqual([urgent, normal]);
    expect((await listIncidents(db, haiAn, { status: "all" })).map((r) => r.id)).toEqual([urgent, normal, low]);
    expect((await listIncidents(db, haiAn, { status: "RESOLVED" })).map((r) => r.id)).toEqual([low]);
    expect((await listIncidents(db, haiAn, { status: "all", severity: "NORMAL" })).map((r) => r.id)).toEqual([normal]);
    expect(await listIncidents(db, thachKhoi, { status: "all" })).toEqual([]);
  });
});
