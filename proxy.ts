// While PostgreSQL is unreachable every page, download and API call answers a short 503 ("service
// temporarily unavailable") at once, instead of each request waiting on the pool and ending in an
// error page. Server actions pass through: their own error mapping returns a failure result that
// the form shows next to the user's unsaved input (an HTML 503 would break the action protocol).
//
// Every server action of this app takes a FormData, which React posts as multipart/form-data. A
// server-action post with any other body is not one of ours (Next.js answered it with a 500 from
// its decoder, or from the action reading a string as a form): refused here with a bare 400.
import { NextResponse, type NextRequest } from "next/server";
import { databaseIsDown } from "./lib/db-health";

const RETRY_AFTER_SECONDS = "10";
const MESSAGE = "Hệ thống tạm thời gián đoạn do mất kết nối cơ sở dữ liệu. Vui lòng thử lại sau ít phút.";

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Tạm thời gián đoạn</title>
<style>body{font-family:system-ui,sans-serif;color:#1e293b;max-width:32rem;margin:15vh auto;padding:0 1rem;text-align:center}
h1{font-size:1.25rem}p{color:#475569}</style></head>
<body><main><h1>Dịch vụ tạm thời gián đoạn</h1><p>${MESSAGE}</p>
<p>Trang sẽ tự tải lại sau ${RETRY_AFTER_SECONDS} giây. Dữ liệu đã lưu trước đó không bị ảnh hưởng.</p></main></body></html>`;

function wantsJson(request: NextRequest): boolean {
  return request.nextUrl.pathname.startsWith("/api/") || (request.headers.get("accept") ?? "").includes("application/json");
}

const isServerAction = (request: NextRequest) => request.headers.has("next-action");
const isFormData = (request: NextRequest) => (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

export async function proxy(request: NextRequest) {
  if (isServerAction(request) && !isFormData(request)) return new NextResponse(null, { status: 400 });
  const url = process.env.DATABASE_URL;
  if (!url || !(await databaseIsDown(url))) return NextResponse.next();

  const headers = { "Retry-After": RETRY_AFTER_SECONDS, "Cache-Control": "no-store" };
  if (wantsJson(request)) return NextResponse.json({ ok: false, code: "UNAVAILABLE", message: MESSAGE }, { status: 503, headers });
  return new NextResponse(PAGE, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

export const config = {
  matcher: [
    {
      // Static files need no database; everything else (pages, route handlers, /api/*) does, except
      // the health checks: liveness must answer while the database is down, and readiness says
      // itself which dependency failed (a proxy or orchestrator reads its body). Uploads skip the
      // proxy like server actions: it would buffer their bodies (lib/uploads streams them).
      source: "/((?!_next/static|_next/image|icon.svg|favicon.ico|api/health|api/ready|api/uploads).*)",
      // Server actions skip the proxy altogether (see the top): a proxy would also buffer their
      // bodies and cut them at its 10 MB limit, truncating evidence uploads.
      missing: [{ type: "header", key: "next-action" }],
    },
    {
      // Server-action posts that are not multipart: refused above, no body to buffer.
      source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)",
      has: [{ type: "header", key: "next-action" }],
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
