import { getDb } from "@/lib/db";
import { readiness } from "@/lib/health/readiness";
import { getStore } from "@/lib/storage";

// Readiness for a proxy or orchestrator: 200 when the database and the file store both answer within
// their time limit, else 503 naming which failed. Public: no session, and nothing secret in the body.
export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness(getDb(), getStore());
  return Response.json(
    { status: result.ok ? "ready" : "unavailable", database: result.database, storage: result.storage },
    { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
