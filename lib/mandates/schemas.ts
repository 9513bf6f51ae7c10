// Input of the commune's actions on the tasks its province handed down (lib/mandates/commands.ts).
import { z } from "zod";
import "../validation/messages";
import { checkbox, id, str, version } from "../validation/fields";

export const NOT_APPLICABLE_MIN = 10;
/** One action assigns at most this many tasks (a province plan has a few dozen). */
export const MAX_BULK = 200;

/**
 * Lead (and helping) units for one or many mandated tasks: `versions[i]` is the version of
 * `taskIds[i]` the person saw. With `useProposals`, each task gets its own proposal, computed again on
 * the server (lib/mandates/proposals.ts); otherwise every task gets the units and groups chosen.
 */
export const assignSchema = z
  .object({
    communeId: id,
    taskIds: z.array(id).min(1, "Chọn ít nhất một nhiệm vụ").max(MAX_BULK, `Tối đa ${MAX_BULK} nhiệm vụ một lần`),
    versions: z.array(version).max(MAX_BULK),
    useProposals: checkbox,
    leadUnitIds: z.array(id).max(100).default([]),
    leadGroupIds: z.array(id).max(100).default([]),
    supportUnitIds: z.array(id).max(100).default([]),
    supportGroupIds: z.array(id).max(100).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.versions.length !== v.taskIds.length) ctx.addIssue({ code: "custom", path: ["versions"], message: "Thiếu phiên bản dữ liệu" });
    if (new Set(v.taskIds).size !== v.taskIds.length)
      ctx.addIssue({ code: "custom", path: ["taskIds"], message: "Nhiệm vụ bị chọn trùng" });
    if (!v.useProposals && v.leadUnitIds.length === 0 && v.leadGroupIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["leadUnitIds"], message: "Chọn ít nhất một đơn vị hoặc nhóm đơn vị chủ trì" });
    }
    if (v.supportUnitIds.some((u) => v.leadUnitIds.includes(u))) {
      ctx.addIssue({ code: "custom", path: ["supportUnitIds"], message: "Một đơn vị không thể vừa chủ trì vừa phối hợp" });
    }
  });

export const notApplicableSchema = z.object({
  communeId: id,
  taskId: id,
  version,
  reason: str()
    .trim()
    .min(NOT_APPLICABLE_MIN, `Nêu lý do nhiệm vụ không phát sinh ở xã/phường (ít nhất ${NOT_APPLICABLE_MIN} ký tự); tỉnh sẽ xem lý do này`)
    .max(1000, "Lý do tối đa 1000 ký tự"),
});

export const reopenSchema = z.object({ communeId: id, taskId: id, version });

/** "Đã xem" the changes of the version shown (a newer one applied meanwhile is a conflict). */
export const acknowledgeSchema = z.object({ communeId: id, provincePlanId: id, appliedVersion: version });

export const movePlanSchema = z.object({ communeId: id, provincePlanId: id, targetPlanId: id });
