// The checklist of the start-of-day check (Danh mục kiểm tra đầu giờ), edited by the standing office:
// items grouped by counter or room, archived rather than deleted (past checks keep their names), and
// which unit is the one-stop centre whose staff run the check.
import { defineAction } from "../actions/safe-action";
import { canManageChecklist } from "../auth/permissions";
import { readCommuneSettings } from "../communes/settings";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { now } from "../jobs/clock";
import { ensureChecklist } from "./default-items";
import { checkItemMoveSchema, checkItemRefSchema, checkItemSaveSchema, serviceCentreSchema } from "./schemas";

const ITEM_NOT_FOUND = "Không tìm thấy hạng mục kiểm tra này trong danh mục của xã, phường.";

async function loadItem(tx: Tx, communeId: string, itemId: string) {
  const item = await tx.checkItem.findFirst({ where: { id: itemId, communeId } });
  if (!item) throw new AppError("NOT_FOUND", ITEM_NOT_FOUND);
  return item;
}

/** Names compared as people read them: case and Unicode form aside (the database's collation may not fold "Ầ"). */
const sameText = (a: string, b: string) => a.normalize("NFC").toLocaleLowerCase("vi") === b.normalize("NFC").toLocaleLowerCase("vi");

/** Two active items of one area with the same name would be indistinguishable on the form. */
async function refuseDuplicateName(tx: Tx, communeId: string, area: string, name: string, exceptId: string | null) {
  const active = await tx.checkItem.findMany({ where: { communeId, archivedAt: null }, select: { id: true, area: true, name: true } });
  if (active.some((i) => i.id !== exceptId && sameText(i.area, area) && sameText(i.name, name))) {
    const where = area ? `khu vực "${area}"` : "danh mục chung";
    const message = `Đã có hạng mục "${name}" trong ${where}`;
    throw new AppError("DUPLICATE", `${message}. Hãy đặt tên khác hoặc sửa hạng mục đó.`, { name: [message] });
  }
}

export const saveCheckItem = defineAction({
  name: "checklist.saveItem",
  schema: checkItemSaveSchema,
  permission: canManageChecklist,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    await ensureChecklist(tx, commune.communeId);
    const after = { area: input.area, name: input.name, hint: input.hint };
    const existing = input.itemId ? await loadItem(tx, commune.communeId, input.itemId) : null;
    await refuseDuplicateName(tx, commune.communeId, input.area, input.name, existing?.id ?? null);
    let itemId: string;
    if (existing) {
      await tx.checkItem.update({ where: { id: existing.id }, data: { ...after, critical: input.critical } });
      itemId = existing.id;
    } else {
      const last = await tx.checkItem.aggregate({ where: { communeId: commune.communeId }, _max: { sortOrder: true } });
      const created = await tx.checkItem.create({
        data: { communeId: commune.communeId, ...after, critical: input.critical, sortOrder: (last._max.sortOrder ?? 0) + 10 },
        select: { id: true },
      });
      itemId = created.id;
    }
    const before = existing ? { area: existing.area, name: existing.name, hint: existing.hint } : null;
    await ctx.audit("checklist.saveItem", { type: "CheckItem", id: itemId }, { before, after });
    return { itemId };
  },
});

export const archiveCheckItem = defineAction({
  name: "checklist.archiveItem",
  schema: checkItemRefSchema,
  permission: canManageChecklist,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    const item = await loadItem(tx, commune.communeId, input.itemId);
    if (item.archivedAt) throw new AppError("VALIDATION", `Hạng mục "${item.name}" đã được bỏ khỏi danh mục.`);
    const active = await tx.checkItem.count({ where: { communeId: commune.communeId, archivedAt: null } });
    if (active <= 1) throw new AppError("VALIDATION", "Danh mục phải còn ít nhất một hạng mục để kiểm tra đầu giờ.");
    await tx.checkItem.update({ where: { id: item.id }, data: { archivedAt: now() } });
    await ctx.audit("checklist.archiveItem", { type: "CheckItem", id: item.id }, { area: item.area, name: item.name });
    return { itemId: item.id };
  },
});

export const restoreCheckItem = defineAction({
  name: "checklist.restoreItem",
  schema: checkItemRefSchema,
  permission: canManageChecklist,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    const item = await loadItem(tx, commune.communeId, input.itemId);
    if (!item.archivedAt) throw new AppError("VALIDATION", `Hạng mục "${item.name}" đang có trong danh mục.`);
    await refuseDuplicateName(tx, commune.communeId, item.area, item.name, item.id);
    const last = await tx.checkItem.aggregate({ where: { communeId: commune.communeId }, _max: { sortOrder: true } });
    await tx.checkItem.update({ where: { id: item.id }, data: { archivedAt: null, sortOrder: (last._max.sortOrder ?? 0) + 10 } });
    await ctx.audit("checklist.restoreItem", { type: "CheckItem", id: item.id }, { area: item.area, name: item.name });
    return { itemId: item.id };
  },
});

export const moveCheckItem = defineAction({
  name: "checklist.reorder",
  schema: checkItemMoveSchema,
  permission: canManageChecklist,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    const item = await loadItem(tx, commune.communeId, input.itemId);
    if (item.archivedAt) throw new AppError("VALIDATION", "Hạng mục đã bỏ khỏi danh mục không sắp xếp được.");
    // Within its area: the form shows items grouped by area, so "up" means above its neighbour there.
    const items = await tx.checkItem.findMany({
      where: { communeId: commune.communeId, archivedAt: null },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, area: true },
    });
    const ids = items.map((i) => i.id);
    const at = ids.indexOf(item.id);
    const sameArea = items.map((i, n) => (i.area === item.area ? n : -1)).filter((n) => n >= 0);
    const pos = sameArea.indexOf(at);
    const other = sameArea[input.direction === "up" ? pos - 1 : pos + 1];
    if (other === undefined) {
      throw new AppError("VALIDATION", input.direction === "up" ? "Hạng mục đã ở đầu khu vực." : "Hạng mục đã ở cuối khu vực.");
    }
    [ids[at], ids[other]] = [ids[other]!, ids[at]!];
    for (const [n, itemId] of ids.entries()) await tx.checkItem.update({ where: { id: itemId }, data: { sortOrder: (n + 1) * 10 } });
    await ctx.audit("checklist.reorder", { type: "CheckItem", id: item.id }, { itemIds: ids });
    return { itemIds: ids };
  },
});

export const setServiceCentre = defineAction({
  name: "checklist.setCentre",
  schema: serviceCentreSchema,
  permission: canManageChecklist,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    const { communeId } = commune;
    if (input.unitId) {
      const unit = await tx.unit.findFirst({ where: { id: input.unitId, communeId, active: true }, select: { id: true } });
      if (!unit) throw new AppError("VALIDATION", "Chọn một đơn vị đang hoạt động của xã, phường.", { unitId: ["Đơn vị không hợp lệ"] });
    }
    const { serviceCentreUnitId } = await readCommuneSettings(tx, communeId);
    const after = { serviceCentreUnitId: input.unitId };
    await tx.communeSettings.upsert({ where: { communeId }, create: { communeId, ...after }, update: after });
    await ctx.audit("checklist.setCentre", { type: "CommuneSettings", id: communeId }, { before: { serviceCentreUnitId }, after });
    return after;
  },
});
