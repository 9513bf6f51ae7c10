import { routeUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { discardUpload } from "@/lib/uploads/discard";

// "Bỏ tệp" on an uploaded file that no form has sent yet (lib/uploads/discard.ts).
export async function DELETE(req: Request, { params }: RouteContext<"/api/uploads/[uploadId]">) {
  const answer = await discardUpload(getDb(), await routeUser(), req, (await params).uploadId);
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
