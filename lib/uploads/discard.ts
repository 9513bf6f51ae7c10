// DELETE /api/uploads/<id>: "Bỏ tệp" on a file already uploaded ahead of its form. The row goes in one
// statement that also checks the owner, then the object; so a form that claimed the file first (its
// transaction deletes the row, lib/files/attach.ts) leaves nothing here to delete, and the file stays
// with its record. Freed at once, the file no longer counts against the uploader's quota.
import type { Db } from "../db";
import { removeEvidence } from "../files/storage";
import { isIdShaped } from "../ids";
import { checkCaller } from "./caller";

export type DiscardAnswer = { status: 200 | 401 | 403 | 404; body: { removed: string } | { error: string } };

export async function discardUpload(
  db: Db,
  caller: { id: string; mustChangePassword?: boolean } | null,
  req: Request,
  uploadId: string,
): Promise<DiscardAnswer> {
  const checked = checkCaller(caller, req);
  if (!checked.ok) return { status: checked.status, body: { error: checked.error } };
  const { user } = checked;
  // Someone else's upload and an unknown id get the same answer.
  const gone = isIdShaped(uploadId)
    ? await db.$queryRaw<{ id: string }[]>`DELETE FROM "StagedUpload" WHERE id = ${uploadId} AND "uploadedById" = ${user.id} RETURNING id`
    : [];
  if (!gone.length) return { status: 404, body: { error: "Không tìm thấy tệp (tệp đã được gửi kèm hoặc đã bị bỏ)." } };
  // An object whose removal fails has no row any more: the start-up orphan sweep takes it.
  await removeEvidence([uploadId]).catch(() => undefined);
  return { status: 200, body: { removed: uploadId } };
}
