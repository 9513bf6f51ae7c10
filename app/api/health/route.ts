// Liveness for a proxy or orchestrator: the process answers HTTP. Touches neither the database nor
// the store (a database outage must not get every instance restarted; /api/ready reports that), and
// is the benchmark's "trivial route". Public: no session.
export const dynamic = "force-dynamic"; // answered per request, never prerendered at build time

export async function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
