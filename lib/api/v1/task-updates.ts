// GET /communes/{communeId}/tasks/{taskId}/updates: a task's progress reports and contributions, the
// returned ones marked. Attachments are listed without a link: a file needs a portal session.
import { z } from "zod";
import { ApiError, defineEndpoint } from "../endpoint";
import { keysetArgs, pageQuerySchema, pageSchema, toPage } from "../pagination";
import { communeIdParam, instant, unitRefSchema } from "./common";

export const taskUpdateSchema = z
  .object({
    id: z.string(),
    kind: z
      .enum(["PROGRESS", "CONTRIBUTION"])
      .meta({ description: "PROGRESS: báo cáo tiến độ của đơn vị chủ trì; CONTRIBUTION: ý kiến, kết quả của đơn vị phối hợp." }),
    unit: unitRefSchema.nullable(),
    authorName: z.string(),
    progress: z.number().int().meta({ description: "Tiến độ (%) báo cáo." }),
    workStatus: z.enum(["NOT_STARTED", "IN_PROGRESS", "DONE", "PAUSED"]),
    content: z
      .object({ result: z.string(), difficulties: z.string(), proposals: z.string() })
      .meta({ description: "Kết quả thực hiện; khó khăn, vướng mắc; đề xuất, kiến nghị." }),
    createdAt: instant,
    returned: z
      .object({ at: instant, reason: z.string().nullable() })
      .nullable()
      .meta({ description: "Báo cáo bị Văn phòng trả lại để sửa: thời điểm và lý do." }),
    attachments: z.array(z.object({ fileName: z.string(), size: z.number().int(), mimeType: z.string() })),
  })
  .meta({ id: "TaskUpdate" });

export const listTaskUpdates = defineEndpoint({
  id: "listTaskUpdates",
  method: "GET",
  path: "/communes/{communeId}/tasks/{taskId}/updates",
  summary: "Báo cáo tiến độ của một nhiệm vụ",
  description:
    "Các báo cáo tiến độ và ý kiến phối hợp của nhiệm vụ theo thứ tự mã (id), phân trang bằng con trỏ (không theo thời gian: dùng createdAt để sắp xếp). " +
    "Tệp đính kèm chỉ được liệt kê; tải tệp cần đăng nhập cổng thông tin.",
  tag: "Nhiệm vụ",
  params: z.object({ communeId: communeIdParam, taskId: z.string().meta({ description: "Mã (id) của nhiệm vụ." }) }),
  query: pageQuerySchema.omit({ format: true, updatedSince: true }),
  response: pageSchema(taskUpdateSchema, "TaskUpdatePage"),
  handler: async ({ db, commune, params, query }) => {
    const communeId = commune!.communeId;
    const task = await db.task.findFirst({ where: { id: params.taskId, communeId }, select: { id: true } });
    if (!task) throw new ApiError("not-found", "Không tìm thấy nhiệm vụ này trong xã, phường.");
    const rows = await db.taskUpdate.findMany({
      ...keysetArgs(query, { communeId, taskId: task.id }),
      select: {
        id: true,
        kind: true,
        unit: { select: { id: true, name: true } },
        author: { select: { fullName: true } },
        progress: true,
        workStatus: true,
        result: true,
        difficulties: true,
        proposals: true,
        createdAt: true,
        returnedAt: true,
        returnComment: true,
        attachments: { select: { fileName: true, size: true, mimeType: true }, orderBy: { createdAt: "asc" } },
      },
    });
    const page = toPage(rows, query.limit);
    return {
      body: {
        data: page.data.map((u) => ({
          id: u.id,
          kind: u.kind,
          unit: u.unit,
          authorName: u.author.fullName,
          progress: u.progress,
          workStatus: u.workStatus,
          content: { result: u.result, difficulties: u.difficulties, proposals: u.proposals },
          createdAt: u.createdAt.toISOString(),
          returned: u.returnedAt ? { at: u.returnedAt.toISOString(), reason: u.returnComment } : null,
          attachments: u.attachments,
        })),
        nextCursor: page.nextCursor,
      },
    };
  },
});
