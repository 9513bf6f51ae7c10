// Evidence files attached to a task update, an extension request, a KPI value, a fault of the daily check or an IT incident, inside the action's transaction: every file is checked
// before anything is written; files written are removed again if the transaction does not commit.
import type { ActionContext } from "../actions/safe-action";
import { AppError } from "../errors";
import { createId } from "../ids";
import { inspectUpload, MAX_FILES_PER_UPDATE } from "./inspect";
import { removeEvidence, sha256, writeEvidence } from "./storage";

export type CheckedFile = { bytes: Buffer; fileName: string; mimeType: string };

export async function checkFiles(files: File[]): Promise<CheckedFile[]> {
  if (files.length > MAX_FILES_PER_UPDATE) {
    throw new AppError("VALIDATION", `Tối đa ${MAX_FILES_PER_UPDATE} tệp cho mỗi lần cập nhật.`, { files: ["Quá nhiều tệp"] });
  }
  const checked: CheckedFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const bytes = Buffer.from(await file.arrayBuffer());
    const result = await inspectUpload(file.name, bytes);
    if (result.ok) checked.push({ bytes, fileName: result.fileName, mimeType: result.mimeType });
    else problems.push(result.message);
  }
  if (problems.length) throw new AppError("VALIDATION", problems.join(" "), { files: problems });
  return checked;
}

export async function storeAttachments(
  ctx: Pick<ActionContext<unknown>, "tx" | "onRollback">,
  files: CheckedFile[],
  owner: { communeId: string; uploadedById: string } & (
    | { taskId: string; updateId: string }
    | { taskId: string; extensionId: string }
    | { indicatorValueId: string }
    | { checkResultId: string }
    | { incidentId: string }
  ),
) {
  const written: string[] = [];
  ctx.onRollback(() => removeEvidence(written));
  for (const f of files) {
    const id = createId();
    await writeEvidence(id, f.bytes);
    written.push(id);
    await ctx.tx.attachment.create({
      data: { id, ...owner, fileName: f.fileName, mimeType: f.mimeType, size: f.bytes.length, sha256: sha256(f.bytes) },
    });
  }
  return written;
}
