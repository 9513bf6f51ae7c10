// Every server action under hostile input (issue 9), on the demo database: each action def exported
// by lib/*/commands.ts and lib/*/*-commands.ts is run through executeAction by a user allowed to run
// it, with a valid input (real ids of Phường Hải An) of which one field is made hostile or to which
// unknown fields are added. The answer is never a throw and never a 500 (INTERNAL, UNAVAILABLE): it
// is a refusal in Vietnamese that leaves every table exactly as it was, or a success that the
// mutated value legitimately earns (HTML in a note is just text).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { executeAction, type ActionDef, type ActionResult } from "@/lib/actions/safe-action";
import { issueToken } from "@/lib/api-tokens/issue";
import { sealPendingSecret } from "@/lib/accounts/own-commands";
import { newTotpSecret } from "@/lib/accounts/totp";
import { startSession } from "@/lib/auth/user-sessions";
import type { CommuneScope, Viewer } from "@/lib/auth/permissions";
import { addDays, localDateKey } from "@/lib/dates";
import { evidenceDir } from "@/lib/files/storage";
import { localTimeOf } from "@/lib/jobs/clock";
import { createId } from "@/lib/ids";
import { ensureChecklist } from "@/lib/daily-checks/default-items";
import { checkDayKey } from "@/lib/daily-checks/day";
import { periodContaining } from "@/lib/indicators/periods";
import { openItems } from "@/lib/reports/close-period";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { deeplyNestedJson, describeValue, hostileFile, mutateOne, reapply, type Mutation } from "../support/hostile";
import { PNG } from "../support/files";
import { PLAN_DRAFT, TASK_DRAFT } from "../support/import-draft";
import { onboardingXlsx } from "../support/onboarding-file";
import { PROVINCE_PLAN_TEXT } from "../support/province-plan";
import { enrolTotp, totpCode } from "../support/second-factor";
import { restoreUnitTemplate, STANDARD_TEMPLATE } from "../support/unit-template";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { must } from "../../lib/must";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { mandateFixture, type MandateFixture } from "./mandate-fixture";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const db = testDb();

// ---------------------------------------------------------------------------------------------------
// The actions, found by what they are rather than by a list.

type AnyDef = ActionDef<z.ZodType, unknown>;
const isActionDef = (v: unknown): v is AnyDef =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as AnyDef).name === "string" &&
  (v as AnyDef).schema instanceof z.ZodType &&
  typeof (v as AnyDef).permission === "function" &&
  typeof (v as AnyDef).run === "function";

/** lib/<feature>[/<part>]/commands.ts and …/*-commands.ts (a feature's part: lib/tasks/extensions). */
function commandModules(dir = "lib", depth = 0): string[] {
  const files: string[] = [];
  for (const d of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (d.isDirectory()) {
      if (d.name !== "generated" && depth < 2) files.push(...commandModules(`${dir}/${d.name}`, depth + 1));
    } else if (depth > 0 && (d.name === "commands.ts" || d.name.endsWith("-commands.ts"))) files.push(`${dir}/${d.name}`);
  }
  return files.sort();
}

const modules = await Promise.all(
  commandModules().map(async (file) => ({
    file,
    exports: (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>,
  })),
);
const ACTIONS = new Map<string, AnyDef>();
for (const { exports } of modules) for (const v of Object.values(exports)) if (isActionDef(v)) ACTIONS.set(v.name, v);

/** Raise it when an action is added; a drop means actions stopped being found (or were removed). */
const EXPECTED_ACTIONS = 104;

// ---------------------------------------------------------------------------------------------------
// The demo data the valid inputs point at.

const today = localDateKey(new Date());
let haiAn: string;
let haiAnScope: CommuneScope;
let planId: string;
const users: Record<string, Viewer> = {};
const user = (name: string): Viewer => must(users[name], `the demo account ${name}`);
let spareUnit: string; // Trung tâm Sự nghiệp công: no accounts, renamed at will
let officeTask: string; // led by Văn phòng HĐND và UBND
let supportTask: string; // Trung tâm PVHCC helps
let extensionTask: string; // led by the office: asked to be extended
let decisionTask: string; // led by the office: its request is decided
let groupTask: string; // 2.1, led by the offices' group (the demo seed): Văn phòng and Phòng VH-XH have parts
let indicatorId: string; // DIRECT COUNT MONTHLY, made here
let indicatorCode: string;
let baseReportId = "";
let reportTemplate: Record<string, unknown>; // a compiled draft report, copied for each run that needs one
let reportCounter = 0;
let mandates: MandateFixture; // a province plan received by Hải An (mandate-fixture.ts): tasks 9.1 (assign), 9.2 (close), 9.3 (reopen)

const PLAN_TEXT = readFileSync(path.join(ROOT, "prisma/seed/plans/phuong-hai-an.txt"), "utf8");
const txtFile = (text: string, name = "ke-hoach.txt") => new File([text], name, { type: "text/plain" });

/** A small draft as the review screen sends it back (two tasks of real units, one target). */
const SMALL_DRAFT = {
  ...PLAN_DRAFT,
  title: "Kế hoạch chuyển đổi số bổ sung năm 2025",
  number: "99/KH-UBND",
  parentRefs: [],
  tasks: [
    {
      ...TASK_DRAFT,
      title: "Số hóa hồ sơ lưu trữ",
      description: "Số hóa hồ sơ lưu trữ của phường.",
      expectedOutput: null,
      sourceLines: [1, 2],
    },
    {
      ...TASK_DRAFT,
      code: "1.2",
      title: "Tập huấn kỹ năng số",
      description: "",
      leadUnits: ["Trung tâm Phục vụ hành chính công"],
      supportUnits: [],
      supportText: "Các đơn vị có liên quan",
      deadline: { kind: "NONE", date: null, text: "" },
      expectedOutput: null,
      sourceLines: [3, 4],
    },
  ],
};

/** A plan import waiting for review, written directly (what uploadPlan leaves behind). */
async function draftImport(): Promise<string> {
  const id = createId();
  await db.planImport.create({
    data: {
      id,
      communeId: haiAn,
      createdById: user("vhxh.haian").id,
      fileName: "ke-hoach.txt",
      mimeType: "txt",
      size: 10,
      sha256: "0".repeat(64),
      sourceText: "KẾ HOẠCH",
      draft: SMALL_DRAFT,
    },
  });
  return id;
}

/** A fresh copy of the compiled draft report, so that a finalised or deleted one never starves later runs. */
async function draftReport() {
  const copy = { ...reportTemplate, id: createId(), status: "DRAFT", version: 0 } as Parameters<typeof db.report.create>[0]["data"];
  return db.report.create({ data: copy });
}

/** A plan of its own for the archive/restore/edit runs, so that the demo plan the others use stays live. */
async function sparePlan(archivedAt: Date | null): Promise<string> {
  const plan = await db.plan.create({
    data: { communeId: haiAn, title: "Kế hoạch thử lưu trữ", issuer: "UBND phường Hải An", archivedAt },
  });
  return plan.id;
}
const dropSparePlans = () => db.plan.deleteMany({ where: { communeId: haiAn, title: "Kế hoạch thử lưu trữ" } });

/** A custom unit group of its own for each update/delete run (two member units of Hải An). */
let groupCounter = 0;
const GROUP_PREFIX = "Nhóm thử hostile";
const groupMembers = () => [user("vanphong.haian").unitId!, user("tthcc.haian").unitId!];
async function spareGroup(): Promise<string> {
  const id = createId();
  await db.unitGroup.create({
    data: { id, communeId: haiAn, kind: "CUSTOM", name: `${GROUP_PREFIX} ${(groupCounter += 1)}`, sortOrder: 10 },
  });
  await db.unitGroupMember.createMany({ data: groupMembers().map((unitId) => ({ communeId: haiAn, groupId: id, unitId })) });
  return id;
}
const dropSpareGroups = () => db.unitGroup.deleteMany({ where: { communeId: haiAn, name: { startsWith: GROUP_PREFIX } } });
/** A task due in 60 days, never extended, with no request: every run starts from a state that may be extended. */
async function extendableTask(id: string) {
  await db.deadlineExtension.deleteMany({ where: { taskId: id } });
  await db.task.update({
    where: { id },
    data: {
      deadlineKind: "FIXED",
      dueDate: new Date(`${addDays(today, 60)}T00:00:00Z`),
      workStatus: "IN_PROGRESS",
      originalDueDate: null,
      extensionCount: 0,
    },
  });
}
/** The part of `account`'s unit on a group task, put back "không phát sinh" (with `reason`) or applicable (null) as the case needs. */
async function partNamed(taskId: string, account: string, reason: string | null) {
  const where = { taskId_unitId: { taskId, unitId: user(account).unitId! } };
  const part = await db.taskPart.findUniqueOrThrow({ where });
  if (part.notApplicableReason === reason) return part;
  return db.taskPart.update({ where, data: { notApplicableReason: reason, notApplicableAt: reason ? new Date() : null } });
}

const SPARE_PROVINCE_PLAN_TITLE = "Kế hoạch tỉnh soạn thử hostile";
/** A province plan of Hải Phòng of its own for each run: one task and one KPI, published (version 1) or not. */
async function spareProvincePlan(published: boolean, withdrawn = false) {
  const provinceId = haiAnScope.provinceId;
  const base = { provinceId, sortOrder: 1, firstVersion: published ? 1 : null, withdrawnAt: withdrawn ? new Date() : null };
  const plan = await db.provincePlan.create({
    data: {
      provinceId,
      title: SPARE_PROVINCE_PLAN_TITLE,
      issuer: "UBND Thành phố Hải Phòng",
      createdById: user("admin").id,
      publishedVersion: published ? 1 : 0,
      tasks: { create: [{ ...base, code: "1.1", title: "Làm sạch dữ liệu", deadlineKind: "RECURRING", leadText: "UBND các xã, phường" }] },
      indicators: {
        create: [
          {
            ...base,
            code: "CT01",
            name: "Hồ sơ trực tuyến",
            unit: "PERCENT",
            comparison: "GTE",
            target: 80,
            dueDate: new Date("2026-12-31T00:00:00Z"),
          },
        ],
      },
    },
    include: { tasks: true, indicators: true },
  });
  return { provinceId, planId: plan.id, taskId: plan.tasks[0]!.id, indicatorId: plan.indicators[0]!.id, version: "0" };
}
const dropSpareProvincePlans = () => db.provincePlan.deleteMany({ where: { title: SPARE_PROVINCE_PLAN_TITLE } });

/** A province plan of Hải Phòng with one task for Hải An, never published (a publish run's own). */
const PROVINCE_PLAN_TITLE = "Kế hoạch tỉnh thử hostile";
async function provincePlan(): Promise<string> {
  const plan = await db.provincePlan.create({
    data: {
      provinceId: haiAnScope.provinceId,
      number: "98/KH-UBND",
      title: PROVINCE_PLAN_TITLE,
      issuer: "UBND thành phố Hải Phòng",
      createdById: user("admin").id,
    },
  });
  await db.provinceTask.create({
    data: {
      provinceId: haiAnScope.provinceId,
      planId: plan.id,
      code: "1",
      title: "Số hóa hồ sơ",
      deadlineKind: "NONE",
      targetAll: false,
      targetCommuneIds: [haiAn],
      sortOrder: 0,
    },
  });
  return plan.id;
}
/** What publish runs left behind: the communes' receiving plans (and their tasks), then the province plans. */
async function dropProvincePlans() {
  const plans = await db.provincePlan.findMany({
    where: { title: PROVINCE_PLAN_TITLE, id: { not: publishedPlanId } },
    select: { id: true },
  });
  const receipts = await db.provincePlanReceipt.findMany({ where: { provincePlanId: { in: plans.map((p) => p.id) } } });
  await db.plan.deleteMany({ where: { id: { in: receipts.map((r) => r.planId) } } });
  await db.provincePlan.deleteMany({ where: { id: { in: plans.map((p) => p.id) } } });
}
/** One published plan for the applyPending runs (made by the first of them). */
let publishedPlanId = "";
async function publishedProvincePlan(): Promise<string> {
  if (publishedPlanId) return publishedPlanId;
  const id = await provincePlan();
  const r = await executeAction(
    ACTIONS.get("provincePlans.publish")!,
    user("admin"),
    { provinceId: haiAnScope.provinceId, planId: id, version: 0, note: "" },
    db,
  );
  if (!r.ok) throw new Error(`setup: ${r.message}`);
  return (publishedPlanId = id);
}

const taskVersion = async (id: string) => (await db.task.findUniqueOrThrow({ where: { id } })).version;

/** Mandated task `code` put back open or "không phát sinh", as the run needs it; its current version. */
async function mandated(code: string, closed: boolean): Promise<{ taskId: string; version: string }> {
  const taskId = must(mandates.taskIds[code], `mandated task ${code}`);
  const t = await db.task.update({
    where: { id: taskId },
    data: closed
      ? { closedKind: "NOT_APPLICABLE", closedReason: "Không phát sinh trên địa bàn", closedAt: new Date() }
      : { closedKind: null, closedReason: null, closedAt: null },
  });
  return { taskId, version: String(t.version) };
}

// ---------------------------------------------------------------------------------------------------
// Per action: who runs it, a valid input, and which fields legitimately take any text.

type Case = {
  user: string;
  /** A valid input, built afresh for every run (current versions, targets not yet used up). */
  input: () => Promise<Record<string, unknown>>;
  /** Free text: any storable string within the limit is a valid value. */
  text?: string[];
  /** Other fields where a different valid value is a legitimate change (said why). */
  vary?: string[];
  /** Fields that hold uploads: they get hostile files too. */
  files?: string[];
  /** A field holding the plan draft as JSON: hostile values are put inside it as well. */
  draftJson?: string;
  runs?: number;
  /** Removes what the run left behind that would only slow the next checksums (copied reports). */
  cleanup?: () => Promise<unknown>;
  /**
   * A refused code is counted against the account's sign-in limit on purpose, on the limit's own
   * connection (lib/accounts/own-commands.ts withinLoginLimit): such a refusal may add failed
   * attempts of the case's account to LoginAttempt, and change nothing else.
   */
  countsAttempts?: boolean;
};

/** A checklist item of Hải An by its default name (the list is made once, before the runs). */
const checklistItem = (name: string) => db.checkItem.findFirstOrThrow({ where: { communeId: haiAn, name } });
let checklistMadeAt: Date;
let scannerItemId: string;

// Signed copies stay: the database refuses to delete a signed report (migration signed_reports_frozen).
const dropReportCopies = () => db.report.deleteMany({ where: { id: { not: baseReportId }, status: "DRAFT" } });

const lastReportNumber = () => `${(reportCounter += 1)}/BC-UBND`;

const reportForm = async (r: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({
  communeId: haiAn,
  reportId: r.id,
  version: String(r.version),
  intro: "Thực hiện Kế hoạch…",
  assessment: "Đánh giá chung",
  results: "Kết quả theo nhóm",
  overdue: "",
  difficulties: "",
  proposals: "",
  priorities: "",
  closing: "",
  summary: "Báo cáo kết quả chuyển đổi số",
  place: "Hải An",
  number: "",
  issuedDate: "",
  signerMode: "TM",
  signerTitle: "CHỦ TỊCH",
  signerName: "Nguyễn Văn Chủ",
  recipients: "Như trên;\nLưu: VT.",
  ...extra,
});
const REPORT_TEXT = [
  "intro",
  "assessment",
  "results",
  "overdue",
  "difficulties",
  "proposals",
  "priorities",
  "closing",
  "summary",
  "place",
  "signerTitle",
  "signerName",
  "recipients",
];

/** A message that failed every try (what "Gửi lại" takes back), made afresh for each run. */
const FAILED_TO = "hong.hostile@example.vn";
const failedMessage = () =>
  db.outboxMessage.create({
    data: {
      communeId: haiAn,
      channel: "EMAIL",
      recipient: FAILED_TO,
      subject: "Thư thử",
      body: "…",
      status: "FAILED",
      attempts: 6,
      lastError: "451",
    },
  });
const dropFailedMessages = () => db.outboxMessage.deleteMany({ where: { recipient: FAILED_TO } });

/** Hải An with a webhook (rotating or removing one needs one to be there). */
const withWebhook = () =>
  db.communeSettings.upsert({
    where: { communeId: haiAn },
    create: {
      communeId: haiAn,
      webhookUrl: "https://hook.example.vn/cds",
      webhookSecret: "s".repeat(43),
      webhookSecretCreatedAt: new Date(),
    },
    update: { webhookUrl: "https://hook.example.vn/cds", webhookSecret: "s".repeat(43), webhookSecretCreatedAt: new Date() },
  });

/** API tokens made for the revoke runs (a fresh one each run) and by the create runs, dropped after each. */
const HOSTILE_TOKEN = "Khóa thử hostile";
const freshToken = async (username: string) =>
  (
    await issueToken(db, {
      userId: user(username).id,
      name: HOSTILE_TOKEN,
      scope: "READ",
      expiresAt: null,
      createdById: user("admin").id,
    })
  ).id;
// Their audit lines stay (the audit log is append-only).
const dropTokens = () =>
  db.apiToken.deleteMany({ where: { OR: [{ name: HOSTILE_TOKEN }, { createdById: { in: [user("admin").id, user("vhxh.haian").id] } }] } });

const caseOf = (name: string): Case => must(CASES[name], `CASES["${name}"]`);

/** A new incident of Hải An ("mới", version 0), written directly (what reportIncident leaves behind). */
async function freshIncident(): Promise<string> {
  const last = await db.incident.aggregate({ where: { communeId: haiAn }, _max: { number: true } });
  const row = await db.incident.create({
    data: {
      communeId: haiAn,
      number: (last._max.number ?? 0) + 1,
      title: "Máy in quầy 1 kẹt giấy",
      severity: "NORMAL",
      startedAt: new Date(),
      reportedById: user("tthcc.haian").id,
    },
  });
  return row.id;
}

// "Tài khoản của tôi" (issue 23): each account acts on itself; every case puts its account back.

/** vanphong.haian signed in on a browser (a UserSession row of a fixed id, made again when a run ended it). */
const IN_BROWSER = "vanphong.haian (trình duyệt)";
const BROWSER_SESSION = "phien-trinh-duyet-hostile";
async function inBrowser(): Promise<Viewer> {
  const v = user(IN_BROWSER);
  await db.userSession.upsert({
    where: { id: BROWSER_SESSION },
    create: { id: BROWSER_SESSION, userId: v.id, expiresAt: new Date(Date.now() + 3_600_000), userAgent: "Mozilla/5.0 (Windows NT 10.0)" },
    update: {},
  });
  return v;
}
/** Another signed-in browser of the same account (what ending sessions ends). */
const phoneSession = async () =>
  startSession(db, (await inBrowser()).id, 3600, { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)" });
const dropPhoneSessions = () => db.userSession.deleteMany({ where: { userId: user(IN_BROWSER).id, id: { not: BROWSER_SESSION } } });

/** The chair's name and titles as the demo made them (read at the first input), put back after each profile run. */
let chairProfile: { fullName: string; officialName: string | null; jobTitle: string | null } | null = null;
async function chairAsSeeded() {
  chairProfile ??= await db.user.findUniqueOrThrow({
    where: { id: user("chutich.haian").id },
    select: { fullName: true, officialName: true, jobTitle: true },
  });
  return db.user.update({ where: { id: user("chutich.haian").id }, data: chairProfile });
}

/** The account without a second factor (as the demo leaves every account), its sign-in attempts forgotten. */
async function withoutSecondFactor(username: string) {
  const id = user(username).id;
  await db.recoveryCode.deleteMany({ where: { userId: id } });
  await db.loginAttempt.deleteMany({ where: { key: { in: attemptKeys(username) } } });
  await db.user.update({
    where: { id },
    data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, secondFactorResetAt: null },
  });
}
/** The keys withinLoginLimit counts a step-up of the account under (its name, and "step-up:<id>" for the address). */
const attemptKeys = (username: string) => [`user:${username}`, `ip:step-up:${user(username).id}`];
/** Enrolled afresh (a new secret, no step used yet): the code of the current step is acceptable once. */
const currentCode = async (username: string) => ({ code: await totpCode(await enrolTotp(db, user(username).id)) });

/** vanphong.haian's password as the demo set it (DEMO_PASSWORD; read at the first input), put back after each change. */
let officePassword: { passwordHash: string; mustChangePassword: boolean; passwordChangedAt: Date | null } | null = null;
async function officeAsSeeded() {
  officePassword ??= await db.user.findUniqueOrThrow({
    where: { id: user("vanphong.haian").id },
    select: { passwordHash: true, mustChangePassword: true, passwordChangedAt: true },
  });
  return db.user.update({ where: { id: user("vanphong.haian").id }, data: officePassword });
}

// Provinces and communes (Quản trị → Tỉnh, xã, phường; bulk onboarding): ADMIN only. Every place the
// runs make is dropped after each run (with its units, groups, checklist and accounts): the
// places of the demo are those that were there before the runs.
let demoPlaces: string[] = [];
let placeCounter = 0;
/** An administrative code no demo place holds (seven digits starting with 9). */
const freshAdminCode = () => `9${String((placeCounter += 1)).padStart(6, "0")}`;
async function dropNewPlaces() {
  const ids = (
    await db.unit.findMany({ where: { kind: { in: ["PROVINCE", "COMMUNE", "WARD"] }, id: { notIn: demoPlaces } }, select: { id: true } })
  ).map((u) => u.id);
  if (ids.length === 0) return;
  await db.accountToken.deleteMany({ where: { user: { communeId: { in: ids } } } });
  await db.user.deleteMany({ where: { communeId: { in: ids } } });
  await db.unitGroup.deleteMany({ where: { communeId: { in: ids } } });
  await db.checkItem.deleteMany({ where: { communeId: { in: ids } } });
  await db.unit.deleteMany({ where: { communeId: { in: ids }, id: { notIn: ids } } });
  await db.unit.deleteMany({ where: { id: { in: ids }, kind: { not: "PROVINCE" } } });
  await db.unit.deleteMany({ where: { id: { in: ids } } });
}
const spareProvince = () =>
  db.unit.create({
    data: { name: "Tỉnh thử hostile", kind: "PROVINCE", adminCode: freshAdminCode() },
    select: { id: true, adminCode: true },
  });
async function spareCommune() {
  const id = createId();
  const adminCode = freshAdminCode();
  const provinceId = haiAnScope.provinceId;
  await db.unit.create({
    data: { id, name: "Xã thử hostile", kind: "COMMUNE", adminCode, parentId: provinceId, provinceId, communeId: id },
  });
  return { id, adminCode };
}
/** One new ward of Hải Phòng with its chair, as the onboarding template lays it out (built once). */
let onboardingBytes: Buffer | null = null;
async function onboardingFile(): Promise<File> {
  onboardingBytes ??= await onboardingXlsx(
    [["Thành phố Hải Phòng", "Phường Khởi tạo thử", "phường", "9900001"]],
    [["9900001", "Nguyễn Văn Khởi", "", "Chủ tịch", "", "", ""]],
  );
  return new File([new Uint8Array(onboardingBytes)], "khoi-tao.xlsx");
}

const CASES: Record<string, Case> = {
  "provincePlans.create": {
    user: "admin",
    input: async () => ({
      provinceId: haiAnScope.provinceId,
      title: "Kế hoạch chuyển đổi số của thành phố năm 2026",
      number: "120/KH-UBND",
      issuer: "",
      issuedDate: "2026-01-15",
      signerName: "Nguyễn Văn A",
      signerTitle: "Phó Chủ tịch",
      parentRefs: "Kế hoạch số 02-KH/BCĐTW",
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
    }),
    text: ["title", "number", "issuer", "signerName", "signerTitle", "parentRefs"],
    vary: ["issuedDate", "periodStart", "periodEnd"], // optional days: empty clears them, another day is another day
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.edit": {
    user: "admin",
    input: async () => {
      const p = await spareProvincePlan(false);
      return {
        provinceId: p.provinceId,
        planId: p.planId,
        version: p.version,
        title: "Kế hoạch đã sửa tên",
        number: "",
        issuedDate: "2026-02-01",
      };
    },
    text: ["title", "number"],
    vary: ["issuedDate"],
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.saveTask": {
    user: "admin",
    input: async () => {
      const p = await spareProvincePlan(false);
      return {
        provinceId: p.provinceId,
        planId: p.planId,
        version: p.version,
        taskId: "",
        code: "2.1",
        groupCode: "II",
        groupTitle: "Phát triển dữ liệu số",
        title: "Thí điểm kho dữ liệu số",
        description: "Thí điểm kho dữ liệu số dùng chung.",
        expectedOutput: "",
        deadlineKind: "FIXED",
        dueDate: "2026-09-30",
        deadlineText: "30/9/2026",
        leadText: "UBND phường Hải An",
        supportText: "",
        targetAll: "",
        targetCommuneIds: [haiAn],
        adaptable: "on",
      };
    },
    text: ["code", "groupCode", "groupTitle", "title", "description", "expectedOutput", "deadlineText", "leadText", "supportText"],
    // Checkboxes; another kind of deadline or another day; "all communes" or none is a legitimate choice.
    vary: ["targetAll", "adaptable", "deadlineKind", "dueDate", "targetCommuneIds"],
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.deleteTask": {
    user: "admin",
    input: async () => {
      const { indicatorId: _i, ...p } = await spareProvincePlan(false);
      return p;
    },
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.withdrawTask": {
    user: "admin",
    input: async () => {
      const { indicatorId: _i, ...p } = await spareProvincePlan(true);
      return p;
    },
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.restoreTask": {
    user: "admin",
    input: async () => {
      const { indicatorId: _i, ...p } = await spareProvincePlan(true, true);
      return p;
    },
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.saveIndicator": {
    user: "admin",
    input: async () => {
      const p = await spareProvincePlan(false);
      return {
        provinceId: p.provinceId,
        planId: p.planId,
        version: p.version,
        indicatorId: p.indicatorId,
        catalogCode: "",
        name: "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình",
        unit: "PERCENT",
        comparison: "GTE",
        measure: "DIRECT",
        target: "80",
        dueDate: "2026-12-31",
        numeratorLabel: "",
        denominatorLabel: "",
        method: "Theo Cổng dịch vụ công",
        frequency: "MONTHLY",
        targetAll: "on",
        targetCommuneIds: [],
      };
    },
    text: ["name", "method", "numeratorLabel", "denominatorLabel"],
    // Another valid figure, day, unit, comparison or frequency is another KPI; empty indicatorId makes a new one.
    vary: ["target", "dueDate", "unit", "comparison", "frequency", "targetAll", "targetCommuneIds", "indicatorId"],
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.deleteIndicator": {
    user: "admin",
    input: async () => {
      const { taskId: _t, ...p } = await spareProvincePlan(false);
      return p;
    },
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.withdrawIndicator": {
    user: "admin",
    input: async () => {
      const { taskId: _t, ...p } = await spareProvincePlan(true);
      return p;
    },
    cleanup: dropSpareProvincePlans,
  },
  "provincePlans.import": {
    user: "admin",
    input: async () => ({ provinceId: haiAnScope.provinceId, file: txtFile(PROVINCE_PLAN_TEXT, "ke-hoach-tinh.txt") }),
    files: ["file"],
    runs: 10,
    cleanup: dropSpareProvincePlans,
  },
  "units.create": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, name: "Tổ công nghệ số cộng đồng", shortName: "TCNS", kind: "OTHER" }),
    text: ["name", "shortName"],
  },
  "units.update": {
    user: "vhxh.haian",
    input: async () => {
      const u = await db.unit.findUniqueOrThrow({ where: { id: spareUnit } });
      return { communeId: haiAn, unitId: u.id, name: u.name, shortName: u.shortName ?? "", kind: u.kind, active: "on" };
    },
    text: ["name", "shortName"],
    vary: ["active", "kind"], // a checkbox (true/false/"" all mean something); any kind of unit
  },
  "unitGroups.create": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, name: `${GROUP_PREFIX} mới ${(groupCounter += 1)}`, unitIds: groupMembers() }),
    text: ["name"],
    vary: ["unitIds"], // any non-empty list of the commune's active units
    cleanup: dropSpareGroups,
  },
  "unitGroups.update": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      groupId: await spareGroup(),
      version: "0",
      name: `${GROUP_PREFIX} đổi tên`,
      unitIds: groupMembers(),
    }),
    text: ["name"],
    vary: ["unitIds"],
    cleanup: dropSpareGroups,
  },
  "unitGroups.delete": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, groupId: await spareGroup(), version: "0" }),
    cleanup: dropSpareGroups,
  },
  "users.create": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      username: `canbo.${createId().slice(-8)}`,
      fullName: "Nguyễn Văn Cán Bộ",
      email: "",
      role: "UNIT_STAFF",
      unitId: user("tthcc.haian").unitId,
      password: "MatKhau2025",
    }),
    text: ["fullName", "password"], // any password with letters and digits, "<script>1" included
    vary: ["email", "username"], // optional; any free username the schema accepts ("100" included)
    runs: 10,
  },
  "users.update": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      userId: user("tthcc.haian").id,
      fullName: "Cán bộ Trung tâm PVHCC phường Hải An",
      officialName: "Đỗ Thị Mai",
      email: "",
      role: "UNIT_STAFF",
      unitId: user("tthcc.haian").unitId,
      active: "on",
    }),
    text: ["fullName", "officialName"],
    vary: ["email", "active"],
  },
  "apiTokens.create": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      userId: user("tthcc.haian").id,
      name: "Hệ thống một cửa",
      scope: "READ",
      expires: addDays(today, 30),
    }),
    text: ["name"],
    vary: ["scope", "expires"], // unit staff may hold either scope; an empty day is "never expires"
    cleanup: dropTokens,
  },
  "apiTokens.createAny": {
    user: "admin",
    input: async () => ({ userId: user("vhxh.haian").id, name: "Hệ thống của tỉnh", scope: "INDICATORS_WRITE", expires: "" }),
    text: ["name"],
    vary: ["scope", "expires"],
    cleanup: dropTokens,
  },
  "apiTokens.revoke": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, tokenId: await freshToken("tthcc.haian") }),
    cleanup: dropTokens,
  },
  "apiTokens.revokeAny": {
    user: "admin",
    input: async () => ({ tokenId: await freshToken("vhxh.haian") }),
    cleanup: dropTokens,
  },
  "users.resetPassword": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, userId: user("tthcc.haian").id }),
    runs: 10,
  },
  "imports.upload": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, file: txtFile(PLAN_TEXT), planId: "" }),
    files: ["file"],
    runs: 15,
  },
  "imports.saveDraft": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, importId: await draftImport(), draft: JSON.stringify(SMALL_DRAFT) }),
    draftJson: "draft",
  },
  "imports.apply": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, importId: await draftImport(), draft: JSON.stringify(SMALL_DRAFT) }),
    draftJson: "draft",
  },
  "imports.discard": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, importId: await draftImport() }),
  },
  "notifications.markRead": {
    user: "vanphong.haian",
    input: async () => ({ notificationId: (await db.notification.findFirstOrThrow({ where: { userId: user("vanphong.haian").id } })).id }),
    vary: ["notificationId"], // optional: without it every notification of the user is marked read
  },
  "outbox.resend": {
    user: "admin",
    input: async () => ({ messageId: (await failedMessage()).id }),
    cleanup: dropFailedMessages,
  },
  "outbox.resendAll": {
    user: "admin",
    input: async () => {
      await failedMessage();
      return {};
    },
    cleanup: dropFailedMessages,
  },
  "catalog.edit": {
    user: "admin",
    input: async () => {
      const e = await db.indicatorCatalogEntry.findFirstOrThrow({ where: { code: "HO_SO_TRUC_TUYEN" } });
      return {
        code: e.code,
        name: e.name,
        unit: e.unit,
        comparison: e.comparison,
        measure: e.measure,
        defaultTarget: String(e.defaultTarget),
        defaultDueDate: e.defaultDueDate.toISOString().slice(0, 10),
        numeratorLabel: e.numeratorLabel ?? "",
        denominatorLabel: e.denominatorLabel ?? "",
        method: e.method,
        responsibleHint: e.responsibleHint ?? "",
        frequency: e.frequency,
        active: "on",
      };
    },
    text: ["name", "numeratorLabel", "denominatorLabel", "method", "responsibleHint"],
    vary: ["active", "defaultTarget"], // a checkbox; any percentage 0–100 ("-0" is 0)
  },
  "catalog.create": {
    user: "admin",
    input: async () => ({
      code: `MOI_${createId().slice(-8).toUpperCase()}`,
      name: "Hồ sơ TTHC được số hóa khi tiếp nhận",
      unit: "PERCENT",
      comparison: "GTE",
      measure: "RATIO",
      defaultTarget: "90",
      defaultDueDate: "2026-12-31",
      numeratorLabel: "Số hồ sơ được số hóa",
      denominatorLabel: "Tổng số hồ sơ",
      method: "Theo hệ thống của tỉnh.",
      responsibleHint: "Trung tâm Phục vụ hành chính công",
      frequency: "MONTHLY",
      active: "on",
    }),
    text: ["name", "numeratorLabel", "denominatorLabel", "method", "responsibleHint"],
    // a checkbox; any percentage 0–100; any free code the schema accepts (stored upper-case)
    vary: ["active", "defaultTarget", "code"],
  },
  "systemAccounts.create": {
    user: "admin",
    input: async () => ({
      username: `tinh.${createId().slice(-8)}`,
      fullName: "Sở KH&CN thử",
      role: "PROVINCE",
      provinceId: haiAnScope.provinceId,
      provinceCoordinator: "",
      email: "",
      phone: "",
      firstPassword: "LINK",
      password: "",
    }),
    text: ["fullName"],
    // optional contacts and a checkbox; any free username; a password typed beside a link is dropped
    vary: ["email", "phone", "username", "provinceCoordinator", "password"],
  },
  "systemAccounts.update": {
    user: "admin",
    input: async () => {
      const u = await db.user.findUniqueOrThrow({ where: { username: "tinh.thanhhoa" } });
      return {
        userId: u.id,
        fullName: u.fullName,
        role: "PROVINCE",
        provinceId: u.provinceId ?? "",
        provinceCoordinator: "",
        email: u.email ?? "",
        phone: u.phone ?? "",
        active: "on",
      };
    },
    text: ["fullName"],
    vary: ["email", "phone", "active", "provinceCoordinator"], // optional contacts; checkboxes
  },
  "systemAccounts.resetPassword": {
    user: "admin",
    input: async () => ({ userId: (await db.user.findUniqueOrThrow({ where: { username: "tinh.thanhhoa" } })).id }),
    runs: 10,
  },
  "systemAccounts.resetSecondFactor": {
    user: "admin",
    input: async () => ({ userId: (await db.user.findUniqueOrThrow({ where: { username: "tinh.thanhhoa" } })).id }),
  },
  "systemAccounts.issueActivation": {
    user: "admin",
    // A locked account gets no link: the update runs may have locked it.
    input: async () => ({
      userId: (await db.user.update({ where: { username: "tinh.thanhhoa" }, data: { active: true }, select: { id: true } })).id,
    }),
  },
  "securitySettings.setGrace": {
    user: "admin",
    input: async () => ({ graceDays: "14" }),
    vary: ["graceDays"], // any whole number of days 0–90
  },
  "kpiCodes.save": {
    user: "admin",
    input: async () => ({ catalogCode: "HO_SO_TRUC_TUYEN", nationalCode: "CDS.2.01", nationalName: "Tỷ lệ hồ sơ trực tuyến toàn trình" }),
    text: ["nationalName"],
    vary: ["nationalCode"], // any short code of letters, digits, dots and dashes (or none: the mapping is removed)
  },
  "indicators.save": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      planId,
      name: "Số cơ sở dữ liệu dùng chung được kết nối",
      unit: "COUNT",
      comparison: "GTE",
      measure: "DIRECT",
      target: "12",
      dueDate: "2025-12-31",
      method: "Theo báo cáo của Văn phòng",
      frequency: "MONTHLY",
      responsibleUnitId: user("vanphong.haian").unitId,
      taskIds: [officeTask],
    }),
    text: ["name", "method", "numeratorLabel", "denominatorLabel"],
    vary: ["responsibleUnitId", "taskIds", "catalogCode", "target"], // optional; any count below 10^12
  },
  "indicators.delete": {
    user: "vhxh.haian",
    input: async () => {
      const res = await executeAction(ACTIONS.get("indicators.save")!, user("vhxh.haian"), await caseOf("indicators.save").input(), db);
      if (!res.ok) throw new Error(`setup: ${res.message}`);
      const { indicatorId: id, version } = res.data as { indicatorId: string; version: number };
      return { communeId: haiAn, indicatorId: id, version: String(version) };
    },
  },
  "indicators.enterValue": {
    user: "vhxh.haian",
    input: async () => {
      const periodKey = periodContaining(today, "MONTHLY").key;
      const last = await db.indicatorValue.findFirst({ where: { indicatorId, periodKey }, orderBy: { revision: "desc" } });
      return {
        communeId: haiAn,
        indicatorId,
        periodKey,
        value: "5",
        sourceNote: "Báo cáo của Văn phòng",
        correctionReason: last ? "Điều chỉnh theo số liệu mới" : "",
        baseRevision: String(last?.revision ?? 0),
        files: [],
        uploadIds: [],
      };
    },
    text: ["sourceNote", "correctionReason"],
    // An empty list of files or uploads (any other id is not the user's staged upload); any count below 10^12.
    vary: ["files", "uploadIds", "value"],
    files: ["files"],
  },
  "indicators.importValues": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      planId,
      file: txtFile(
        `Mã chỉ tiêu;Kỳ;Giá trị;Ghi chú\r\n${indicatorCode};${periodContaining(today, "MONTHLY").key};6;Văn phòng\r\n`,
        "so-lieu.csv",
      ),
      mode: "preview",
    }),
    files: ["file"],
  },
  "mandates.assign": {
    user: "vhxh.haian",
    input: async () => {
      const t = await mandated("9.1", false);
      return { communeId: haiAn, taskIds: [t.taskId], versions: [t.version], leadUnitIds: [spareUnit] };
    },
    // Each a legitimate choice: the proposals instead of the units chosen, or no helpers/groups.
    vary: ["useProposals", "supportUnitIds", "supportGroupIds", "leadGroupIds"],
  },
  "mandates.markNotApplicable": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, ...(await mandated("9.2", false)), reason: "Phường không có làng nghề truyền thống" }),
    text: ["reason"],
  },
  "mandates.reopen": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, ...(await mandated("9.3", true)) }),
  },
  "mandates.acknowledge": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, provincePlanId: mandates.provincePlanId, appliedVersion: "1" }),
  },
  "mandates.movePlan": {
    user: "vhxh.haian",
    // Back and forth between the receiving plan and the demo plan: every run has somewhere to go.
    input: async () => {
      const receipt = await db.provincePlanReceipt.findFirstOrThrow({ where: { provincePlanId: mandates.provincePlanId } });
      return {
        communeId: haiAn,
        provincePlanId: mandates.provincePlanId,
        targetPlanId: receipt.planId === planId ? mandates.receivingPlanId : planId,
      };
    },
    runs: 10,
  },
  "plans.archive": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, planId: await sparePlan(null) }),
    cleanup: dropSparePlans,
  },
  "plans.restore": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, planId: await sparePlan(new Date()) }),
    cleanup: dropSparePlans,
  },
  "plans.edit": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, planId: await sparePlan(null), version: "0", number: "12/KH-UBND", issuedDate: "2025-08-15" }),
    text: ["number"],
    vary: ["issuedDate"], // optional: empty clears it
    cleanup: dropSparePlans,
  },
  "reports.create": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, planId, periodKey: reportPeriodContaining(today, "MONTH").key }),
    runs: 10,
    cleanup: dropReportCopies,
  },
  "reports.save": {
    user: "vhxh.haian",
    input: async () => reportForm(await draftReport()),
    text: REPORT_TEXT,
    vary: ["number", "issuedDate"], // optional while a draft
    cleanup: dropReportCopies,
  },
  "reports.submit": {
    user: "vhxh.haian",
    input: async () => reportForm(await draftReport()),
    text: REPORT_TEXT,
    vary: ["number", "issuedDate"],
    cleanup: dropReportCopies,
  },
  "reports.finalize": {
    user: "chutich.haian",
    input: async () => {
      const r = await draftReport();
      return reportForm(r, { number: lastReportNumber(), issuedDate: today });
    },
    text: REPORT_TEXT,
    runs: 10,
    cleanup: dropReportCopies,
  },
  "reports.delete": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, reportId: (await draftReport()).id }),
    cleanup: dropReportCopies,
  },
  "plans.setReportWeekStart": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, planId, reportWeekStart: "1" }),
    vary: ["reportWeekStart"], // any weekday 1–7
  },
  "reports.confirmReported": {
    user: "vanphong.haian",
    input: async () => ({ communeId: haiAn, planId, periodKey: reportPeriodContaining(today, "MONTH").key }),
  },
  // "Báo cáo thay" for the unit without an account: every open item sent as "không thay đổi".
  "reports.closePeriod": {
    user: "vhxh.haian",
    input: async () => {
      const period = reportPeriodContaining(today, "MONTH");
      const items = (await openItems(db, haiAn, planId, period, [spareUnit])).filter((i) => !i.updatedAt);
      return {
        communeId: haiAn,
        planId,
        periodKey: period.key,
        unitId: spareUnit,
        items: JSON.stringify(items.map((i) => ({ taskId: i.taskId, version: i.version, mode: "unchanged", note: "" }))),
      };
    },
    // A success closes the period: undone so that the next run has items to send again.
    cleanup: async () => {
      await db.taskUpdate.deleteMany({ where: { unitId: spareUnit, onBehalf: true } });
      await db.reportSubmission.deleteMany({ where: { unitId: spareUnit } });
    },
  },
  "reports.remind": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      planId,
      periodKey: reportPeriodContaining(today, "MONTH").key,
      unitIds: [user("vanphong.haian").unitId, user("tthcc.haian").unitId],
    }),
  },
  "tasks.submitUpdate": {
    user: "vanphong.haian",
    input: async () => ({
      communeId: haiAn,
      taskId: officeTask,
      version: String(await taskVersion(officeTask)),
      workStatus: "IN_PROGRESS",
      progress: "60",
      result: "Đã rà soát 60% hồ sơ.",
      difficulties: "",
      proposals: "",
      completedDate: "",
      files: [],
      uploadIds: [],
    }),
    text: ["result", "difficulties", "proposals"],
    vary: ["progress", "completedDate", "files", "uploadIds"], // 0–100; the day matters only when done; no files or uploads
    files: ["files"],
  },
  "tasks.submitContribution": {
    user: "tthcc.haian",
    input: async () => ({
      communeId: haiAn,
      taskId: supportTask,
      result: "Đã phối hợp cung cấp số liệu.",
      difficulties: "",
      proposals: "",
      files: [],
      uploadIds: [],
    }),
    text: ["result", "difficulties", "proposals"],
    vary: ["files", "uploadIds"],
    files: ["files"],
  },
  "tasks.giveDirective": {
    user: "chutich.haian",
    input: async () => ({
      communeId: haiAn,
      taskId: officeTask,
      content: "Đề nghị hoàn thành trước ngày 31/12.",
      newDueDate: "2025-12-31",
      version: String(await taskVersion(officeTask)),
    }),
    text: ["content"],
    vary: ["newDueDate", "version"], // a direction may come without a new deadline (then no version is needed)
  },
  "tasks.acknowledgeDirective": {
    user: "vanphong.haian",
    input: async () => {
      const d = await db.directive.create({
        data: { communeId: haiAn, taskId: officeTask, authorId: user("chutich.haian").id, content: "Khẩn trương thực hiện." },
      });
      return { communeId: haiAn, directiveId: d.id };
    },
  },
  "tasks.returnUpdate": {
    user: "vhxh.haian",
    input: async () => {
      const u = await db.taskUpdate.create({
        data: {
          communeId: haiAn,
          taskId: officeTask,
          unitId: user("vanphong.haian").unitId,
          authorId: user("vanphong.haian").id,
          workStatus: "IN_PROGRESS",
          progress: 30,
          result: "Đang thực hiện.",
        },
      });
      return { communeId: haiAn, updateId: u.id, comment: "Bổ sung minh chứng kết quả." };
    },
    text: ["comment"],
  },
  "tasks.requestExtension": {
    user: "vanphong.haian",
    input: async () => {
      await extendableTask(extensionTask);
      return {
        communeId: haiAn,
        taskId: extensionTask,
        requestedDueDate: addDays(today, 90),
        reason: "Chờ kinh phí mua sắm thiết bị.",
        files: [],
        uploadIds: [],
      };
    },
    text: ["reason"],
    vary: ["requestedDueDate", "files", "uploadIds"], // any later day; no files or uploads
    files: ["files"],
  },
  "tasks.decideExtension": {
    user: "chutich.haian",
    input: async () => {
      await extendableTask(decisionTask);
      const e = await db.deadlineExtension.create({
        data: {
          communeId: haiAn,
          taskId: decisionTask,
          unitId: user("vanphong.haian").unitId!,
          requestedById: user("vanphong.haian").id,
          reason: "Chờ kinh phí mua sắm thiết bị.",
          currentDueDate: new Date(`${addDays(today, 60)}T00:00:00Z`),
          requestedDueDate: new Date(`${addDays(today, 90)}T00:00:00Z`),
        },
      });
      return { communeId: haiAn, extensionId: e.id, decision: "APPROVE", approvedDueDate: "", comment: "" };
    },
    text: ["comment"],
    vary: ["approvedDueDate"], // read only when the chair approves another date
  },
  "communes.updateSettings": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, maxDeadlineExtensions: "2" }),
    vary: ["maxDeadlineExtensions"], // any count 0–10
  },
  "communes.updateSchedule": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      reminderTime: "07:30",
      deadlineReminderDays: "7, 3, 1",
      overdueDigest: "on",
      periodReminderWorkingDays: "2",
      chairDigestWeekday: "1",
      chairDigestTime: "07:30",
      directionReminderDays: "2",
      quietStart: "21:00",
      quietEnd: "06:30",
    }),
    // Any time, any list of 1–30 within five, a checkbox, counts within their bounds: all settings.
    vary: [
      "reminderTime",
      "deadlineReminderDays",
      "overdueDigest",
      "periodReminderWorkingDays",
      "chairDigestWeekday",
      "chairDigestTime",
      "directionReminderDays",
      "quietStart",
      "quietEnd",
    ],
  },
  "communes.updateWebhook": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, webhookUrl: "https://hook.example.vn/cds", webhookKinds: ["DIRECTION"] }),
    vary: ["webhookUrl", "webhookKinds"], // any https address, any set of kinds
  },
  "communes.rotateWebhookSecret": {
    user: "vhxh.haian",
    input: async () => {
      await withWebhook();
      return { communeId: haiAn };
    },
  },
  "communes.removeWebhook": {
    user: "vhxh.haian",
    input: async () => {
      await withWebhook();
      return { communeId: haiAn };
    },
  },
  "notifications.savePreferences": {
    user: "vanphong.haian",
    input: async () => ({ emailMode: "DAILY_DIGEST", emailMuted: ["REPORT_SIGNED"], inAppMuted: ["OVERDUE_CHAIR"] }),
    vary: ["emailMode", "emailMuted", "inAppMuted"], // any mode, any set of kinds the user may mute
  },
  "checklist.saveItem": {
    user: "vhxh.haian",
    input: async () => {
      // Back to its default each run: a run may have renamed it or moved it to another area.
      const item = { id: scannerItemId };
      await db.checkItem.update({ where: { id: item.id }, data: { name: "Máy quét (scan)", area: "Quầy tiếp nhận", hint: "" } });
      return { communeId: haiAn, itemId: item.id, area: "Quầy tiếp nhận", name: "Máy quét (scan)", hint: "", critical: "" };
    },
    text: ["name", "hint", "area"],
    vary: ["critical", "itemId"], // either; "" adds a new item
    cleanup: () => db.checkItem.deleteMany({ where: { communeId: haiAn, createdAt: { gt: checklistMadeAt } } }),
  },
  "checklist.archiveItem": {
    user: "vhxh.haian",
    input: async () => {
      const item = await checklistItem("Camera, loa (nếu có)");
      await db.checkItem.update({ where: { id: item.id }, data: { archivedAt: null } });
      return { communeId: haiAn, itemId: item.id };
    },
  },
  "checklist.restoreItem": {
    user: "vhxh.haian",
    input: async () => {
      const item = await checklistItem("Camera, loa (nếu có)");
      await db.checkItem.update({ where: { id: item.id }, data: { archivedAt: new Date() } });
      return { communeId: haiAn, itemId: item.id };
    },
    cleanup: () => db.checkItem.updateMany({ where: { communeId: haiAn }, data: { archivedAt: null } }),
  },
  "checklist.reorder": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, itemId: (await checklistItem("Máy in")).id, direction: "up" }),
    vary: ["direction"], // up or down
  },
  "checklist.setCentre": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, unitId: user("tthcc.haian").unitId }),
    vary: ["unitId"], // "" goes back to the centre found by its name
  },
  "dailyChecks.submit": {
    user: "tthcc.haian",
    input: async () => {
      await db.dailyCheck.deleteMany({ where: { communeId: haiAn } });
      await db.checkItem.updateMany({ where: { communeId: haiAn }, data: { archivedAt: null } });
      const items = await db.checkItem.findMany({ where: { communeId: haiAn, archivedAt: null }, select: { id: true } });
      return {
        communeId: haiAn,
        expectedRevision: "0",
        results: items.map((i) => ({ itemId: i.id, state: "OK", note: "" })),
        note: "",
        photos: {},
      };
    },
    text: ["note"],
    vary: ["photos"], // no photos: a photo id that is not the user's staged upload is refused
    cleanup: () => db.dailyCheck.deleteMany({ where: { communeId: haiAn, day: new Date(`${checkDayKey()}T00:00:00Z`) } }),
  },
  "holidays.save": {
    user: "admin",
    input: async () => ({ mode: "update", date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ Hùng Vương", workingDay: "" }),
    text: ["name"],
    vary: ["workingDay"], // either kind of day
  },
  "holidays.delete": {
    user: "admin",
    input: async () => {
      await db.holiday.upsert({
        where: { date: new Date("2031-03-03T00:00:00Z") },
        create: { date: new Date("2031-03-03T00:00:00Z"), name: "Ngày nghỉ thử" },
        update: {},
      });
      return { date: "2031-03-03" };
    },
  },
  "incidents.report": {
    user: "tthcc.haian",
    input: async () => {
      const at = new Date(Date.now() - 10 * 60_000);
      return {
        communeId: haiAn,
        checkItemId: "",
        title: "Mất kết nối Internet",
        description: "Không vào được hệ thống một cửa.",
        startedAt: `${localDateKey(at)}T${localTimeOf(at)}`,
        severity: "NORMAL",
        countersDown: "2",
        servicesAffected: "Tiếp nhận hồ sơ",
        dossiersAffected: "",
        files: [],
        uploadIds: [],
      };
    },
    text: ["title", "description", "servicesAffected"],
    // Any severity, count, recent time; no files or uploads.
    vary: ["severity", "countersDown", "dossiersAffected", "startedAt", "files", "uploadIds"],
    files: ["files"],
  },
  "incidents.move": {
    user: "tthcc.haian",
    input: async () => ({
      communeId: haiAn,
      incidentId: await freshIncident(),
      move: "acknowledge",
      version: "0",
      note: "",
      cause: "",
      fix: "",
    }),
    text: ["note", "cause", "fix"],
    vary: ["move"], // "bắt đầu xử lý" and "đã khắc phục" are also open to a new incident
  },
  "incidents.comment": {
    user: "chutich.haian",
    input: async () => ({ communeId: haiAn, incidentId: await freshIncident(), note: "Khắc phục trước 10 giờ." }),
    text: ["note"],
  },
  "incidents.attach": {
    user: "tthcc.haian",
    input: async () => ({
      communeId: haiAn,
      incidentId: await freshIncident(),
      files: [new File([PNG], "anh-loi.png", { type: "image/png" })],
      uploadIds: [],
    }),
    vary: ["uploadIds"], // none beside the file (any other id is not the user's staged upload)
    files: ["files"],
  },
  "tasks.markPartNotApplicable": {
    user: "vanphong.haian",
    input: async () => ({
      communeId: haiAn,
      taskId: groupTask,
      version: String((await partNamed(groupTask, "vanphong.haian", null)).version),
      reason: "Đơn vị không quản lý cơ sở dữ liệu chuyên ngành.",
    }),
    text: ["reason"],
  },
  "tasks.reopenPart": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      taskId: groupTask,
      unitId: user("vhxh.haian").unitId,
      version: String((await partNamed(groupTask, "vhxh.haian", "Phòng không quản lý dữ liệu chuyên ngành.")).version),
    }),
  },
  "tasks.edit": {
    user: "vhxh.haian",
    input: async () => ({
      communeId: haiAn,
      taskId: officeTask,
      version: String(await taskVersion(officeTask)),
      title: "Rà soát, chuẩn hóa quy trình nội bộ",
      expectedOutput: "",
      deadlineKind: "FIXED",
      dueDate: "2025-12-31",
      deadlineText: "Tháng 12/2025",
      leadUnitIds: [user("vanphong.haian").unitId],
      supportUnitIds: [user("tthcc.haian").unitId],
      supportText: "",
      reason: "Điều chỉnh theo chỉ đạo của Chủ tịch.",
    }),
    text: ["title", "expectedOutput", "deadlineText", "supportText", "reason"],
    vary: ["dueDate", "supportUnitIds"], // a fixed deadline needs a day, any real one; helpers are optional
  }, // Province-scoped (issue 20): the admin may manage any province's plans; a fresh plan per run.
  "provincePlans.publish": {
    user: "admin",
    input: async () => ({
      provinceId: haiAnScope.provinceId,
      planId: await provincePlan(),
      version: "0",
      publishedVersion: "0",
      note: "Ban hành",
    }),
    text: ["note"],
    cleanup: dropProvincePlans,
  },
  "provincePlans.applyPending": {
    user: "admin",
    input: async () => ({ provinceId: haiAnScope.provinceId, planId: await publishedProvincePlan() }),
  },
  "account.updateProfile": {
    user: "chutich.haian",
    input: async () => {
      await chairAsSeeded(); // read before the first run changes it
      return { fullName: "Chủ tịch UBND phường Hải An", officialName: "Nguyễn Văn An", jobTitle: "Chủ tịch" };
    },
    text: ["fullName", "officialName", "jobTitle"],
    cleanup: chairAsSeeded,
  },
  "account.endSession": {
    user: IN_BROWSER,
    input: async () => ({ sessionId: await phoneSession() }),
    cleanup: dropPhoneSessions,
  },
  "account.endOtherSessions": {
    user: IN_BROWSER,
    // The form names the session it keeps (the one it was opened in).
    input: async () => {
      await phoneSession();
      return { currentSessionId: BROWSER_SESSION };
    },
    cleanup: dropPhoneSessions,
  },
  "account.enableTwoFactor": {
    user: "tthcc.haian",
    // Not enrolled; the setup page's sealed secret and the code an app shows for it now.
    input: async () => {
      await withoutSecondFactor("tthcc.haian");
      const secret = newTotpSecret();
      return { pendingSecret: sealPendingSecret(user("tthcc.haian").id, secret), code: await totpCode(secret) };
    },
    countsAttempts: true,
    cleanup: () => withoutSecondFactor("tthcc.haian"),
  },
  "account.newRecoveryCodes": {
    user: "chutich.haian",
    input: () => currentCode("chutich.haian"),
    countsAttempts: true,
    cleanup: () => withoutSecondFactor("chutich.haian"),
  },
  "account.disableTwoFactor": {
    user: "tthcc.haian", // unit staff: the second factor is optional
    input: () => currentCode("tthcc.haian"),
    countsAttempts: true,
    cleanup: () => withoutSecondFactor("tthcc.haian"),
  },
  "account.changePassword": {
    user: "vanphong.haian",
    input: async () => {
      await officeAsSeeded(); // read before the first run changes it
      return { currentPassword: DEMO_PASSWORD, password: "MatKhauMoi2026", confirm: "MatKhauMoi2026" };
    },
    runs: 10,
    cleanup: officeAsSeeded,
  },
  "tenants.createProvince": {
    user: "admin",
    input: async () => ({ name: "Tỉnh thử hostile", adminCode: freshAdminCode() }),
    text: ["name"],
    vary: ["adminCode"], // any free code of digits is another code
    cleanup: dropNewPlaces,
  },
  "tenants.updateProvince": {
    user: "admin",
    input: async () => {
      const p = await spareProvince();
      return { provinceId: p.id, name: "Tỉnh thử hostile đổi tên", adminCode: p.adminCode };
    },
    text: ["name"],
    vary: ["adminCode"],
    cleanup: dropNewPlaces,
  },
  "tenants.createCommune": {
    user: "admin",
    input: async () => ({ provinceId: haiAnScope.provinceId, name: "Phường thử hostile", kind: "WARD", adminCode: freshAdminCode() }),
    text: ["name"],
    vary: ["adminCode", "kind"], // any free code; a commune or a ward
    cleanup: dropNewPlaces,
  },
  "tenants.updateCommune": {
    user: "admin",
    input: async () => {
      const c = await spareCommune();
      return { communeId: c.id, name: "Phường thử hostile", kind: "WARD", adminCode: c.adminCode };
    },
    text: ["name"],
    vary: ["adminCode", "kind"],
    cleanup: dropNewPlaces,
  },
  "tenants.saveUnitTemplate": {
    user: "admin",
    input: async () => ({ entries: JSON.stringify(STANDARD_TEMPLATE.slice(0, 4)) }),
    cleanup: () => restoreUnitTemplate(db),
  },
  "tenants.onboard": {
    user: "admin",
    // Applied (the ward, its units and its chair's account are written), then dropped after the run.
    input: async () => ({ file: await onboardingFile(), accountsFile: "", mode: "apply" }),
    files: ["file", "accountsFile"],
    vary: ["mode"], // the preview of the same file writes nothing
    cleanup: dropNewPlaces,
  },
  "users.resetTwoFactor": {
    user: "vhxh.haian",
    input: async () => {
      await enrolTotp(db, user("tthcc.haian").id);
      return { communeId: haiAn, userId: user("tthcc.haian").id };
    },
    cleanup: () => withoutSecondFactor("tthcc.haian"),
  },
  "users.issueActivation": {
    user: "vhxh.haian",
    input: async () => ({ communeId: haiAn, userId: user("tthcc.haian").id }),
    runs: 10,
  },
};

// ---------------------------------------------------------------------------------------------------
// The database before and after: every table's row count and a checksum of its rows, plus the
// evidence files on disk.

let tables: string[] = [];

async function snapshot(): Promise<Record<string, string>> {
  const rows = await db.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(
    tables
      .map(
        (t) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS h FROM "${t}" x`,
      )
      .join(" UNION ALL "),
  );
  const out = Object.fromEntries(rows.map((r) => [r.t, `${r.n} rows, ${r.h}`]));
  out["(evidence files)"] = existsSync(evidenceDir()) ? readdirSync(evidenceDir()).sort().join(",") : "";
  return out;
}

/** A key of the objects `prototypeObject` makes; no valid input contains it. */
const MARKER = "isAdmin";

/** Tables with a row whose text holds `needle`. */
async function tablesHolding(needle: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ t: string }[]>(
    tables.map((t) => `SELECT '${t}' AS t WHERE EXISTS (SELECT 1 FROM "${t}" x WHERE strpos(x::text, $1) > 0)`).join(" UNION ALL "),
    needle,
  );
  return rows.map((r) => r.t);
}

// ---------------------------------------------------------------------------------------------------

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const ENGLISH = /\b(invalid|expected|received|too (big|small)|required|unrecognized|must|should|error|undefined|null)\b/i;
const SERVER_ERRORS = new Set(["INTERNAL", "UNAVAILABLE"]);

/** The schema of one field of an object schema (through wrappers and refinements). */
function fieldSchema(schema: z.ZodType, field: string): z.ZodType | null {
  const def = (
    schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; out?: z.ZodType } } }
  )._zod.def;
  if (def.type === "object") return def.shape?.[field] ?? null;
  if (def.type === "pipe") return fieldSchema(def.out!, field);
  if (def.innerType) return fieldSchema(def.innerType, field);
  return null;
}

type Attempt = {
  label: string;
  mutation?: Mutation;
  build: (valid: Record<string, unknown>) => Record<string, unknown>;
  /** Only a refusal is right (the value is never valid). */
  mustRefuse?: boolean;
};

function attempts(c: Case, sample: Record<string, unknown>): fc.Arbitrary<Attempt> {
  const plain = (m: Mutation): Attempt => ({ label: "", mutation: m, build: (valid) => reapply(m, valid) });
  const arbs: fc.Arbitrary<Attempt>[] = [mutateOne(sample).map(plain)];
  if (c.files?.length) {
    arbs.push(mutateOne(sample, { fields: c.files, values: fc.oneof(hostileFile, fc.array(hostileFile, { maxLength: 12 })) }).map(plain));
  }
  if (c.draftJson) {
    const field = c.draftJson;
    const json = (v: unknown) => {
      try {
        return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? Number(x) : x));
      } catch {
        return "[".repeat(5000) + "]".repeat(5000);
      }
    };
    const inDraft = (label: string, draft: fc.Arbitrary<unknown>) =>
      draft.map((d): Attempt => ({ label, build: (valid) => ({ ...valid, [field]: json(d) }) }));
    arbs.push(
      inDraft(
        "draft field",
        mutateOne(SMALL_DRAFT).map((m) => m.input),
      ),
      inDraft(
        "task field",
        mutateOne(SMALL_DRAFT.tasks[0]!).map((m) => ({ ...SMALL_DRAFT, tasks: [m.input, SMALL_DRAFT.tasks[1]!] })),
      ),
      inDraft(
        "indicator field",
        mutateOne(SMALL_DRAFT.indicators[0]!).map((m) => ({ ...SMALL_DRAFT, indicators: [m.input] })),
      ),
      deeplyNestedJson.map((d): Attempt => ({ label: "deep JSON", build: (valid) => ({ ...valid, [field]: d }) })),
    );
  }
  return fc.oneof(...arbs);
}

/** Did the mutation deserve a success? Unknown fields are ignored; text is text; the rest must not change meaning. */
function legitimateSuccess(def: AnyDef, c: Case, a: Attempt, valid: Record<string, unknown>): string | null {
  const m = a.mutation;
  if (!m) return null; // inside the draft JSON: the schema decides, and the draft is re-checked when applied
  if (m.kind === "extra") return null;
  const schema = fieldSchema(def.schema, m.field);
  if (!schema) return `field ${m.field} is not in the schema`;
  if (m.kind === "remove") return schema.safeParse(undefined).success ? null : `accepted without ${m.field}, which is required`;
  // A field replaced by undefined is a field left out: fine wherever leaving it out is.
  if (m.kind === "replace" && m.value === undefined && schema.safeParse(undefined).success) return null;
  if (c.text?.includes(m.field) && typeof m.value === "string") return null;
  if (c.vary?.includes(m.field)) return null;
  const now = schema.safeParse(m.value);
  const before = schema.safeParse(valid[m.field]);
  if (now.success && before.success && JSON.stringify(now.data) === JSON.stringify(before.data)) return null; // same value, differently written
  return `accepted ${m.field} = ${describeValue(m.value)}, which should have been refused`;
}

beforeAll(async () => {
  await freshDemo(db);
  const commune = await communeByName(db, "Phường Hải An");
  haiAn = commune.id;
  haiAnScope = { communeId: haiAn, provinceId: commune.provinceId ?? "" };
  // The ward's own plan and tasks (the demo also gives Hải An the province's plan, issue 20).
  planId = (await db.plan.findFirstOrThrow({ where: { communeId: haiAn, tasks: { every: { provinceTaskId: null } } } })).id;
  for (const u of ["admin", "vhxh.haian", "chutich.haian", "vanphong.haian", "tthcc.haian"]) users[u] = await viewer(db, u);
  users[IN_BROWSER] = { ...user("vanphong.haian"), session: { id: BROWSER_SESSION, secondFactorAt: null } };
  demoPlaces = (await db.unit.findMany({ where: { kind: { in: ["PROVINCE", "COMMUNE", "WARD"] } }, select: { id: true } })).map(
    (u) => u.id,
  );
  await restoreUnitTemplate(db); // what the migration leaves (truncateAll empties it): new communes get their units
  spareUnit = (await db.unit.findFirstOrThrow({ where: { communeId: haiAn, name: "Trung tâm Sự nghiệp công" } })).id;
  officeTask = (
    await db.task.findFirstOrThrow({
      where: { communeId: haiAn, planId, units: { some: { unitId: user("vanphong.haian").unitId!, role: "LEAD" } }, parts: { none: {} } },
    })
  ).id;
  supportTask = (
    await db.task.findFirstOrThrow({
      where: {
        communeId: haiAn,
        planId,
        id: { not: officeTask },
        units: { some: { unitId: user("vanphong.haian").unitId!, role: "LEAD" } },
        parts: { none: {} },
      },
    })
  ).id;
  const others = await db.task.findMany({
    where: {
      communeId: haiAn,
      planId,
      id: { notIn: [officeTask, supportTask] },
      units: { some: { unitId: user("vanphong.haian").unitId!, role: "LEAD" } },
      parts: { none: {} },
    },
    take: 2,
  });
  [extensionTask, decisionTask] = others.map((t) => t.id) as [string, string];
  groupTask = (await db.task.findFirstOrThrow({ where: { communeId: haiAn, code: "2.1", parts: { some: {} } } })).id;
  mandates = await mandateFixture(db, commune, [
    { code: "9.1", title: "Triển khai nền tảng họp không giấy tờ" },
    { code: "9.2", title: "Phát triển làng nghề gắn với thương mại điện tử" },
    { code: "9.3", title: "Tuyên truyền quảng bá khu du lịch sinh thái" },
  ]);
  await db.taskUnit.deleteMany({ where: { taskId: supportTask, unitId: user("tthcc.haian").unitId! } });
  await db.taskUnit.create({ data: { taskId: supportTask, unitId: user("tthcc.haian").unitId!, role: "SUPPORT", communeId: haiAn } });

  await db.notification.create({
    data: {
      communeId: haiAn,
      userId: user("vanphong.haian").id,
      kind: "REPORT_REMINDER",
      title: "Nhắc báo cáo",
      body: "Cập nhật tiến độ",
      href: "/",
    },
  });
  const made = await executeAction(ACTIONS.get("indicators.save")!, user("vhxh.haian"), await caseOf("indicators.save").input(), db);
  if (!made.ok) throw new Error(`setup: ${made.message}`);
  indicatorId = (made.data as { indicatorId: string }).indicatorId;
  indicatorCode = (await db.indicator.findUniqueOrThrow({ where: { id: indicatorId } })).code;

  const compiled = await executeAction(ACTIONS.get("reports.create")!, user("vhxh.haian"), await caseOf("reports.create").input(), db);
  if (!compiled.ok) throw new Error(`setup: ${compiled.message}`);
  baseReportId = (compiled.data as { reportId: string }).reportId;
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = await db.report.findUniqueOrThrow({ where: { id: baseReportId } });
  reportTemplate = rest;

  await db.$transaction((tx) => ensureChecklist(tx, haiAn));
  checklistMadeAt = new Date();
  scannerItemId = (await checklistItem("Máy quét (scan)")).id;

  tables = (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`
  ).map((t) => t.tablename);
}, 120_000);

afterAll(async () => {
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

describe("server actions: enumeration", () => {
  it(`finds every action def (${EXPECTED_ACTIONS}) and knows who may run each`, () => {
    expect(modules.length).toBeGreaterThanOrEqual(8);
    expect(
      ACTIONS.size,
      "fewer actions found than expected: enumeration broke or an action was removed (update EXPECTED_ACTIONS)",
    ).toBeGreaterThanOrEqual(EXPECTED_ACTIONS);
    for (const name of ACTIONS.keys()) expect(CASES, `add ${name} to CASES (user and a valid input)`).toHaveProperty([name]);
    for (const name of Object.keys(CASES)) expect(ACTIONS.has(name), `CASES has ${name}, which is not an action any more`).toBe(true);
  });

  it("each case's user is allowed to run the action and its valid input is accepted by the schema", async () => {
    for (const [name, c] of Object.entries(CASES)) {
      const def = ACTIONS.get(name)!;
      const may =
        def.scope === "user"
          ? def.permission(user(c.user))
          : def.scope === "province"
            ? def.permission(user(c.user), haiAnScope.provinceId)
            : def.permission(user(c.user), haiAnScope);
      expect(may, `${c.user} may not run ${name}`).toBe(true);
      const parsed = def.schema.safeParse(await c.input());
      expect(parsed.success, `${name}: ${parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`).toBe(true);
    }
  });
});

/** One run: the answer must be a Vietnamese refusal that changed nothing, or a deserved success. */
async function attempt(name: string, a: Attempt): Promise<void> {
  try {
    await check(name, a);
  } finally {
    await caseOf(name).cleanup?.();
  }
}

async function check(name: string, a: Attempt): Promise<void> {
  const def = ACTIONS.get(name)!;
  const c = caseOf(name);
  const valid = await c.input();
  const input = a.build(valid);
  const attemptsBefore = c.countsAttempts ? await db.loginAttempt.findMany() : null;
  const before = await snapshot();
  const shown =
    a.mutation?.kind === "replace" ? a.mutation.value : a.mutation?.kind === "extra" ? a.mutation.keys : input[c.draftJson ?? ""];
  const what = `${name} with ${a.label || a.mutation?.kind} ${a.mutation && "field" in a.mutation ? a.mutation.field : ""} = ${describeValue(shown)}`;
  let res: ActionResult<unknown>;
  try {
    res = await executeAction(def, user(c.user), input, db);
  } catch (err) {
    throw new Error(`${what}: executeAction threw ${String(err)}`);
  }
  expect(Object.prototype, `${what}: Object.prototype polluted`).not.toHaveProperty("polluted");
  if (res.ok) {
    if (a.mustRefuse) throw new Error(`${what}: accepted a value that is never valid`);
    const problem = legitimateSuccess(def, c, a, valid);
    if (problem) throw new Error(`${what}: ${problem}`);
    // Unknown fields (and the objects hidden under __proto__ & co.) are dropped, never stored.
    const leaked = await tablesHolding(MARKER);
    expect(leaked, `${what}: succeeded and stored the hostile object in ${leaked.join(", ")}`).toEqual([]);
    return;
  }
  expect(SERVER_ERRORS.has(res.code), `${what}: answered ${res.code} (${res.message})`).toBe(false);
  for (const msg of [res.message, ...Object.values(res.fieldErrors ?? {}).flat()]) {
    expect(typeof msg === "string" && msg.trim() !== "", `${what}: empty message`).toBe(true);
    expect(msg, `${what}: message not Vietnamese`).toMatch(VIETNAMESE);
    expect(msg, `${what}: zod's English default`).not.toMatch(ENGLISH);
  }
  const after = await snapshot();
  let changed = Object.keys(after).filter((t) => after[t] !== before[t]);
  if (attemptsBefore && changed.includes("LoginAttempt")) {
    // Failed attempts of the account added, the earlier ones as they were: the limit counting a wrong code.
    const now = await db.loginAttempt.findMany();
    const kept = attemptsBefore.every((b) => now.some((r) => r.id === b.id && r.key === b.key && r.success === b.success));
    expect(kept, `${what}: refused but changed earlier sign-in attempts`).toBe(true);
    const added = now.filter((r) => !attemptsBefore.some((b) => b.id === r.id));
    const keys = attemptKeys(c.user);
    expect(
      added.filter((r) => r.success || !keys.includes(r.key)),
      `${what}: refused but recorded attempts other than failures of ${c.user}`,
    ).toEqual([]);
    changed = changed.filter((t) => t !== "LoginAttempt");
  }
  expect(changed, `${what}: refused with ${res.code} (${res.message}) but changed ${changed.join(", ")}`).toEqual([]);
}

/**
 * Values that break the database rather than the form, put into every field once (random runs find
 * them only now and then): text PostgreSQL cannot store, integers beyond int4, decimals beyond
 * Decimal(16,4), impossible days.
 */
function storageBreakers(valid: unknown): unknown[] {
  const out: unknown[] = ["\uD800a\u0000"];
  if (typeof valid === "string" && /^-?\d+([.,]\d+)?$/.test(valid)) out.push("2147483648", "999999999999.99999", "-0");
  if (typeof valid === "string" && /^\d{4}-\d{2}-\d{2}$/.test(valid)) out.push("2025-02-30");
  return out;
}

describe("server actions: the test's own database checks", () => {
  it("see a row added and a value stored", async () => {
    const before = await snapshot();
    const n = await db.notification.create({
      data: { communeId: haiAn, userId: user("admin").id, kind: "REPORT_REMINDER", title: "t", body: "b", href: "/" },
    });
    const after = await snapshot();
    await db.notification.delete({ where: { id: n.id } });
    expect(Object.keys(after).filter((t) => after[t] !== before[t])).toEqual(["Notification"]);
    expect(await snapshot()).toEqual(before);
    expect(await tablesHolding("Phường Hải An")).toContain("Unit");
  });
});

describe.each(Object.keys(CASES))("action %s under hostile input", (name) => {
  const c = caseOf(name);

  it("answers with a Vietnamese refusal that changes nothing, or with a success the input deserves; never a 500", async () => {
    const sample = await c.input();
    await fc.assert(
      fc.asyncProperty(attempts(c, sample), (a) => attempt(name, a)),
      { numRuns: c.runs ?? 15 },
    );
  }, 120_000);

  it("the same with values that break storage rather than forms, in every field", async () => {
    const sample = await c.input();
    for (const [field, v] of Object.entries(sample)) {
      for (const value of storageBreakers(v)) {
        const m: Mutation = { kind: "replace", field, value, input: { ...sample, [field]: value } };
        await attempt(name, { label: "", mutation: m, build: (valid) => reapply(m, valid) });
      }
    }
    if (!c.draftJson) return;
    const field = c.draftJson;
    const task = SMALL_DRAFT.tasks[0]!;
    for (const [label, draft] of [
      ["draft issuedDate 2025-13-01", { ...SMALL_DRAFT, issuedDate: "2025-13-01" }],
      ["draft issuedDate 2025-02-30", { ...SMALL_DRAFT, issuedDate: "2025-02-30" }],
      ["task due 2025-02-31", { ...SMALL_DRAFT, tasks: [{ ...task, deadline: { ...task.deadline, date: "2025-02-31" } }] }],
      ["indicator target 1e13", { ...SMALL_DRAFT, indicators: [{ ...SMALL_DRAFT.indicators[0], unit: "count", target: 1e13 }] }],
      ["task title with NUL", { ...SMALL_DRAFT, tasks: [{ ...task, title: "Số hóa\u0000 hồ sơ" }] }],
      ["lead unit with a lone surrogate", { ...SMALL_DRAFT, tasks: [{ ...task, leadUnits: ["Văn phòng \uD800"] }] }],
    ] as const) {
      await attempt(name, { label, mustRefuse: true, build: (valid) => ({ ...valid, [field]: JSON.stringify(draft) }) });
    }
  }, 60_000);
});
