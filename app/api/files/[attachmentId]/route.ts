import { Readable } from "node:stream";
import { routeUser } from "@/lib/auth/session";
import { openEvidence } from "@/lib/files/storage";
import { contentDisposition, findDownloadableAttachment } from "@/lib/files/queries";
import { isIdShaped } from "@/lib/ids";

// Evidence downloads: signed-in users who may see the task only; 404 for everything else, so ids of
// other communes reveal nothing.
export async function GET(_req: Request, ctx: RouteContext<"/api/files/[attachmentId]">) {
  const user = await routeUser();
  if (!user) return Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  const { attachmentId } = await ctx.params;
  const attachment = isIdShaped(attachmentId) ? await findDownloadableAttachment(user, attachmentId) : null;
  if (!attachment) return Response.json({ error: "Không tìm thấy tệp." }, { status: 404 });
  const file = await openEvidence(attachment.id);
  if (!file) {
    console.error(`[files] attachment ${attachment.id} has a row but no file`);
    return Response.json({ error: "Tệp không còn trên máy chủ. Vui lòng báo quản trị hệ thống." }, { status: 410 });
  }
  const stream = Readable.toWeb(file) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(attachment.size),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
