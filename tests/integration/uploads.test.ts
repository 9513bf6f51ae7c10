// POST /api/uploads (lib/uploads/receive.ts) and the claim of its files by a form's action
// (lib/files/attach.ts takeEvidence), against the real database and the local store: refusals leave
// no object and no row, a client that goes away midway neither, and a claimed file is the same bytes.
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { MAX_FILE_BYTES } from "@/lib/files/inspect";
import { MAX_STAGED_FILES, receiveUploads, type UploadAnswer } from "@/lib/uploads/receive";
import { discardUpload } from "@/lib/uploads/discard";
import { removeExpiredUploads, STAGED_TTL_MS } from "@/lib/uploads/sweep";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { EXE, makeDocx, makeZipBombDocx, paddedPdf, PDF, PNG } from "../support/files";
import { lyingSizeBomb } from "../support/hostile-files";
import { storedBytes } from "../support/stored-files";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const EVIDENCE = path.join(mkdtempSync(path.join(tmpdir(), "uploads-route-")), "evidence");
mkdirSync(EVIDENCE, { recursive: true });
process.env.EVIDENCE_DIR = EVIDENCE;

const db = testDb();
const ORIGIN = "http://portal.test";
let haiAn: string;
let thachKhoi: string;
let office: Viewer; // Văn phòng HĐND và UBND, Hải An: leads `taskId`
let center: Viewer; // Trung tâm PVHCC, Hải An
let taskId: string;

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  taskId = (
    await db.task.findFirstOrThrow({
      where: { communeId: haiAn, provinceTaskId: null, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
    })
  ).id;
});
afterAll(() => db.$disconnect());

const form = (...files: [Buffer | Blob, string][]) => {
  const f = new FormData();
  for (const [bytes, name] of files) f.append("files", bytes instanceof Blob ? bytes : new Blob([new Uint8Array(bytes)]), name);
  return f;
};

function upload(
  user: Viewer | null,
  body: BodyInit,
  opts: { communeId?: string; headers?: Record<string, string> } = {},
): Promise<UploadAnswer> {
  const req = new Request(`${ORIGIN}/api/uploads?communeId=${opts.communeId ?? haiAn}`, {
    method: "POST",
    body,
    headers: { origin: ORIGIN, "sec-fetch-site": "same-origin", ...opts.headers },
    duplex: "half",
  } as RequestInit);
  return receiveUploads(db, user, req);
}

const stored = () => readdirSync(EVIDENCE);
const staged = () => db.stagedUpload.count();

async function expectNothingLeft(before: { files: string[]; rows: number }) {
  expect(stored()).toEqual(before.files);
  expect(await staged()).toBe(before.rows);
}
const snapshot = async () => ({ files: stored(), rows: await staged() });

const ids = (answer: UploadAnswer) => ("files" in answer.body && !("error" in answer.body) ? answer.body.files.map((f) => f.id) : []);

describe("POST /api/uploads", () => {
  it("refuses the signed-out (401), other communes (404) and posts from another site (403)", async () => {
    const before = await snapshot();
    expect((await upload(null, form([PDF, "a.pdf"]))).status).toBe(401);
    expect((await upload({ ...office, mustChangePassword: true } as Viewer, form([PDF, "a.pdf"]))).status).toBe(401);
    expect((await upload(office, form([PDF, "a.pdf"]), { communeId: thachKhoi })).status).toBe(404);
    expect((await upload(office, form([PDF, "a.pdf"]), { communeId: "khongtontai123" })).status).toBe(404);
    expect(
      (await upload(office, form([PDF, "a.pdf"]), { headers: { origin: "http://evil.test", "sec-fetch-site": "cross-site" } })).status,
    ).toBe(403);
    expect((await upload(office, form([PDF, "a.pdf"]), { headers: { origin: "http://evil.test" } })).status).toBe(403);
    expect((await upload(office, form([PDF, "a.pdf"]), { headers: { "sec-fetch-site": "same-site" } })).status).toBe(403);
    await expectNothingLeft(before);
  });

  it("stores honest files as staged uploads of the user and commune", async () => {
    const answer = await upload(office, form([PDF, "biên bản.pdf"], [PNG, "ảnh.png"], [await makeDocx(), "báo cáo.docx"]));
    expect(answer.status).toBe(200);
    const files = ids(answer);
    expect(files).toHaveLength(3);
    const rows = await db.stagedUpload.findMany({ where: { id: { in: files } } });
    expect(rows.map((r) => [r.communeId, r.uploadedById])).toEqual(files.map(() => [haiAn, office.id]));
    expect(await storedBytes(files[0]!)).toEqual(PDF);
  });

  it.each([
    ["a file over 20 MB", async () => form([paddedPdf(MAX_FILE_BYTES + 1), "lon.pdf"]), /vượt quá 20 MB/],
    ["a renamed program", async () => form([EXE, "hoa-don.pdf"]), /không khớp với đuôi \.pdf/],
    ["a zip bomb DOCX", async () => form([await makeZipBombDocx(), "bom.docx"]), /bom nén/],
    ["a DOCX whose entries lie about their size", async () => form([lyingSizeBomb("docx"), "doi.docx"]), /bom nén/],
    ["a good file beside a bad one", async () => form([PDF, "tot.pdf"], [EXE, "xau.png"]), /không khớp với đuôi \.png/],
    ["11 files", async () => form(...Array.from({ length: 11 }, (_, i) => [PDF, `t${i}.pdf`] as [Buffer, string])), /Tối đa 10 tệp/],
  ])("refuses %s and leaves nothing in the store or the database", async (_label, body, message) => {
    const before = await snapshot();
    const answer = await upload(office, await body());
    expect(answer.status).toBe(400);
    expect("error" in answer.body && answer.body.error).toMatch(message);
    await expectNothingLeft(before);
  });

  it("leaves nothing when the client goes away midway (after a whole first file)", async () => {
    const before = await snapshot();
    const boundary = "----cds-test-boundary";
    const part = (name: string) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
    const body = new ReadableStream<Uint8Array>({
      async start(c) {
        c.enqueue(part("a.pdf"));
        c.enqueue(PDF);
        c.enqueue(Buffer.from("\r\n"));
        c.enqueue(part("b.pdf"));
        c.enqueue(new Uint8Array(await paddedPdf(2 * 1024 * 1024).arrayBuffer()));
        c.error(new Error("client went away"));
      },
    });
    const answer = await upload(office, body, { headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
    expect(answer.status).toBe(400);
    await expectNothingLeft(before);
  });

  it("caps what one user holds unsent (429) and the day-old sweep removes rows and objects", async () => {
    const held = await db.stagedUpload.count({ where: { uploadedById: center.id } });
    const room = MAX_STAGED_FILES - held;
    for (let sent = 0; sent < room; sent += 10) {
      const n = Math.min(10, room - sent);
      const answer = await upload(center, form(...Array.from({ length: n }, (_, i) => [PDF, `p${i}.pdf`] as [Buffer, string])));
      expect(answer.status).toBe(200);
    }
    const before = await snapshot();
    const full = await upload(center, form([PDF, "them.pdf"]));
    expect(full.status).toBe(429);
    expect("error" in full.body && full.body.error).toMatch(/quá nhiều tệp chưa gửi/);
    await expectNothingLeft(before);

    const mine = await db.stagedUpload.findMany({ where: { uploadedById: center.id }, select: { id: true } });
    expect(await removeExpiredUploads(db, new Date(Date.now() + STAGED_TTL_MS - 60_000))).toBe(0);
    expect(await removeExpiredUploads(db, new Date(Date.now() + STAGED_TTL_MS + 60_000))).toBeGreaterThanOrEqual(mine.length);
    expect(await db.stagedUpload.count({ where: { uploadedById: center.id } })).toBe(0);
    for (const { id } of mine) expect(stored()).not.toContain(id);
  });
});

describe("claiming uploads in a form's action", () => {
  type Result = ActionResult<unknown>;
  const sendUpdate = async (user: Viewer, uploadIds: string[], files: File[] = []) =>
    (await executeAction(
      submitTaskUpdate,
      user,
      {
        communeId: haiAn,
        taskId,
        version: (await db.task.findUniqueOrThrow({ where: { id: taskId } })).version,
        workStatus: "IN_PROGRESS",
        progress: "30",
        result: "Đã triển khai, kèm minh chứng đã tải lên trước.",
        files,
        uploadIds,
      },
      db,
    )) as Result;

  it("attaches the staged files under their ids; the download streams the same bytes; a second claim is refused", async () => {
    const docx = await makeDocx();
    const answer = await upload(office, form([PDF, "bien-ban.pdf"], [docx, "bao-cao.docx"]));
    const [pdfId, docxId] = ids(answer) as [string, string];
    const res = await sendUpdate(office, [pdfId, docxId], [new File([new Uint8Array(PNG)], "anh.png")]);
    expect(res.ok).toBe(true);
    const attachments = await db.attachment.findMany({ where: { id: { in: [pdfId, docxId] } } });
    expect(attachments.map((a) => [a.fileName, a.uploadedById, a.taskId]).sort()).toEqual(
      [
        ["bao-cao.docx", office.id, taskId],
        ["bien-ban.pdf", office.id, taskId],
      ].sort(),
    );
    expect(await db.stagedUpload.count({ where: { id: { in: [pdfId, docxId] } } })).toBe(0);
    expect(await storedBytes(docxId)).toEqual(docx);
    // The plain file of a browser without JavaScript took the same path into the store.
    const png = await db.attachment.findFirstOrThrow({ where: { fileName: "anh.png", taskId } });
    expect(await storedBytes(png.id)).toEqual(PNG);

    const again = await sendUpdate(office, [pdfId]);
    expect(again).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("refuses another user's upload, an unknown id and a duplicate, writing nothing", async () => {
    const theirs = ids(await upload(center, form([PDF, "cua-trung-tam.pdf"])));
    const mine = ids(await upload(office, form([PDF, "cua-van-phong.pdf"])));
    const updates = await db.taskUpdate.count({ where: { taskId } });
    for (const attempt of [[...mine, ...theirs], ["0123456789abcdef0123456789abcdef"], [mine[0]!, mine[0]!]]) {
      const res = await sendUpdate(office, attempt);
      expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(JSON.stringify(res)).toMatch(/không còn dùng được/);
    }
    expect(await db.taskUpdate.count({ where: { taskId } })).toBe(updates);
    // Still staged, still the owners' to use.
    expect(await db.stagedUpload.count({ where: { id: { in: [...mine, ...theirs] } } })).toBe(2);
  });

  it("refuses two forms claiming the same upload at once: one wins", async () => {
    const [one] = ids(await upload(office, form([PDF, "mot.pdf"])));
    const results = await Promise.all([sendUpdate(office, [one!]), sendUpdate(office, [one!])]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.attachment.count({ where: { id: one! } })).toBe(1);
  });
});

describe("DELETE /api/uploads/<id> (Bỏ tệp)", () => {
  const discard = (
    user: Viewer | null,
    id: string,
    headers: Record<string, string> = { origin: ORIGIN, "sec-fetch-site": "same-origin" },
  ) => discardUpload(db, user, new Request(`${ORIGIN}/api/uploads/${id}`, { method: "DELETE", headers }), id);

  it("frees the user's own upload at once: row and object gone, room back under the quota", async () => {
    const [id] = ids(await upload(office, form([PDF, "nham-tep.pdf"])));
    const held = await db.stagedUpload.count({ where: { uploadedById: office.id } });
    expect(stored()).toContain(id);
    expect(await discard(office, id!)).toEqual({ status: 200, body: { removed: id } });
    expect(await db.stagedUpload.count({ where: { uploadedById: office.id } })).toBe(held - 1);
    expect(stored()).not.toContain(id);
    // Gone: a second "Bỏ tệp", or the form sending it after all, finds nothing.
    expect((await discard(office, id!)).status).toBe(404);
  });

  it("refuses the signed-out (401), another site (403), someone else's upload and odd ids (404), changing nothing", async () => {
    const [theirs] = ids(await upload(center, form([PDF, "cua-trung-tam.pdf"])));
    const before = await snapshot();
    expect((await discard(null, theirs!)).status).toBe(401);
    expect((await discard({ ...office, mustChangePassword: true } as Viewer, theirs!)).status).toBe(401);
    expect((await discard(center, theirs!, { origin: "http://evil.test", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await discard(center, theirs!, {})).status).toBe(403);
    expect((await discard(office, theirs!)).status).toBe(404);
    for (const odd of ["", "../etc/passwd", "x\u0000y", "A".repeat(65)]) expect((await discard(center, odd)).status).toBe(404);
    await expectNothingLeft(before);
    expect((await discard(center, theirs!)).status).toBe(200);
  });

  it("never takes a file a form has claimed: claim and discard at once leave it attached or gone, never half", async () => {
    for (let round = 0; round < 5; round++) {
      const [id] = ids(await upload(office, form([PDF, `dua-${round}.pdf`])));
      const [claim, dropped] = await Promise.all([
        executeAction(
          submitTaskUpdate,
          office,
          {
            communeId: haiAn,
            taskId,
            version: (await db.task.findUniqueOrThrow({ where: { id: taskId } })).version,
            workStatus: "IN_PROGRESS",
            progress: "35",
            result: "Gửi cùng lúc với Bỏ tệp.",
            files: [],
            uploadIds: [id!],
          },
          db,
        ),
        discard(office, id!),
      ]);
      const attached = await db.attachment.count({ where: { id: id! } });
      // Exactly one of them had the file; an attached file keeps its bytes in the store.
      expect((claim as { ok: boolean }).ok ? 1 : 0).toBe(attached);
      expect(dropped.status === 200 ? 1 : 0).toBe(1 - attached);
      expect(stored().includes(id!)).toBe(attached === 1);
      expect(await db.stagedUpload.count({ where: { id: id! } })).toBe(0);
    }
  });
});
