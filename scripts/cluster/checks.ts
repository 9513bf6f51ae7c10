// Checks a–d of the cluster run: sessions shared by the instances, access control on each, a file
// uploaded on one instance and downloaded from the other and through nginx, a write on one instance
// seen at once on the other. Each prints ✓/✗ (report.ts); none throws on a failed expectation.
import { createHash, randomBytes } from "node:crypto";
import { localDateKey } from "../../lib/dates";
import { routes } from "../../lib/routes";
import { login } from "../bench/login";
import { actionResult, callAction } from "../bench/mutation";
import type { Checks } from "./report";
import { sql, type Work, type World } from "./world";

export type Cluster = { nginx: string; one: string; two: string; dbUrl: string; updateAction: string; password: string };

const sha256 = (b: Buffer | ArrayBuffer) =>
  createHash("sha256")
    .update(Buffer.from(b as ArrayBuffer))
    .digest("hex");

async function get(url: string, cookie?: string) {
  const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, location: res.headers.get("location") ?? "", body };
}

const toLogin = (r: { status: number; location: string }) => r.status >= 300 && r.status < 400 && r.location.includes(routes.login());

/** A progress update through the form's server action, as the browser sends it; its result. */
export async function postUpdate(base: string, c: Cluster, cookie: string, w: Work, fields: Record<string, string>, files: Blob[] = []) {
  const r = await callAction(
    base,
    routes.commune(w.communeId).task(w.taskId),
    c.updateAction,
    cookie,
    {
      communeId: w.communeId,
      taskId: w.taskId,
      version: String(w.version),
      workStatus: "IN_PROGRESS",
      progress: "50",
      result: "",
      difficulties: "",
      proposals: "",
      completedDate: "",
      ...fields,
    },
    files,
  );
  const result = actionResult(r.text);
  const version = typeof result?.data?.version === "number" ? result.data.version : null;
  if (version !== null) w.version = version;
  const fieldErrors = (result as { fieldErrors?: unknown } | null)?.fieldErrors;
  const why = fieldErrors ? ` ${JSON.stringify(fieldErrors)}` : "";
  return { status: r.status, ok: r.status === 200 && result?.ok === true, message: result?.message && result.message + why };
}

/** a. A session made through nginx works on each instance; signing out on one ends it on the other. */
export async function checkSessions(c: Cluster, w: World, t: Checks) {
  console.log("a. Phiên đăng nhập dùng chung giữa các máy chủ");
  const cookie = await login(c.nginx, "chutich.haian", c.password);
  const dashboard = routes.commune(w.haiAn).dashboard();
  for (const [name, base] of [
    ["máy 1", c.one],
    ["máy 2", c.two],
  ] as const) {
    const r = await get(`${base}${dashboard}`, cookie);
    t.expect(r.status === 200, `đăng nhập qua nginx, mở trang chủ xã trên ${name} trực tiếp: HTTP ${r.status}`);
  }
  const csrf = (await (await fetch(`${c.one}${routes.auth("csrf")}`, { headers: { cookie } })).json()) as { csrfToken: string };
  const out = await fetch(`${c.one}${routes.auth("signout")}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, json: "true" }),
  });
  await out.arrayBuffer();
  const after = await get(`${c.two}${dashboard}`, cookie);
  t.expect(toLogin(after), `đăng xuất trên máy 1 → máy 2 từ chối phiên cũ: HTTP ${after.status} ${after.location}`);
}

/** c. A file uploaded on instance 1 reads back byte for byte from instance 2 and through nginx. */
export async function checkUpload(c: Cluster, work: Work, t: Checks): Promise<string | null> {
  console.log("c. Tải tệp minh chứng lên máy 1, tải về qua máy 2 và qua nginx");
  const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n% cụm máy chủ\n"), randomBytes(3 * 1024 * 1024), Buffer.from("\n%%EOF\n")]);
  const cookie = await login(c.nginx, work.username, c.password);
  const r = await postUpdate(c.one, c, cookie, work, { progress: "40", result: "Kiểm tra cụm: tệp minh chứng" }, [
    new Blob([bytes], { type: "application/pdf" }),
  ]);
  if (!t.expect(r.ok, `cập nhật tiến độ kèm tệp 3 MB trên máy 1: HTTP ${r.status}${r.message ? ` (${r.message})` : ""}`)) return null;
  const [row] = await sql<{ id: string }>(
    c.dbUrl,
    `SELECT id FROM "Attachment" WHERE "taskId" = $1 AND size = $2 ORDER BY "createdAt" DESC LIMIT 1`,
    [work.taskId, bytes.length],
  );
  if (!t.expect(!!row, "tệp có bản ghi trong cơ sở dữ liệu")) return null;
  const chair = await login(c.nginx, "chutich.haian", c.password);
  for (const [name, base] of [
    ["máy 2", c.two],
    ["nginx", c.nginx],
  ] as const) {
    const d = await get(`${base}${routes.file(row!.id)}`, chair);
    t.expect(
      d.status === 200 && sha256(d.body) === sha256(bytes),
      `tải về qua ${name}: HTTP ${d.status}, sha256 ${d.status === 200 ? (sha256(d.body) === sha256(bytes) ? "khớp" : "KHÁC") : "—"}`,
    );
  }
  return row!.id;
}

/** b. Tenant and role rules hold on each instance. */
export async function checkAccess(c: Cluster, w: World, fileId: string | null, t: Checks) {
  console.log("b. Phân quyền trên từng máy chủ");
  const own = routes.commune(w.haiAn);
  const [chairThachKhoi, staff] = [
    await login(c.nginx, "chutich.thachkhoi", c.password),
    await login(c.nginx, "vanphong.haian", c.password),
  ];
  for (const [name, base] of [
    ["máy 1", c.one],
    ["máy 2", c.two],
  ] as const) {
    const anon = await get(`${base}${own.dashboard()}`);
    t.expect(toLogin(anon), `${name}: chưa đăng nhập → chuyển tới trang đăng nhập (HTTP ${anon.status})`);
    const other = await get(`${base}${own.dashboard()}`, chairThachKhoi);
    t.expect(other.status === 404, `${name}: chủ tịch Thạch Khôi mở trang xã Hải An → 404 (HTTP ${other.status})`);
    if (fileId) {
      const file = await get(`${base}${routes.file(fileId)}`, chairThachKhoi);
      t.expect(file.status === 404, `${name}: chủ tịch Thạch Khôi tải tệp của Hải An → 404 (HTTP ${file.status})`);
    }
    for (const page of [own.reports(), own.admin.users()]) {
      const r = await get(`${base}${page}`, staff);
      t.expect(r.status === 403 || r.status === 404, `${name}: cán bộ đơn vị mở trang lãnh đạo ${page} → 403/404 (HTTP ${r.status})`);
    }
  }
}

/**
 * The province table on instance 2, whose roll-ups read through DATABASE_REPLICA_URL and the
 * read-replica extension (pointed at the same database: there is no replication on one machine).
 */
export async function checkReplicaPath(c: Cluster, t: Checks) {
  const cookie = await login(c.nginx, "tinh.haiphong", c.password);
  const r = await get(`${c.two}${routes.provinceOverview()}`, cookie);
  t.expect(
    r.status === 200 && r.body.includes("Phường Hải An"),
    `máy 2: bảng các xã của tỉnh, đọc qua DATABASE_REPLICA_URL (HTTP ${r.status})`,
  );
}

/** The "Đã hoàn thành" tile of the commune dashboard, as a number (null when not found). */
function doneTile(html: string): number | null {
  const at = html.indexOf('data-testid="headline-done"');
  if (at < 0) return null;
  const text = html.slice(at, at + 600).replace(/<[^>]+>/g, " ");
  const n = /(\d+)/.exec(text.slice(text.indexOf(">") + 1));
  return n ? Number(n[1]) : null;
}

/** d. A write on instance 1 is on instance 2's dashboard at once. */
export async function checkFreshness(c: Cluster, w: World, work: Work, t: Checks) {
  console.log("d. Ghi trên máy 1, đọc ngay trên máy 2");
  const chair = await login(c.nginx, "chutich.haian", c.password);
  const page = `${c.two}${routes.commune(w.haiAn).dashboard()}`;
  const before = doneTile((await get(page, chair)).body.toString("utf8"));
  const staff = await login(c.nginx, work.username, c.password);
  const r = await postUpdate(c.one, c, staff, work, {
    workStatus: "DONE",
    progress: "100",
    completedDate: localDateKey(new Date()),
    result: "Kiểm tra cụm: hoàn thành",
  });
  if (!t.expect(r.ok, `báo hoàn thành một nhiệm vụ trên máy 1: HTTP ${r.status}${r.message ? ` (${r.message})` : ""}`)) return;
  const after = doneTile((await get(page, chair)).body.toString("utf8"));
  t.expect(before !== null && after === before + 1, `ô "Đã hoàn thành" trên máy 2 ngay sau đó: ${before} → ${after}`);
}
