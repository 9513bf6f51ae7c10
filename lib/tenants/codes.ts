// Official codes (mã ĐVHC) are unique across provinces and communes: a taken code is refused with
// the name of the place that holds it, before the unique index would answer a bare "duplicate".
import type { Tx } from "../db";
import { AppError } from "../errors";

/** The place holding `adminCode` (other than `exceptId`), or null. */
export async function codeHolder(tx: Tx, adminCode: string, exceptId?: string) {
  return tx.unit.findFirst({
    where: { adminCode, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, name: true, kind: true },
  });
}

export const codeTakenMessage = (adminCode: string, holder: { name: string }) => `Mã ${adminCode} đã được dùng cho ${holder.name}`;

export async function assertCodeFree(tx: Tx, adminCode: string, exceptId?: string): Promise<void> {
  const holder = await codeHolder(tx, adminCode, exceptId);
  if (holder) {
    const message = codeTakenMessage(adminCode, holder);
    throw new AppError("DUPLICATE", `${message}.`, { adminCode: [message] });
  }
}

/** A concurrent create of the same code loses at the unique index: the same friendly answer. */
export function rethrowCodeRace(err: unknown, adminCode: string): never {
  if ((err as { code?: unknown }).code === "P2002") {
    const message = `Mã ${adminCode} vừa được dùng cho một địa bàn khác`;
    throw new AppError("DUPLICATE", `${message}.`, { adminCode: [message] });
  }
  throw err;
}
