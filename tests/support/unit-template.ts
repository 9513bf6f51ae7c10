// The standard units template (lib/tenants/default-template.ts). truncateAll empties the table;
// the app writes the standard list again on first use, and tests that edit it put it back.
import type { Db } from "@/lib/db";
import { STANDARD_TEMPLATE } from "@/lib/tenants/default-template";

export { STANDARD_TEMPLATE };

export async function restoreUnitTemplate(db: Db): Promise<void> {
  await db.unitTemplateEntry.deleteMany({});
  await db.unitTemplateEntry.createMany({ data: STANDARD_TEMPLATE.map((t, i) => ({ ...t, sortOrder: i + 1 })) });
}
