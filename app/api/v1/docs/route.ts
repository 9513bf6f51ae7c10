// GET /api/v1/docs: the API's reference page, built once per process from openapi.json (no sign-in,
// like openapi.json: it describes the API, not anyone's data).
import { renderDocsPage, type OpenApiDoc } from "@/lib/api/docs-page";
import { openApiDocument } from "@/lib/api/openapi";

let page: string | undefined;

export function GET(): Response {
  page ??= renderDocsPage(openApiDocument() as OpenApiDoc);
  return new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
