// GET /communes/{communeId}/plans: the commune's plans, the active ones unless asked otherwise.
import type { Prisma } from "../../generated/prisma/client";
import { z } from "zod";
import { dateOnlyKey } from "../../dates";
import { defineEndpoint } from "../endpoint";
import { keysetArgs, pageQuerySchema, pageSchema, toPage } from "../pagination";
import { communeParams, day, instant } from "./common";

export const planSchema = z
  .object({
    id: z.string(),
    number: z.string().nullable().meta({ description: 'Số, ký hiệu văn bản ("125/KH-UBND").' }),
    title: z.string(),
    issuer: z.string().meta({ description: "Cơ quan ban hành." }),
    issuedDate: day.nullable(),
    periodStart: day.nullable().meta({ description: "Ngày bắt đầu giai đoạn của kế hoạch." }),
    periodEnd: day.nullable(),
    archived: z.boolean().meta({ description: "Kế hoạch đã lưu trữ: không còn tính trong số liệu." }),
    archivedAt: instant.nullable(),
    isProvincePlan: z.boolean().meta({ description: "Kế hoạch của xã nhận nhiệm vụ từ một kế hoạch của tỉnh." }),
    taskCount: z.number().int().meta({ description: "Số nhiệm vụ đang thực hiện (không tính nhiệm vụ đã đóng)." }),
    updatedAt: instant,
  })
  .meta({ id: "Plan" });

const planQuery = pageQuerySchema.extend({
  archived: z
    .enum(["true", "false"], { error: "archived chỉ nhận true hoặc false." })
    .default("false")
    .transform((v) => v === "true")
    .meta({ description: "true: gồm cả kế hoạch đã lưu trữ (mặc định chỉ kế hoạch đang thực hiện)." }),
});

const dayOf = (d: Date | null) => (d ? dateOnlyKey(d) : null);

export const listPlans = defineEndpoint({
  id: "listPlans",
  method: "GET",
  path: "/communes/{communeId}/plans",
  summary: "Danh sách kế hoạch của xã, phường",
  description: "Các kế hoạch của xã, phường theo thứ tự mã (id); mặc định không gồm kế hoạch đã lưu trữ.",
  tag: "Kế hoạch",
  params: communeParams,
  query: planQuery,
  response: pageSchema(planSchema, "PlanPage"),
  csv: {
    fileName: "ke-hoach.csv",
    columns: [
      { header: "Mã", value: (p) => p.id },
      { header: "Số, ký hiệu", value: (p) => p.number },
      { header: "Tên kế hoạch", value: (p) => p.title },
      { header: "Cơ quan ban hành", value: (p) => p.issuer },
      { header: "Ngày ban hành", value: (p) => p.issuedDate },
      { header: "Số nhiệm vụ", value: (p) => p.taskCount },
      { header: "Đã lưu trữ", value: (p) => (p.archived ? "Có" : "Không") },
    ],
  },
  handler: async ({ db, commune, query }) => {
    const communeId = commune!.communeId;
    const rows = await db.plan.findMany({
      ...keysetArgs<Prisma.PlanWhereInput>(query, { communeId }, query.archived ? {} : { archivedAt: null }),
      select: {
        id: true,
        number: true,
        title: true,
        issuer: true,
        issuedDate: true,
        periodStart: true,
        periodEnd: true,
        archivedAt: true,
        updatedAt: true,
        _count: { select: { tasks: { where: { closedKind: null } } } },
      },
    });
    const page = toPage(rows, query.limit);
    // A receipt names the commune plan a province plan's tasks are in (no relation in the schema).
    const receipts = await db.provincePlanReceipt.findMany({
      where: { communeId, planId: { in: page.data.map((p) => p.id) } },
      select: { planId: true },
    });
    const receiving = new Set(receipts.map((r) => r.planId));
    return {
      body: {
        data: page.data.map((p) => ({
          id: p.id,
          number: p.number,
          title: p.title,
          issuer: p.issuer,
          issuedDate: dayOf(p.issuedDate),
          periodStart: dayOf(p.periodStart),
          periodEnd: dayOf(p.periodEnd),
          archived: p.archivedAt !== null,
          archivedAt: p.archivedAt?.toISOString() ?? null,
          isProvincePlan: receiving.has(p.id),
          taskCount: p._count.tasks,
          updatedAt: p.updatedAt.toISOString(),
        })),
        nextCursor: page.nextCursor,
      },
    };
  },
});
