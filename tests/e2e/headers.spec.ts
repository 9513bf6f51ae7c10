// Security headers and error content on the responses the access matrix does not make: static
// files, redirects, unknown pages, next-auth's endpoints, malformed server-action posts, route
// handlers and pages with broken parameters, other methods. Every one must carry the headers of
// next.config.mjs, and none may hold a stack trace, a server path, a secret, Prisma's or SQL's text.
// (Every response of the matrix itself is checked the same way in access-matrix.spec.ts.)
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Db } from "@/lib/db";
import { closeContexts, fetchPage, idOf, openContexts, path, postAction, responseProblems, type Contexts, type Got } from "./matrix-http";
import { openDb } from "./matrix-world";

const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

let http: Contexts;
let db: Db;
/** Real ids of Phường Hải An's rows, for requests that are broken in one parameter only. */
let own: { communeId: string; reportId: string | null; draftId: string | null; attachmentId: string | null };

test.beforeAll(async ({ playwright }) => {
  http = await openContexts(playwright, BASE_URL);
  db = openDb();
  const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An", kind: { in: ["COMMUNE", "WARD"] } } });
  const report = await db.report.findFirst({ where: { communeId: commune.id, status: "FINAL" }, select: { id: true } });
  const draft = await db.report.findFirst({ where: { communeId: commune.id, status: "DRAFT" }, select: { id: true } });
  const attachment = await db.attachment.findFirst({ where: { communeId: commune.id }, select: { id: true } });
  own = { communeId: commune.id, reportId: report?.id ?? null, draftId: draft?.id ?? null, attachmentId: attachment?.id ?? null };
});

test.afterAll(async () => {
  await closeContexts(http);
  await db?.$disconnect();
});

async function send(
  ctx: APIRequestContext,
  method: string,
  url: string,
  init: Parameters<APIRequestContext["fetch"]>[1] = {},
): Promise<Got> {
  const res = await ctx.fetch(url, { method, maxRedirects: 0, ...init });
  return { url: res.url(), method, status: res.status(), headers: res.headers(), body: await res.text() };
}

/** Problems of each response, plus a 5xx where the request was only unusual (those must be handled). */
function problems(responses: Got[], allow5xx = false): string[] {
  return responses.flatMap((g) => [
    ...responseProblems(g),
    ...(!allow5xx && g.status >= 500 ? [`${g.method} ${path(g.url)} → ${g.status}: server error`] : []),
  ]);
}

test("tệp tĩnh, chuyển hướng, trang không tồn tại: đủ tiêu đề bảo mật", async () => {
  const anon = http.anon;
  const login = await fetchPage(anon, "/login");
  const asset = login.body.match(/\/_next\/static\/[^"' ]+\.js/)?.[0];
  expect(asset, "a script of the login page").toBeTruthy();
  const css = login.body.match(/\/_next\/static\/[^"' ]+\.css/)?.[0];
  const responses = [
    login,
    await fetchPage(anon, asset!),
    ...(css ? [await fetchPage(anon, css)] : []),
    await fetchPage(anon, "/_next/static/chunks/khong-co.js"),
    await fetchPage(anon, "/icon.svg"),
    await fetchPage(anon, "/favicon.ico"),
    await fetchPage(anon, "/"),
    await fetchPage(anon, "/c/khong-co"),
    await fetchPage(anon, "/trang-khong-ton-tai"),
    await fetchPage(http.coordinator, "/trang-khong-ton-tai"),
    await fetchPage(http.coordinator, "/"),
    await fetchPage(http.coordinator, "/login"),
    await send(anon, "HEAD", "/login"),
    await send(anon, "OPTIONS", "/"),
    // The router's own requests: flight data of a page, a prefetch.
    await send(http.coordinator, "GET", `/c/${own.communeId}/nhiem-vu`, { headers: { RSC: "1" } }),
    await send(http.coordinator, "GET", `/c/${own.communeId}/ke-hoach`, { headers: { RSC: "1", "Next-Router-Prefetch": "1" } }),
  ];
  expect(responses.find((r) => r.url.endsWith("/icon.svg"))?.status).toBe(200);
  expect(responses.find((r) => r.url.endsWith("/trang-khong-ton-tai"))?.status).toBe(404);
  expect(problems(responses)).toEqual([]);
});

test("các địa chỉ của next-auth: đủ tiêu đề, không lộ lỗi", async () => {
  const anon = http.anon;
  const responses = [
    await fetchPage(anon, "/api/auth/csrf"),
    await fetchPage(anon, "/api/auth/providers"),
    await fetchPage(anon, "/api/auth/session"),
    await fetchPage(http.chair, "/api/auth/session"),
    await fetchPage(anon, "/api/auth/signin"),
    await fetchPage(anon, "/api/auth/signin/credentials"),
    await fetchPage(anon, "/api/auth/error?error=Configuration"),
    await fetchPage(anon, "/api/auth/khong-co"),
    await fetchPage(anon, "/api/auth/callback/khong-co"),
    // Without the CSRF token nothing is checked, no attempt is counted: back to the login page.
    await send(anon, "POST", "/api/auth/callback/credentials", { form: { username: "admin", password: "sai" } }),
    await send(anon, "POST", "/api/auth/signout", { form: {} }),
    await send(anon, "POST", "/api/auth/session", { data: "{" }),
    await send(anon, "DELETE", "/api/auth/session"),
  ];
  expect(problems(responses)).toEqual([]);
});

test("server action hỏng (mã lạ, thân rác, sai kiểu): đủ tiêu đề, không lộ lỗi", async () => {
  const real = await idOf("lib/tasks/actions.ts", "submitTaskUpdateAction");
  const page = `/c/${own.communeId}/nhiem-vu`;
  const as = http.coordinator;
  const action = (id: string, init: Parameters<APIRequestContext["fetch"]>[1]) =>
    send(as, "POST", page, { ...init, headers: { accept: "text/x-component", "next-action": id, ...(init?.headers ?? {}) } });
  const responses = [
    await action("7f".padEnd(42, "0"), { data: '[null,"$K1"]', headers: { "content-type": "text/plain;charset=UTF-8" } }),
    await action("khong-phai-ma", { data: "x" }),
    await action(real, { data: "}{ không phải React", headers: { "content-type": "text/plain;charset=UTF-8" } }),
    await action(real, { data: '["$@1", {"a":', headers: { "content-type": "text/plain;charset=UTF-8" } }),
    await action(real, { multipart: { "0": "[", "1_x": "rác" } }),
    await action(real, { data: Buffer.from([0xff, 0xfe, 0x00, 0x01]), headers: { "content-type": "multipart/form-data; boundary=xyz" } }),
    // Decoded fine, but the form is not a form: the action itself throws.
    await action(real, { data: JSON.stringify([null, "không phải form"]), headers: { "content-type": "text/plain;charset=UTF-8" } }),
    await postAction(as, page, real, { communeId: own.communeId, taskId: "x".repeat(5000) }),
    await send(http.anon, "POST", "/login", { headers: { "next-action": real }, data: "[]" }),
  ];
  // A malformed action may fail (4xx or 5xx): what matters is what the answer carries.
  expect(problems(responses, true)).toEqual([]);
});

test("route handler và trang với tham số hỏng: đủ tiêu đề, không lỗi máy chủ, không lộ lỗi", async () => {
  const as = http.coordinator;
  const c = `/c/${own.communeId}`;
  const long = "a".repeat(3000);
  const urls = [
    "/api/files/x",
    "/api/files/" + "0".repeat(32),
    "/api/files/..%2F..%2F..%2Fetc%2Fpasswd",
    "/api/files/%00",
    `/api/files/${long}`,
    `/api/files/'%20OR%201=1--`,
    `${c}/chi-tieu/mau`,
    `${c}/chi-tieu/mau?plan=${long}`,
    `${c}/chi-tieu/mau?plan=%27%3B%20DROP%20TABLE%20%22Plan%22%3B--`,
    "/c/khong-co/chi-tieu/mau?plan=x",
    `${c}/bao-cao/${own.reportId ?? "khong-co"}/tep/pdf`,
    `${c}/bao-cao/${own.reportId ?? "khong-co"}/tep/%2e%2e`,
    `${c}/bao-cao/khong-co/tep/docx`,
    `${c}/bao-cao/${own.reportId ?? "khong-co"}/tep/toString`,
    `${c}/bao-cao/${own.draftId ?? "khong-co"}/tep/toString`,
    `${c}/bao-cao/${own.draftId ?? "khong-co"}/tep/__proto__`,
    `/c/${long}/bao-cao/x/tep/xlsx`,
    `${c}/nhiem-vu/khong-co`,
    `${c}/nhiem-vu/%00`,
    `${c}/chi-tieu?ke-hoach=${long}&don-vi=%00&tinh-trang=x`,
    `${c}?ky=W-9999-99-99&ke-hoach=x&nhom=${long}`,
    `${c}?ky=2025-W99`,
    `${c}/nhiem-vu?trang-thai=x&loc=y&hoan-thanh=2025-W99&q=${long}`,
    `${c}/bao-cao?ke-hoach=x&ky=M-2025-13&loai=x`,
    `${c}/quan-tri/nhat-ky?trang=-1&tu=x&den=2025-1-1&hanh-dong=${long}`,
    // A NUL byte, which PostgreSQL refuses in any text: every id taken from a URL.
    "/c/%00/nhiem-vu",
    `${c}/ke-hoach/%00`,
    `${c}/chi-tieu/%00`,
    `${c}/bao-cao/%00`,
    `${c}/bao-cao/%00/tep/docx`,
    `${c}/quan-tri/don-vi/%00`,
    `${c}/quan-tri/nguoi-dung/%00`,
    `${c}/ke-hoach/nhap/%00`,
    `${c}/chi-tieu/mau?plan=%00`,
    `${c}/nhiem-vu?ke-hoach=%00&don-vi=%00&nhom=%00`,
    `${c}/bao-cao?ke-hoach=%00`,
    `${c}/quan-tri/nhat-ky?trang=99999999999`,
    `${c}/chi-tieu/moi?plan=${long}`,
    "/xa-phuong?sap-xep=x&chieu=y&tinh=%00&q=" + long,
    // A trailing slash, and a "/.." that URL parsing turns into one.
    `${c}/nhiem-vu/`,
    "/login/",
    "/api/auth/session/",
    `/api/files/${own.attachmentId ?? "x"}/`,
    `${c}/bao-cao/${own.reportId ?? "khong-co"}/tep/%2e%2e`,
  ];
  const responses: Got[] = [];
  for (const url of urls) responses.push(await fetchPage(as, url));
  if (own.attachmentId) {
    responses.push(await send(as, "PUT", `/api/files/${own.attachmentId}`, { data: "x" }));
    responses.push(await send(as, "DELETE", `/api/files/${own.attachmentId}`));
  }
  responses.push(await send(as, "POST", `${c}/chi-tieu/mau`, { data: "x" }));
  responses.push(await send(http.anon, "GET", `${c}/chi-tieu/mau?plan=x`));
  expect(problems(responses)).toEqual([]);
});

test("bộ lọc với ngày không có thật hoặc ký tự NUL không gây lỗi máy chủ", async () => {
  // Found by this spec: the audit log's days were checked by shape only ("2025-13-45" reached Prisma
  // as an invalid date) and NUL bytes in filters reached PostgreSQL, which refuses them: both 500.
  const c = `/c/${own.communeId}`;
  const responses = [
    await fetchPage(http.coordinator, `${c}/quan-tri/nhat-ky?tu=2025-13-45&den=2025-02-30`),
    await fetchPage(http.coordinator, `${c}/quan-tri/nhat-ky?nguoi=%00`),
    await fetchPage(http.coordinator, `${c}?ke-hoach=%00&don-vi=%00`),
    await fetchPage(http.coordinator, `${c}/nhiem-vu?q=%00&don-vi=%00`),
  ];
  expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  expect(problems(responses)).toEqual([]);
});

// A known defect, kept visible: the test fails today and starts passing when the defect is fixed,
// which Playwright then reports, so that the marker is removed.
test.describe("lỗi đã biết", () => {
  test.fail(true, "see the comment of the test");

  test("đường dẫn mã hóa hỏng vẫn có đủ tiêu đề bảo mật", async () => {
    // Next's router-server answers a DecodeError by rendering "/400", which the App Router does not
    // have: a plain-text 500 "Internal Server Error" leaves without any of the headers. Nothing in
    // next.config.mjs or proxy.ts reaches that path; it needs a fix in Next or a reverse proxy in
    // front of `next start`. The body holds no detail.
    const g = await fetchPage(http.anon, "/c/%E0%A4%A/nhiem-vu");
    expect(problems([g])).toEqual([]);
  });
});
