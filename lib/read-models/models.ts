// The expensive read models, cached per commune (or province), filter and local day (a task's
// category depends on today: lib/tasks/deadline-status.ts), and recomputed after any write that may
// change them (./cache.ts). Callers have checked the permission already: these hold data only.
import "server-only";
import { getCommuneDashboard } from "../dashboard/commune";
import type { DashboardFilters } from "../dashboard/filters";
import { operationsCard } from "../dashboard/operations";
import { getProvinceOverview } from "../dashboard/province";
import { localDateKey } from "../dates";
import { getDb } from "../db";
import { getPlan } from "../plans/queries";
import { getPlanRollup, getTaskRollup } from "../province-plans/rollup";
import { listCommuneTasks, listUnitTasks } from "../tasks/queries";
import type { ReadModelCache } from "./cache";
import { readModels } from "./process";
import { readerFor } from "./replica";

/** The commune dashboard's figures for a filter (lib/dashboard/commune.ts). */
export function communeDashboard(communeId: string, filters: DashboardFilters, now = new Date(), cache = readModels()) {
  return cache.read("dashboard", { commune: communeId }, [localDateKey(now), filters], () => getCommuneDashboard(communeId, filters, now));
}

/**
 * The dashboard's one-stop-centre card. Its incidents' ages count working minutes, so an entry serves
 * the minute it was computed in only (one computation per minute under load, ages never a minute off).
 */
export function dashboardOperations(communeId: string, now = new Date(), cache = readModels()) {
  return cache.read("operations", { commune: communeId }, [now.toISOString().slice(0, 16)], () => operationsCard(getDb(), communeId, now));
}

/** A plan page's plan, groups and tasks (null when the plan is not this commune's). */
export function planPage(communeId: string, planId: string, now = new Date(), cache = readModels()) {
  return cache.read("plan", { commune: communeId }, [localDateKey(now), planId], () => getPlan(communeId, planId, now));
}

/** "Nhiệm vụ của tôi": the tasks a unit leads or helps with. */
export function unitTasks(communeId: string, unitId: string, now = new Date(), cache = readModels()) {
  return cache.read("unit-tasks", { commune: communeId }, [localDateKey(now), unitId], () => listUnitTasks(communeId, unitId, now));
}

/** Every task the commune still carries out (the task list of everyone without a unit of their own). */
export function communeTasks(communeId: string, now = new Date(), cache = readModels()) {
  return cache.read("commune-tasks", { commune: communeId }, [localDateKey(now)], () => listCommuneTasks(communeId, now));
}

/** The province table's rows (`provinceId` null: every province, for ADMIN). Always as of the last write. */
export function provinceOverview(provinceId: string | null, now = new Date(), cache: ReadModelCache = readModels()) {
  const scope = { province: provinceId };
  return cache.read("province", scope, [localDateKey(now)], async (version) =>
    getProvinceOverview(provinceId, now, await readerFor(scope, version)),
  );
}

/** A province plan's roll-up over its communes (null when the plan is not that province's). */
export function planRollup(provinceId: string, planId: string, now = new Date(), cache: ReadModelCache = readModels()) {
  const scope = { province: provinceId };
  return cache.read("plan-rollup", scope, [localDateKey(now), planId], async (version) =>
    getPlanRollup(provinceId, planId, now, await readerFor(scope, version)),
  );
}

/** One province task across the province's communes (null when the plan or the task is not there). */
export function taskRollup(provinceId: string, planId: string, taskId: string, now = new Date(), cache: ReadModelCache = readModels()) {
  const scope = { province: provinceId };
  return cache.read("task-rollup", scope, [localDateKey(now), planId, taskId], async (version) =>
    getTaskRollup(provinceId, planId, taskId, now, await readerFor(scope, version)),
  );
}
