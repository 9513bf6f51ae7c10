// POST /api/uploads?communeId=…: evidence files uploaded as soon as they are picked, ahead of the form
// that will use them. The multipart body is parsed by busboy as it arrives and each file goes through
// the stream path (store-checked.ts) into the store; the files become StagedUpload rows (id = object
// key) that the form's action later claims (lib/files/attach.ts). All or nothing per request: a
// refused file, too many files, a client that goes away or a full quota leave no object and no row.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { canUploadEvidence, type Viewer } from "../auth/permissions";
import { loadCommuneScope } from "../communes/scope";
import type { Db } from "../db";
import { MAX_FILE_BYTES, MAX_FILES_PER_UPDATE } from "../files/inspect";
import { removeEvidence } from "../files/storage";
import { isIdShaped } from "../ids";
import { checkCaller } from "./caller";
import { storeChecked, storedPart, type StoredUpload } from "./store-checked";

/** What one user may hold uploaded but not yet attached to a record (swept after STAGED_TTL_MS). */
export const MAX_STAGED_FILES = 50;
export const MAX_STAGED_BYTES = 500 * 1024 * 1024;
/** Room for the multipart framing around MAX_FILES_PER_UPDATE files of the largest size. */
const MAX_BODY_BYTES = MAX_FILES_PER_UPDATE * (MAX_FILE_BYTES + 64 * 1024);

const QUOTA_MESSAGE = `Bạn đã tải lên quá nhiều tệp chưa gửi (tối đa ${MAX_STAGED_FILES} tệp, 500 MB). Hãy gửi hoặc bỏ các tệp đã chọn rồi thử lại.`;

export type UploadAnswer = { status: number; body: { files: Omit<StoredUpload, "sha256">[] } | { error: string; files?: string[] } };

const refuse = (status: number, error: string, files?: string[]): UploadAnswer => ({ status, body: files ? { error, files } : { error } });

export async function receiveUploads(
  db: Db,
  caller: (Viewer & { mustChangePassword?: boolean }) | null,
  req: Request,
): Promise<UploadAnswer> {
  const checked = checkCaller(caller, req);
  if (!checked.ok) return refuse(checked.status, checked.error);
  const { user } = checked;
  const communeId = new URL(req.url).searchParams.get("communeId") ?? "";
  const commune = isIdShaped(communeId) ? await loadCommuneScope(db, communeId) : null;
  if (!commune || !canUploadEvidence(user, commune)) return refuse(404, "Không tìm thấy xã.");
  const contentType = req.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !req.body) return refuse(400, "Yêu cầu tải tệp không hợp lệ.");
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    return refuse(413, `Tối đa ${MAX_FILES_PER_UPDATE} tệp, mỗi tệp không quá 20 MB.`);
  if (await overQuota(db, user.id, 0, 0)) return refuse(429, QUOTA_MESSAGE);

  const parsed = await parseAndStore(req.body, contentType);
  const stored = parsed.results.flatMap((r) => (r.ok ? [storedPart(r)] : []));
  const drop = () => removeEvidence(stored.map((f) => f.id));
  if (parsed.failed) {
    await drop();
    return refuse(400, "Tải tệp lên không thành công (kết nối bị gián đoạn). Vui lòng thử lại.");
  }
  if (parsed.tooMany) {
    await drop();
    return refuse(400, `Tối đa ${MAX_FILES_PER_UPDATE} tệp mỗi lần tải lên.`);
  }
  const problems = parsed.results.flatMap((r) => (r.ok ? [] : [r.message]));
  if (problems.length) {
    await drop();
    return refuse(400, problems.join(" "), problems);
  }
  if (!stored.length) return refuse(400, "Chưa có tệp nào được gửi lên.");

  try {
    const saved = await db.$transaction(async (tx) => {
      // One user's uploads are counted one request at a time, so two at once cannot both pass the cap.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staged-upload:${user.id}`}))`;
      if (await overQuota(tx, user.id, stored.length, sum(stored))) return false;
      await tx.stagedUpload.createMany({
        data: stored.map((f) => ({ ...f, communeId: commune.communeId, uploadedById: user.id })),
      });
      return true;
    });
    if (!saved) {
      await drop();
      return refuse(429, QUOTA_MESSAGE);
    }
  } catch (err) {
    await drop();
    throw err;
  }
  return { status: 200, body: { files: stored.map(({ id, fileName, size, mimeType }) => ({ id, fileName, size, mimeType })) } };
}

const sum = (files: { size: number }[]) => files.reduce((n, f) => n + f.size, 0);

async function overQuota(db: Pick<Db, "stagedUpload">, userId: string, addFiles: number, addBytes: number): Promise<boolean> {
  const held = await db.stagedUpload.aggregate({ where: { uploadedById: userId }, _count: true, _sum: { size: true } });
  return held._count + addFiles > MAX_STAGED_FILES || (held._sum.size ?? 0) + addBytes > MAX_STAGED_BYTES;
}

type Parsed = { results: Awaited<ReturnType<typeof storeChecked>>[]; tooMany: boolean; failed: boolean };

/**
 * Streams the body through busboy; each file part is checked and stored as it arrives. Waits for
 * every file to settle (stored or refused) before answering, so that cleanup sees all of them.
 */
async function parseAndStore(body: ReadableStream<Uint8Array>, contentType: string): Promise<Parsed> {
  const source = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
  const parser = busboy({
    headers: { "content-type": contentType },
    // Browsers send file names as UTF-8 ("biên bản.pdf"); busboy would read them as Latin-1.
    defParamCharset: "utf8",
    // One byte over the limit reaches the checker, which refuses it (busboy alone would truncate).
    limits: { files: MAX_FILES_PER_UPDATE, fileSize: MAX_FILE_BYTES + 1, fields: 5, fieldSize: 1024, parts: MAX_FILES_PER_UPDATE + 5 },
  });
  const pending: Promise<Awaited<ReturnType<typeof storeChecked>>>[] = [];
  let tooMany = false;
  parser.on("file", (_field, stream, info) => {
    const done = storeChecked(info.filename ?? "", stream);
    // A store that fails stops the whole request (busboy would otherwise wait on the unread part).
    done.catch((err: Error) => source.destroy(err));
    pending.push(done);
  });
  parser.on("filesLimit", () => (tooMany = true));
  let failed = false;
  try {
    await pipeline(source, parser);
  } catch {
    failed = true;
  }
  const settled = await Promise.allSettled(pending);
  const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  return { results, tooMany, failed: failed || settled.some((s) => s.status === "rejected") };
}
