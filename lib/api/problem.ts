// Errors of the API as RFC 9457 problem details (application/problem+json), worded in Vietnamese.
// Every refusal of /api/v1 is built here, so that its shape is the one openapi.json describes.
import { z } from "zod";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The kinds of problem the API answers with; `type` is `urn:cds:problem:<kind>`. */
export const PROBLEMS = {
  "bad-request": { status: 400, title: "Yêu cầu không hợp lệ" },
  unauthorized: { status: 401, title: "Chưa xác thực" },
  "insufficient-scope": { status: 403, title: "Khóa kết nối không đủ quyền" },
  forbidden: { status: 403, title: "Không có quyền" },
  "not-found": { status: 404, title: "Không tìm thấy" },
  "method-not-allowed": { status: 405, title: "Phương thức không được hỗ trợ" },
  conflict: { status: 409, title: "Xung đột dữ liệu" },
  "unsupported-media-type": { status: 415, title: "Định dạng nội dung không được hỗ trợ" },
  "unprocessable-content": { status: 422, title: "Dữ liệu không hợp lệ" },
  "rate-limited": { status: 429, title: "Quá nhiều yêu cầu" },
  "server-error": { status: 500, title: "Lỗi máy chủ" },
} as const;

export type ProblemKind = keyof typeof PROBLEMS;

/** One field's refusal, named by its path in the request ("query.limit", "body.value"). */
export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() }).meta({ id: "FieldError" });

export const problemSchema = z
  .object({
    type: z.string().meta({ example: "urn:cds:problem:not-found" }),
    title: z.string().meta({ example: "Không tìm thấy" }),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: "Problem", description: "Lỗi theo RFC 9457 (application/problem+json), tiêu đề và nội dung bằng tiếng Việt." });

export type Problem = z.infer<typeof problemSchema>;

export function problemBody(kind: ProblemKind, detail: string, extra: { instance?: string; errors?: Problem["errors"] } = {}): Problem {
  const { status, title } = PROBLEMS[kind];
  return { type: `urn:cds:problem:${kind}`, title, status, detail, ...extra };
}

/** The Response of a problem; `headers` adds e.g. Retry-After or WWW-Authenticate. */
export function problem(
  kind: ProblemKind,
  detail: string,
  extra: { instance?: string; errors?: Problem["errors"]; headers?: Record<string, string> } = {},
): Response {
  const { headers, ...rest } = extra;
  const body = problemBody(kind, detail, rest);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

/** A zod refusal of the request's path, query or body as a 400/422 problem naming each field. */
export function validationProblem(where: "path" | "query" | "body", error: z.ZodError, instance?: string): Response {
  const errors = error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join("."), message: i.message }));
  const kind = where === "body" ? "unprocessable-content" : "bad-request";
  const detail = errors.map((e) => e.message).join(" ");
  return problem(kind, detail, { instance, errors });
}
