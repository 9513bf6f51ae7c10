import { openApiDocument } from "@/lib/api/openapi";

// The API's description, public (no token): clients generate code from it.
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
