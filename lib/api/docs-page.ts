// The API's reference page (/api/v1/docs): openapi.json as one self-contained HTML page, in
// Vietnamese. No script, no CDN, no external asset (the CSP allows inline styles only); every text
// of the document is HTML-escaped. A pure function of the document, so the page cannot drift from it.

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Content = Record<string, { schema?: Schema }>;
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Content };
  responses?: Record<string, { description?: string; content?: Content }>;
};
export type OpenApiDoc = {
  info: { title: string; version: string; description?: string };
  components?: { schemas?: Record<string, Schema> };
  paths?: Record<string, Record<string, Operation>>;
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML (element content and quoted attributes). */
export const esc = (text: unknown) => String(text ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A description: escaped, and its `code` spans (the descriptions' only markup) set as code. */
const prose = (text: unknown) => esc(text).replace(/`([^`]+)`/g, "<code>$1</code>");

const API_BASE = "/api/v1";

function resolve(doc: OpenApiDoc, s: Schema | undefined): Schema {
  if (!s) return {};
  if (s.$ref) {
    const name = s.$ref.split("/").pop()!;
    return { ...doc.components?.schemas?.[name], description: s.description ?? doc.components?.schemas?.[name]?.description };
  }
  return s;
}

const refName = (s: Schema | undefined) => s?.$ref?.split("/").pop();

/** "string (date-time)", "integer 1..200", "xa | phuong", "Task[]", "string | null". */
function typeOf(doc: OpenApiDoc, raw: Schema | undefined): string {
  if (!raw) return "";
  if (raw.$ref) return refName(raw)!;
  const s = raw;
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.anyOf || s.oneOf) return (s.anyOf ?? s.oneOf)!.map((x) => typeOf(doc, x)).join(" | ");
  if (s.allOf) return s.allOf.map((x) => typeOf(doc, x)).join(" & ");
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const main = types.map((t) => (t === "array" ? `${typeOf(doc, s.items) || "giá trị"}[]` : t)).join(" | ");
  const range = s.minimum !== undefined || s.maximum !== undefined ? ` ${s.minimum ?? ""}..${s.maximum ?? ""}` : "";
  return `${main}${s.format ? ` (${s.format})` : ""}${range}`;
}

/** The fields of an object schema as nested lists (through $ref, arrays of objects, at most 4 levels). */
function fields(doc: OpenApiDoc, raw: Schema | undefined, depth = 0, seen: string[] = []): string {
  const s = resolve(doc, raw);
  const name = refName(raw);
  if (depth > 4 || (name && seen.includes(name))) return "";
  const trail = name ? [...seen, name] : seen;
  const inner = s.type === "array" || (Array.isArray(s.type) && s.type.includes("array")) ? resolve(doc, s.items) : s;
  const props = Object.entries(inner.properties ?? {});
  if (!props.length) return "";
  const required = new Set(inner.required ?? []);
  const items = props.map(([key, prop]) => {
    const p = resolve(doc, prop);
    const child = p.properties || p.items ? fields(doc, prop.$ref ? prop : (p.items ?? p), depth + 1, trail) : "";
    return `<li><code>${esc(key)}</code> <span class="t">${esc(typeOf(doc, prop))}</span>${required.has(key) ? "" : ' <span class="o">không bắt buộc</span>'}${
      p.description ? ` — ${prose(p.description)}` : ""
    }${child}</li>`;
  });
  return `<ul class="f">${items.join("")}</ul>`;
}

function parametersTable(doc: OpenApiDoc, params: Parameter[]): string {
  if (!params.length) return "";
  const IN: Record<string, string> = { path: "đường dẫn", query: "truy vấn", header: "tiêu đề" };
  const rows = params.map(
    (p) =>
      `<tr><td><code>${esc(p.name)}</code></td><td>${esc(IN[p.in] ?? p.in)}</td><td>${p.required ? "có" : "không"}</td><td>${esc(
        typeOf(doc, p.schema),
      )}${p.schema?.default !== undefined ? ` (mặc định ${esc(JSON.stringify(p.schema.default))})` : ""}</td><td>${prose(p.description ?? resolve(doc, p.schema).description ?? "")}</td></tr>`,
  );
  return `<h4>Tham số</h4><div class="scroll"><table><thead><tr><th>Tên</th><th>Vị trí</th><th>Bắt buộc</th><th>Kiểu</th><th>Mô tả</th></tr></thead><tbody>${rows.join(
    "",
  )}</tbody></table></div>`;
}

function curlOf(method: string, path: string, op: Operation): string {
  const url = `https://cong.example.gov.vn${API_BASE}${path.replace(/\{(\w+)\}/g, (_m, n: string) => `<${n}>`)}`;
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} -H "Authorization: Bearer $TOKEN"`];
  if (op.requestBody) lines.push(`  -H "Content-Type: application/json" -d @du-lieu.json`);
  lines.push(`  "${url}"`);
  return lines.join(" \\\n");
}

function operation(doc: OpenApiDoc, path: string, method: string, op: Operation): string {
  const id = op.operationId ?? `${method}-${path}`;
  const body = op.requestBody?.content?.["application/json"]?.schema;
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => {
    const types = Object.keys(r.content ?? {});
    const json = r.content?.["application/json"]?.schema;
    return `<li><b>${esc(status)}</b> ${esc(r.description ?? "")}${types.length ? ` <span class="t">${esc(types.join(", "))}</span>` : ""}${
      json ? fields(doc, json) : ""
    }</li>`;
  });
  return `<section class="op" id="${esc(id)}">
<h3><span class="m m-${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(API_BASE + path)}</code></h3>
<p class="sum"><b>${esc(op.summary ?? "")}</b> <span class="id">(${esc(id)})</span></p>
${op.description ? `<p>${prose(op.description)}</p>` : ""}
${parametersTable(doc, op.parameters ?? [])}
${body ? `<h4>Nội dung gửi lên (application/json)</h4>${fields(doc, body)}` : ""}
<h4>Kết quả</h4><ul class="r">${responses.join("")}</ul>
<h4>Ví dụ</h4><pre>${esc(curlOf(method, path, op))}</pre>
</section>`;
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#0f172a;background:#f8fafc;line-height:1.5}
main{max-width:960px;margin:0 auto;padding:16px}h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #cbd5e1}
h3{font-size:1.05rem;margin:0 0 4px;word-break:break-all}h4{margin:12px 0 4px;font-size:.95rem}
.op{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 16px;margin:12px 0}
.m{display:inline-block;min-width:3.5em;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:2px 6px}
.m-get{background:#0369a1}.m-post{background:#15803d}.t{color:#475569;font-family:ui-monospace,monospace;font-size:.85em}
.o{color:#64748b;font-size:.8em}.id{color:#64748b;font-size:.85em}
pre{background:#0f172a;color:#e2e8f0;padding:10px;border-radius:6px;overflow-x:auto;font-size:.85rem}
code{font-family:ui-monospace,monospace}.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #e2e8f0;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f1f5f9}
ul.f{margin:2px 0 2px 0;padding-left:1.2em}nav a{margin-right:12px}a{color:#0369a1}`;

function intro(): string {
  return `<h2 id="bat-dau">Bắt đầu</h2>
<p>Mỗi yêu cầu cần một <b>khóa kết nối</b>. Quản trị hệ thống, hoặc văn phòng (bộ phận thường trực) của xã, phường, tạo khóa tại <b>Quản trị → Kết nối hệ thống</b>; người vận hành máy chủ có thể tạo bằng lệnh <code>npm run api:token -- --user &lt;tên đăng nhập&gt; --name &lt;tên&gt; [--scope read|indicators:write] [--expires 2027-12-31]</code>. Khóa chỉ hiển thị một lần. Khóa hành động với quyền của tài khoản sở hữu: khóa của tài khoản xã chỉ thấy xã đó, khóa của tài khoản tỉnh thấy các xã của tỉnh, khóa của quản trị thấy tất cả.</p>
<pre>curl -H "Authorization: Bearer $TOKEN" https://cong.example.gov.vn${API_BASE}/communes</pre>
<h3>Lỗi</h3>
<p>Lỗi trả về dạng <code>application/problem+json</code> (RFC 9457) với <code>title</code>, <code>detail</code> bằng tiếng Việt và <code>errors[]</code> (trường nào sai, vì sao) khi dữ liệu không hợp lệ. 401: thiếu khóa, khóa sai, đã thu hồi hoặc hết hạn; 403: khóa chỉ đọc nhưng thao tác cần quyền <code>indicators:write</code>; 404: không tồn tại hoặc nằm ngoài phạm vi của khóa (không bao giờ 403, để không lộ sự tồn tại); 422: dữ liệu gửi lên không hợp lệ; 429: vượt giới hạn số yêu cầu mỗi phút của khóa (mặc định 600), chờ số giây trong tiêu đề <code>Retry-After</code>.</p>
<h3>Phân trang, lọc theo thời điểm thay đổi</h3>
<p>Các danh sách trả về <code>{"data": [...], "nextCursor": "..."}</code>. Gửi lại với <code>?cursor=&lt;nextCursor&gt;</code> để lấy trang sau, đến khi <code>nextCursor</code> là <code>null</code>. <code>limit</code> từ 1 đến 200 (mặc định 50). <code>updatedSince</code> (ISO 8601, ví dụ <code>2026-11-30T00:00:00+07:00</code>) chỉ trả về các dòng thay đổi từ thời điểm đó.</p>
<h3>ETag, CSV</h3>
<p>Mỗi kết quả GET có tiêu đề <code>ETag</code>; gửi lại nó trong <code>If-None-Match</code> để nhận 304 (không đổi, không có nội dung). <code>?format=csv</code> trả các danh sách dưới dạng CSV (UTF-8), cùng các cột như tệp Excel xuất từ cổng; trang sau nằm trong tiêu đề <code>X-Next-Cursor</code>.</p>`;
}

/** The whole page. */
export function renderDocsPage(doc: OpenApiDoc): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "Khác";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(doc, path, method, op)]);
    }
  }
  const tags = [...byTag.keys()];
  const anchor = (i: number) => `nhom-${i + 1}`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${esc(doc.info.title)}</h1>
<p>Phiên bản ${esc(doc.info.version)}. ${prose(doc.info.description ?? "")}</p>
<p>Mô tả máy đọc được (OpenAPI 3.1): <a href="${API_BASE}/openapi.json">${API_BASE}/openapi.json</a></p>
<nav aria-label="Mục lục"><a href="#bat-dau">Bắt đầu</a>${tags.map((t, i) => `<a href="#${anchor(i)}">${esc(t)}</a>`).join("")}</nav>
${intro()}
${tags.map((t, i) => `<h2 id="${anchor(i)}">${esc(t)}</h2>${byTag.get(t)!.join("\n")}`).join("\n")}
</main></body></html>`;
}
