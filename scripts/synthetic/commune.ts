// Every row of one synthetic commune: the commune and its units, its accounts, its plan (groups and
// tasks copied from a real plan), each task's history of reports, the chairperson's directions and
// the plan's KPIs with their monthly values. Pure: the same input gives the same rows.
import { dateFromKey, localDateKey } from "../../lib/dates";
import { deadlineStatusOf } from "../../lib/tasks/deadline-status";
import { must } from "../../lib/must";
import { communeTag, type SyntheticConfig } from "./config";
import { chooseDeadline } from "./deadlines";
import { buildIndicators } from "./indicators";
import { createRng, type Rng } from "./prng";
import { taskHistory, type Clock, type Reporter, type TaskHistory } from "./progress";
import { emptyRows, type TableRows, type TaskRow, type UserRow } from "./rows";
import { localise, pickTemplate, planTasks } from "./templates";
import { directiveText, personName } from "./texts";
import { addDays, dayBetween, lastDayOfMonth, localInstant, localMinuteOf, maxDay, monthStart, officeMinute, weekStart } from "./time";
import { COORDINATOR_UNIT_KEY, SYNTHETIC_UNITS, type CommuneKind } from "./units";

export type CommuneInput = {
  cfg: SyntheticConfig;
  provinceIndex: number;
  communeIndex: number;
  provinceId: string;
  passwordHash: string;
};

/** Plans start `months` before today (first of that month) and run six months past it. */
export function planSpan(cfg: Pick<SyntheticConfig, "today" | "months">) {
  return { planStart: monthStart(cfg.today, -cfg.months), planEnd: lastDayOfMonth(monthStart(cfg.today, 6)), today: cfg.today };
}

export function clockOf(cfg: SyntheticConfig): Clock {
  return {
    planStart: planSpan(cfg).planStart,
    today: cfg.today,
    weekStart: weekStart(cfg.today),
    now: cfg.now,
    nowMinute: localDateKey(cfg.now) === cfg.today ? localMinuteOf(cfg.now) : 24 * 60,
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function generateCommune(input: CommuneInput): TableRows {
  const { cfg, provinceIndex, communeIndex, provinceId, passwordHash } = input;
  const rng = createRng(`${cfg.seed}/commune/${provinceIndex}/${communeIndex}`);
  const rows = emptyRows();
  const tag = communeTag(cfg, provinceIndex, communeIndex);
  const kind: CommuneKind = rng.chance(0.35) ? "WARD" : "COMMUNE";
  const name = `${kind === "WARD" ? "Phường" : "Xã"} Tổng hợp ${tag.slice(1)}`;
  const span = planSpan(cfg);
  const clock = clockOf(cfg);
  const setupAt = localInstant(addDays(span.planStart, -20), 8 * 60).toISOString();
  const communeId = rng.id();

  // The commune and its units.
  rows.Unit.push(
    unitRow({ id: communeId, name, shortName: null, kind, parentId: provinceId, provinceId, communeId, sortOrder: communeIndex }, setupAt),
  );
  const unitIdByKey = new Map<string, string>();
  SYNTHETIC_UNITS.forEach((u, i) => {
    const id = rng.id();
    unitIdByKey.set(u.key, id);
    rows.Unit.push(
      unitRow(
        { id, name: u.name(kind), shortName: u.shortName, kind: u.kind, parentId: communeId, provinceId, communeId, sortOrder: i },
        setupAt,
      ),
    );
  });

  // Accounts: chairperson, standing office, one member of staff per unit.
  const user = (username: string, role: UserRow["role"], unitId: string | null): UserRow => ({
    id: rng.id(),
    username,
    fullName: personName(rng),
    email: null,
    passwordHash,
    role,
    provinceId,
    communeId,
    unitId,
    active: true,
    createdAt: setupAt,
    updatedAt: setupAt,
  });
  const chair = user(`chutich.${tag}`, "CHAIR", null);
  const coordinator = user(`vhxh.${tag}`, "COORDINATOR", unitIdByKey.get(COORDINATOR_UNIT_KEY)!);
  const staff = SYNTHETIC_UNITS.map((u) => user(`${u.key}.${tag}`, "UNIT_STAFF", unitIdByKey.get(u.key)!));
  rows.User.push(chair, coordinator, ...staff);
  const staffByUnitId = new Map(staff.map((s) => [s.unitId!, s.id]));
  const reporter = (key: string): Reporter => {
    const unitId = unitIdByKey.get(key)!;
    return { unitId, userId: staffByUnitId.get(unitId)! };
  };

  // The plan, modelled on one of the real plans.
  const template = pickTemplate(rng);
  const words = (text: string) => localise(text, template, name, kind);
  const planId = rng.id();
  const planCreatedAt = localInstant(addDays(span.planStart, -3), 9 * 60).toISOString();
  rows.Plan.push({
    id: planId,
    communeId,
    number: `${rng.int(10, 250)}/KH-UBND`,
    title: words(template.source.plan.title),
    issuer: `UBND ${lowerFirst(name)}`,
    issuedDate: addDays(span.planStart, -rng.int(5, 20)),
    signerName: personName(rng),
    signerTitle: rng.chance(0.7) ? "Chủ tịch" : "Phó Chủ tịch",
    parentRefs: template.source.plan.parentRefs,
    periodStart: span.planStart,
    periodEnd: span.planEnd,
    createdAt: planCreatedAt,
    updatedAt: planCreatedAt,
  });
  const groupIds = template.groups.map((g, i) => {
    const id = rng.id();
    rows.PlanGroup.push({ id, communeId, planId, code: g.code, title: words(g.title), sortOrder: i });
    return id;
  });

  const taskLeads: { id: string; leadUnitIds: string[] }[] = [];
  for (const t of planTasks(template, cfg.tasksPerCommune, rng)) {
    const deadline = chooseDeadline(rng, t, span);
    const people = { leads: t.leadKeys.map(reporter), supports: t.supportKeys.map(reporter) };
    const history = taskHistory(rng, deadline, people, clock);
    const task: TaskRow = {
      id: rng.id(),
      communeId,
      planId,
      groupId: must(groupIds[t.groupIndex], "planTasks chỉ dùng các nhóm của mẫu kế hoạch"),
      code: t.code,
      title: words(t.title),
      description: words(t.description),
      expectedOutput: t.expectedOutput ? words(t.expectedOutput) : null,
      deadlineKind: deadline.kind,
      dueDate: deadline.dueDate,
      deadlineText: deadline.text,
      supportText: t.supportText ? words(t.supportText) : null,
      workStatus: history.workStatus,
      progress: history.progress,
      completedAt: history.completedAt?.toISOString() ?? null,
      lastUpdateAt: history.lastUpdateAt?.toISOString() ?? null,
      version: history.version,
      sortOrder: t.sortOrder,
      createdAt: planCreatedAt,
      updatedAt: history.lastUpdateAt?.toISOString() ?? planCreatedAt,
    };
    rows.Task.push(task);
    for (const p of people.leads) rows.TaskUnit.push({ communeId, taskId: task.id, unitId: p.unitId, role: "LEAD" });
    for (const p of people.supports) rows.TaskUnit.push({ communeId, taskId: task.id, unitId: p.unitId, role: "SUPPORT" });
    pushReports(rows, rng, task, history, coordinator.id);
    maybeDirective(rows, rng, task, people.leads, chair.id, clock);
    taskLeads.push({ id: task.id, leadUnitIds: people.leads.map((p) => p.unitId) });
  }

  const kpis = buildIndicators(rng, {
    communeId,
    planId,
    planStart: span.planStart,
    today: cfg.today,
    now: cfg.now,
    createdAt: planCreatedAt,
    performance: Math.min(1.3, Math.max(0.55, 1 + (rng.next() + rng.next() - 1) * 0.35)),
    unitIdByKey,
    staffByUnitId,
    coordinatorId: coordinator.id,
    tasks: taskLeads,
  });
  rows.Indicator.push(...kpis.indicators);
  rows.IndicatorValue.push(...kpis.values);
  rows.IndicatorTask.push(...kpis.links);
  return rows;
}

function unitRow(u: Omit<TableRows["Unit"][number], "active" | "createdAt" | "updatedAt">, at: string) {
  return { ...u, active: true, createdAt: at, updatedAt: at };
}

function pushReports(rows: TableRows, rng: Rng, task: TaskRow, history: TaskHistory, coordinatorId: string) {
  for (const r of history.reports) {
    rows.TaskUpdate.push({
      id: rng.id(),
      communeId: task.communeId,
      taskId: task.id,
      kind: r.kind,
      unitId: r.unitId,
      authorId: r.authorId,
      workStatus: r.workStatus,
      progress: r.progress,
      result: r.result,
      difficulties: r.difficulties,
      proposals: r.proposals,
      completedAt: r.completedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      returnedAt: r.returned?.at.toISOString() ?? null,
      returnedById: r.returned ? coordinatorId : null,
      returnComment: r.returned?.comment ?? null,
    });
  }
}

/** About 5% of tasks get a direction, late and silent ones far more often than the rest. */
function maybeDirective(rows: TableRows, rng: Rng, task: TaskRow, leads: Reporter[], chairId: string, clock: Clock) {
  const status = deadlineStatusOf(
    {
      deadlineKind: task.deadlineKind,
      dueDate: task.dueDate ? dateFromKey(task.dueDate) : null,
      workStatus: task.workStatus,
      completedAt: task.completedAt ? new Date(task.completedAt) : null,
      lastUpdateAt: task.lastUpdateAt ? new Date(task.lastUpdateAt) : null,
    },
    clock.now,
  );
  const worrying = status === "OVERDUE" || status === "NO_DEADLINE_NOT_UPDATED";
  if (!rng.chance(worrying ? 0.12 : 0.025)) return;
  const day = dayBetween(rng, maxDay(addDays(clock.planStart, 7), addDays(clock.today, -40)), addDays(clock.today, -1));
  const createdAt = localInstant(day, officeMinute(rng));
  const ackAt = new Date(createdAt.getTime() + rng.int(2, 72) * 3_600_000);
  const acknowledged = rng.chance(0.6) && ackAt.getTime() < clock.now.getTime() - 600_000;
  rows.Directive.push({
    id: rng.id(),
    communeId: task.communeId,
    taskId: task.id,
    authorId: chairId,
    content: directiveText(rng),
    newDueDate: null,
    createdAt: createdAt.toISOString(),
    acknowledgedAt: acknowledged ? ackAt.toISOString() : null,
    acknowledgedById: acknowledged ? rng.pick(leads).userId : null,
  });
}
