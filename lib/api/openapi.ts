// openapi.json, generated from the endpoints' own zod schemas (the ones requests are validated with),
// so the description cannot drift from what the server checks. OpenAPI 3.1 (JSON Schema 2020-12).
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import type { AnyEndpoint } from "./endpoint";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "./problem";
import { ENDPOINTS } from "./v1";

const problemResponse = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } });

function register(registry: OpenAPIRegistry, e: AnyEndpoint) {
  const ok = e.files
    ? {
        description: "Tệp",
        content: Object.fromEntries(Object.keys(e.files).map((type) => [type, { schema: z.string().meta({ format: "binary" }) }])),
      }
    : {
        description: "Thành công",
        content: {
          "application/json": { schema: e.response },
          ...(e.xml ? { "application/xml": { schema: z.string().meta({ description: e.xml }) } } : {}),
          ...(e.csv ? { "text/csv": { schema: z.string().meta({ description: "Cùng các cột như tệp Excel xuất từ cổng." }) } } : {}),
        },
      };
  const write = (e.scope ?? "READ") === "INDICATORS_WRITE";
  registry.registerPath({
    method: e.method === "GET" ? "get" : "post",
    path: e.path,
    operationId: e.id,
    summary: e.summary,
    description: e.description,
    tags: [e.tag],
    security: [{ bearerAuth: [] }],
    request: {
      ...(e.params ? { params: e.params } : {}),
      ...(e.query ? { query: e.query } : {}),
      ...(e.body ? { body: { required: true, content: { "application/json": { schema: e.body } } } } : {}),
    },
    responses: {
      [e.responseStatus ?? 200]: ok,
      // A write that may store nothing new (the KPI feed's repeated post) answers 200 with the same body.
      ...(e.responseStatus === 201 ? { 200: { ...ok, description: "Không có gì mới để lưu." } } : {}),
      ...(e.method === "GET" ? { 304: { description: "Không thay đổi so với ETag đã gửi trong If-None-Match." } } : {}),
      400: problemResponse("Tham số không hợp lệ."),
      401: problemResponse("Thiếu khóa kết nối, hoặc khóa không hợp lệ, đã thu hồi, đã hết hạn."),
      ...(write
        ? {
            403: problemResponse("Khóa kết nối không có quyền indicators:write, hoặc chủ khóa không được ghi vào đây."),
            409: problemResponse("Xung đột: mã không chỉ rõ một đối tượng, hoặc đối tượng không nhận ghi nữa."),
            422: problemResponse("Dữ liệu gửi lên không hợp lệ."),
          }
        : {}),
      404: problemResponse("Không tồn tại, hoặc nằm ngoài phạm vi của khóa kết nối."),
      429: problemResponse("Vượt giới hạn số yêu cầu mỗi phút của khóa kết nối; xem tiêu đề Retry-After."),
    },
  });
}

/**
 * zod-to-openapi writes a nullable registered schema as `allOf: [$ref, { type: [..., "null"] }]`, which
 * no null satisfies (allOf needs the $ref too): rewritten as `anyOf: [$ref, { type: "null" }]`.
 */
function fixNullableRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fixNullableRefs);
  if (!node || typeof node !== "object") return node;
  const o = node as Record<string, unknown>;
  const all = o.allOf;
  if (Array.isArray(all) && all.length === 2) {
    const [ref, nul] = all as Record<string, unknown>[];
    const types = nul?.type;
    if (ref?.$ref && Array.isArray(types) && types.includes("null") && Object.keys(nul!).length === 1) {
      const { allOf: _drop, ...rest } = o;
      return { ...rest, anyOf: [ref, { type: "null" }] };
    }
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fixNullableRefs(v)]));
}

export function buildOpenApiDocument(endpoints: readonly AnyEndpoint[] = ENDPOINTS) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "Khóa kết nối tạo tại Quản trị → Kết nối hệ thống, hoặc bằng `npm run api:token`.",
  });
  for (const e of endpoints) register(registry, e);
  const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Theo dõi Kế hoạch Chuyển đổi số: API v1",
      version: "1.0.0",
      description:
        "Đọc nhiệm vụ, chỉ tiêu, báo cáo của xã, phường và gửi số liệu chỉ tiêu từ hệ thống nguồn. Mỗi khóa kết nối thuộc một tài khoản và chỉ thấy những gì tài khoản đó được xem. Hướng dẫn: docs/api.md.",
    },
    servers: [{ url: "/api/v1" }],
  });
  return fixNullableRefs(doc) as typeof doc;
}

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The document the server publishes (built once per process). */
export function openApiDocument() {
  cached ??= buildOpenApiDocument();
  return cached;
}
