import { routeUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { receiveUploads } from "@/lib/uploads/receive";

// Evidence files uploaded as soon as they are picked (lib/uploads/receive.ts); the form then sends their ids.
export async function POST(req: Request) {
  const answer = await receiveUploads(getDb(), await routeUser(), req);
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
