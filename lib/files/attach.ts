// Evidence files of a task update, an extension request, a KPI value, a fault of the daily check or
// an IT incident, inside the action's transaction. A form sends the ids of files uploaded ahead
// (POST /api/uploads: StagedUpload rows, already checked and stored), or, from a browser without
// JavaScript, the files themselves, which take the same stream path into the store. Everything is
// checked and claimed before the record is written; files stored here are removed again if the
// transaction does not commit (claimed uploads then go back to being staged).
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { ActionContext } from "../actions/safe-action";
import { AppError } from "../errors";
import { storeChecked, storedPart, type StoredUpload } from "../uploads/store-checked";
import { MAX_FILES_PER_UPDATE } from "./inspect";
import { removeEvidence } from "./storage";

/** A checked file in the store, about to become an Attachment under the same id. */
export type Evidence = StoredUpload;

/** What a form posts for one record's evidence. */
export type EvidenceInput = { files?: File[]; uploadIds?: string[] };

type Ctx = Pick<ActionContext<unknown>, "tx" | "onRollback" | "user">;

export const STALE_UPLOAD_MESSAGE =
  "Tệp đã tải lên không còn dùng được (đã gửi, đã hết hạn hoặc không phải của bạn). Vui lòng chọn lại tệp.";

/**
 * The record's evidence: the user's staged uploads in this commune are claimed (their rows deleted in
 * this transaction) and the plain files checked and stored. An id that is unknown, another user's or
 * commune's, or already claimed refuses the whole form with a VALIDATION error, as does a refused file.
 */
export async function takeEvidence(ctx: Ctx, communeId: string, input: EvidenceInput, max = MAX_FILES_PER_UPDATE): Promise<Evidence[]> {
  const files = input.files ?? [];
  const uploadIds = input.uploadIds ?? [];
  if (files.length + uploadIds.length > max) {
    throw new AppError("VALIDATION", `Tối đa ${max} tệp cho mỗi lần cập nhật.`, { files: ["Quá nhiều tệp"] });
  }
  const claimed = await claimStaged(ctx, communeId, uploadIds);
  const stored: Evidence[] = [];
  ctx.onRollback(() => removeEvidence(stored.map((f) => f.id)));
  const problems: string[] = [];
  for (const file of files) {
    const result = await storeChecked(file.name, Readable.fromWeb(file.stream() as NodeReadableStream<Uint8Array>));
    if (result.ok) stored.push(storedPart(result));
    else problems.push(result.message);
  }
  if (problems.length) throw new AppError("VALIDATION", problems.join(" "), { files: problems });
  return [...claimed, ...stored];
}

async function claimStaged(ctx: Ctx, communeId: string, ids: string[]): Promise<Evidence[]> {
  if (!ids.length) return [];
  const where = { id: { in: ids }, uploadedById: ctx.user.id, communeId };
  const rows = await ctx.tx.stagedUpload.findMany({
    where,
    select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
  });
  // The delete's count is what holds under concurrency: of two forms claiming one id, one deletes it.
  const deleted = rows.length === ids.length ? (await ctx.tx.stagedUpload.deleteMany({ where })).count : -1;
  if (deleted !== ids.length) throw new AppError("VALIDATION", STALE_UPLOAD_MESSAGE, { files: [STALE_UPLOAD_MESSAGE] });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

/** The Attachment rows of evidence taken by takeEvidence, under the stored files' ids. */
export async function storeAttachments(
  ctx: Pick<ActionContext<unknown>, "tx">,
  files: Evidence[],
  owner: { communeId: string; uploadedById: string } & (
    | { taskId: string; updateId: string }
    | { taskId: string; extensionId: string }
    | { indicatorValueId: string }
    | { checkResultId: string }
    | { incidentId: string }
  ),
) {
  for (const f of files) {
    await ctx.tx.attachment.create({
      data: { id: f.id, ...owner, fileName: f.fileName, mimeType: f.mimeType, size: f.size, sha256: f.sha256 },
    });
  }
  return files.map((f) => f.id);
}
