import "server-only";
import { canViewTask, type Viewer } from "../auth/permissions";
import { getDb } from "../db";

/** An attachment the viewer may download (checked against its task's commune), or null. */
export async function findDownloadableAttachment(viewer: Viewer, attachmentId: string) {
  const db = getDb();
  const a = await db.attachment.findUnique({ where: { id: attachmentId } });
  if (!a) return null;
  const commune = await db.unit.findFirst({ where: { id: a.communeId }, select: { provinceId: true } });
  const scope = { communeId: a.communeId, provinceId: commune?.provinceId ?? "", leadUnitIds: [], supportUnitIds: [] };
  return canViewTask(viewer, scope) ? a : null;
}

/** Content-Disposition that survives any file name: an ASCII fallback plus the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
