// GET /communes/{communeId}/tasks: the commune's tasks with what the portal computes for them (the
// category by the one rule, lead and helping units, the deadline in force, the latest report).
// Filtered in PostgreSQL (the category through its SQL twin, lib/dashboard/sql.ts statusCase) so that
// a page is a page: keyset by id after the filters, never filtered after the cut.
import { z } from "zod";
import { TASK_COLUMNS, statusCase } from "../../dashboard/sql";
import { localDateKey } from "../../dates";
import { Prisma } from "../../generated/prisma/client";
import { isIdShaped } from "../../ids";
import { countedTaskSql } from "../../plans/active";
import { DEADLINE_STATUSES } from "../../tasks/deadline-status";
import { dayKey, exportCellValue, TASK_EXPORT_COLUMNS, taskExportRow } from "../../tasks/export-columns";
import { latestUpdates } from "../../tasks/latest-update";
import { toTaskRow } from "../../tasks/queries";
import { DEADLINE_STATUS_META } from "../../tasks/status-meta";
import { defineEndpoint } from "../endpoint";
import { decodeCursor, pageQuerySchema, pageSchema, toPage } from "../pagination";
import { communeParams, day, instant, unitRefSchema } from "./common";
import { readTaskRows } from "./task-rows";

const idFilter = (name: string) =>
  z
    .string()
    .refine(isIdShaped, { message: `${name} không phải là một mã (id) hợp lệ.` })
    .optional();

const trueFalse = (name: string) =>
  z
    .enum(["true", "false"], { error: `${name} chỉ nhận true hoặc false.` })
    .default("false")
    .transform((v) => v === "true");

export const taskQuery = pageQuerySchema.extend({
  planId: idFilter("planId").meta({ description: "Chỉ nhiệm vụ của kế hoạch này." }),
  status: z
    .enum(DEADLINE_STATUSES, { error: `status chỉ nhận một trong: ${DEADLINE_STATUSES.join(", ")}.` })
    .optional()
    .meta({ description: "Chỉ nhiệm vụ thuộc nhóm tình trạng này (khóa `status.key`)." }),
  leadUnitId: idFilter("leadUnitId").meta({ description: "Chỉ nhiệm vụ do đơn vị này chủ trì (kể cả là thành viên của nhóm chủ trì)." }),
  includeClosed: trueFalse("includeClosed").meta({
    description: "true: gồm cả nhiệm vụ đã đóng (không phát sinh, tỉnh thu hồi) và nhiệm vụ của kế hoạch đã lưu trữ.",
  }),
});

const nameRef = z.object({ id: z.string(), name: z.string() });

export const taskSchema = z
  .object({
    id: z.string(),
    code: z.string().meta({ description: 'Số thứ tự của nhiệm vụ trong kế hoạch ("1.2").' }),
    title: z.string(),
    plan: z.object({ id: z.string(), number: z.string().nullable(), title: z.string() }),
    group: z.object({ code: z.string(), title: z.string() }).nullable().meta({ description: "Nhóm nhiệm vụ của kế hoạch." }),
    status: z
      .object({ key: z.enum(DEADLINE_STATUSES), label: z.string() })
      .meta({ description: "Nhóm tình trạng theo quy tắc của Văn phòng Chính phủ, như cổng thông tin tính." }),
    workStatus: z.enum(["NOT_STARTED", "IN_PROGRESS", "DONE", "PAUSED"]).meta({ description: "Tình trạng đơn vị báo cáo." }),
    progress: z.number().int().meta({ description: "Tiến độ (%)." }),
    leadUnits: z.array(unitRefSchema).meta({ description: "Đơn vị chủ trì (gồm các thành viên của nhóm chủ trì)." }),
    supportUnits: z.array(unitRefSchema).meta({ description: "Đơn vị phối hợp." }),
    supportText: z.string().nullable().meta({ description: 'Lời của kế hoạch về đơn vị phối hợp ("Các đơn vị có liên quan").' }),
    unitGroups: z
      .array(nameRef.extend({ role: z.enum(["LEAD", "SUPPORT"]) }))
      .meta({ description: 'Nhóm đơn vị được giao ("Các phòng chuyên môn"), nếu có.' }),
    leadLabel: z.string().meta({ description: "Cột Chủ trì như cổng hiển thị (nhóm theo tên)." }),
    supportLabel: z.string().meta({ description: "Cột Phối hợp như cổng hiển thị (không gồm supportText)." }),
    deadline: z
      .object({
        kind: z.enum(["FIXED", "RECURRING", "CONDITIONAL", "NONE"]),
        dueDate: day.nullable().meta({ description: "Hạn đang áp dụng (sau gia hạn)." }),
        text: z.string().meta({ description: 'Lời của kế hoạch về thời hạn ("Thường xuyên").' }),
        originalDueDate: day.nullable().meta({ description: "Hạn ban đầu, khi đã được gia hạn." }),
        extensionCount: z.number().int(),
      })
      .meta({ description: "Thời hạn đang áp dụng." }),
    lastUpdate: z
      .object({
        at: instant,
        unitName: z.string().nullable(),
        progress: z.number().int(),
        summary: z.string().meta({ description: "300 ký tự đầu của kết quả báo cáo." }),
      })
      .nullable()
      .meta({ description: "Báo cáo tiến độ gần nhất (không tính báo cáo bị trả lại)." }),
    completedAt: instant.nullable(),
    mandated: z.object({ provinceTaskId: z.string() }).nullable().meta({ description: "Nhiệm vụ tỉnh giao." }),
    closed: z
      .object({ kind: z.enum(["NOT_APPLICABLE", "WITHDRAWN"]), reason: z.string().nullable(), at: instant.nullable() })
      .nullable()
      .meta({ description: "Nhiệm vụ đã đóng: không phát sinh (NOT_APPLICABLE) hoặc tỉnh thu hồi (WITHDRAWN)." }),
    updatedAt: instant,
  })
  .meta({ id: "Task" });

type ApiTask = z.input<typeof taskSchema>;

/** The row of the CSV: the same as a row of the task list's "Xuất Excel" (lib/tasks/export-columns.ts). */
const exportRowOf = (t: ApiTask) =>
  taskExportRow({
    ...t,
    dueDate: t.deadline.dueDate,
    originalDueDate: t.deadline.originalDueDate,
    deadlineText: t.deadline.text,
    status: t.status.key,
    lastSummary: t.lastUpdate?.summary ?? null,
  });

export const listTasks = defineEndpoint({
  id: "listTasks",
  method: "GET",
  path: "/communes/{communeId}/tasks",
  summary: "Danh sách nhiệm vụ của xã, phường",
  description:
    "Nhiệm vụ theo thứ tự mã (id), phân trang bằng con trỏ. Mặc định chỉ nhiệm vụ đang thực hiện (kế hoạch chưa lưu trữ, nhiệm vụ chưa đóng). " +
    "`updatedSince` so với `updatedAt` của nhiệm vụ: báo cáo tiến độ, trả lại báo cáo, gia hạn, giao lại đơn vị đều cập nhật nó; " +
    "đổi tên đơn vị hay kế hoạch thì không.",
  tag: "Nhiệm vụ",
  params: communeParams,
  query: taskQuery,
  response: pageSchema(taskSchema, "TaskPage"),
  csv: {
    fileName: "nhiem-vu.csv",
    columns: TASK_EXPORT_COLUMNS.map((c) => ({ header: c.header, value: (t: ApiTask) => exportCellValue(c, exportRowOf(t), 0) })),
  },
  handler: async ({ db, commune, query, now }) => {
    const communeId = commune!.communeId;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const where = [Prisma.sql`t."communeId" = ${communeId}`];
    if (!query.includeClosed) where.push(countedTaskSql(Prisma.sql`t`));
    if (query.planId) where.push(Prisma.sql`t."planId" = ${query.planId}`);
    if (query.leadUnitId)
      where.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "TaskUnit" tu WHERE tu."taskId" = t.id AND tu."communeId" = ${communeId} AND tu."unitId" = ${query.leadUnitId} AND tu.role = 'LEAD')`,
      );
    if (query.updatedSince) where.push(Prisma.sql`t."updatedAt" >= ${query.updatedSince}`);
    if (query.status) where.push(Prisma.sql`(${statusCase(TASK_COLUMNS, localDateKey(now), now)}) = ${query.status}`);
    if (after) where.push(Prisma.sql`t.id > ${after}`);
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM "Task" t WHERE ${Prisma.join(where, " AND ")} ORDER BY t.id LIMIT ${query.limit + 1}`;
    const page = toPage(ids, query.limit);
    const pageIds = page.data.map((r) => r.id);
    const [rows, latest] = await Promise.all([readTaskRows(db, communeId, pageIds), latestUpdates(db, communeId, pageIds)]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const data = pageIds.flatMap((id): ApiTask[] => {
      const t = byId.get(id);
      if (!t) return []; // deleted between the two reads
      const row = toTaskRow(t, now);
      const last = latest.get(id);
      return [
        {
          id: t.id,
          code: t.code,
          title: t.title,
          plan: t.plan,
          group: t.group,
          status: { key: row.status, label: DEADLINE_STATUS_META[row.status].label },
          workStatus: t.workStatus,
          progress: t.progress,
          leadUnits: row.leadUnits.map((u) => ({ id: u.id, name: u.name })),
          supportUnits: row.supportUnits.map((u) => ({ id: u.id, name: u.name })),
          supportText: t.supportText,
          unitGroups: t.unitGroups.map((g) => ({ id: g.group.id, name: g.group.name, role: g.role })),
          leadLabel: row.leadLabel,
          supportLabel: row.supportLabel,
          deadline: {
            kind: t.deadlineKind,
            dueDate: dayKey(t.dueDate),
            text: t.deadlineText,
            originalDueDate: dayKey(t.originalDueDate),
            extensionCount: t.extensionCount,
          },
          lastUpdate: last ? { at: last.at.toISOString(), unitName: last.unitName, progress: last.progress, summary: last.summary } : null,
          completedAt: t.completedAt?.toISOString() ?? null,
          mandated: t.provinceTaskId ? { provinceTaskId: t.provinceTaskId } : null,
          closed: t.closedKind ? { kind: t.closedKind, reason: t.closedReason, at: t.closedAt?.toISOString() ?? null } : null,
          updatedAt: t.updatedAt.toISOString(),
        },
      ];
    });
    return { body: { data, nextCursor: page.nextCursor } };
  },
});
