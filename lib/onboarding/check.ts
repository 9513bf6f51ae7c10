// What an onboarding file would do (the preview), row by row: each commune and account row is new,
// unchanged (already in the portal as the file says) or an error with its reason in Vietnamese.
// apply.ts re-runs this inside its transaction and writes only a plan without errors.
import { z } from "zod";
import type { Tx } from "../db";
import { templateUnitsFor } from "../tenants/commune-create";
import { adminCodeSchema, COMMUNE_KIND_LABEL, type CommuneKind } from "../tenants/schemas";
import { foldText } from "../text";
import type { OnboardingRows } from "./parse";

import { ROLE_LABEL, ROLE_UNIT, type OnboardRole, type RowState } from "./labels";

export type { OnboardRole, RowState };
export { ROLE_LABEL } from "./labels";

export type CommunePlanRow = {
  line: number;
  province: string;
  provinceId: string | null;
  provinceName: string | null;
  name: string;
  kind: CommuneKind | null;
  adminCode: string;
  state: RowState;
  errors: string[];
};

export type AccountPlanRow = {
  line: number;
  communeCode: string;
  communeName: string | null;
  fullName: string;
  unit: string;
  role: OnboardRole | null;
  email: string | null;
  phone: string | null;
  /** As written in the file, or generated ("chutich.x11311"); for an unchanged row the existing account's. */
  username: string;
  state: RowState;
  errors: string[];
};

export type OnboardingPlan = {
  communes: CommunePlanRow[];
  accounts: AccountPlanRow[];
  counts: Record<RowState, number>;
};

const fold = (s: string) => foldText(s).replace(/\s+/g, " ").trim();
const squash = (s: string) => foldText(s).replace(/[^a-z0-9]/g, "");

const ROLE_WORDS: Record<string, OnboardRole> = {
  chutich: "CHAIR",
  chair: "CHAIR",
  vanhoaxahoi: "COORDINATOR",
  vhxh: "COORDINATOR",
  coordinator: "COORDINATOR",
  canbodonvi: "UNIT_STAFF",
  unitstaff: "UNIT_STAFF",
};
const ROLE_PREFIX: Record<OnboardRole, string> = { CHAIR: "chutich", COORDINATOR: "vhxh", UNIT_STAFF: "canbo" };

function kindOf(raw: string): CommuneKind | null {
  const k = squash(raw);
  if (k === "xa" || k === "commune") return "COMMUNE";
  if (k === "phuong" || k === "ward") return "WARD";
  return null;
}

/** "Tỉnh Quảng Ninh", "Quảng Ninh" and "22" all name the province Quảng Ninh. */
const provinceKey = (name: string) => fold(name).replace(/^(tinh|thanh pho|tp\.?)\s+/, "");

const USERNAME = /^[a-z0-9._-]{3,50}$/;
const PHONE = /^[0-9 +().-]{8,20}$/;
const email = z.email();

/** A short word for a unit in generated usernames: the initials of its folded name ("Phòng Kinh tế" → "pkt"). */
function unitWord(unitName: string): string {
  const initials = fold(unitName)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join("");
  return initials.slice(0, 8) || "canbo";
}

type Prepared = OnboardingPlan & {
  /** Units each commune of the file or the portal has (folded name → unit name), for the account rows. */
  unitsByCode: Map<string, Map<string, string>>;
  existingCommuneIds: Map<string, string>;
};

export async function prepareOnboarding(tx: Tx, rows: OnboardingRows): Promise<Prepared> {
  const provinces = await tx.unit.findMany({ where: { kind: "PROVINCE" }, select: { id: true, name: true, adminCode: true } });
  const codes = [
    ...new Set(
      rows.communes
        .map((r) => r.adminCode)
        .concat(rows.accounts.map((a) => a.communeCode))
        .filter(Boolean),
    ),
  ];
  const holders = await tx.unit.findMany({
    where: { adminCode: { in: codes } },
    select: { id: true, name: true, kind: true, adminCode: true, provinceId: true },
  });
  const holderOf = new Map(holders.map((h) => [h.adminCode!, h]));
  const template = { COMMUNE: await templateUnitsFor(tx, "COMMUNE"), WARD: await templateUnitsFor(tx, "WARD") };

  const communeRows: CommunePlanRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  const unitsByCode = new Map<string, Map<string, string>>();
  const existingCommuneIds = new Map<string, string>();
  const nameOfCode = new Map<string, string>();
  const kindOfCode = new Map<string, CommuneKind>();

  for (const r of rows.communes) {
    const errors: string[] = [];
    const kind = kindOf(r.kind);
    if (!r.name) errors.push("Thiếu tên xã, phường");
    else if (r.name.length < 2 || r.name.length > 200) errors.push("Tên xã, phường phải từ 2 đến 200 ký tự");
    if (!kind) errors.push(r.kind ? `Loại “${r.kind}” không hợp lệ: ghi “xã” hoặc “phường”` : "Thiếu loại (xã hoặc phường)");
    const code = adminCodeSchema.safeParse(r.adminCode);
    if (!r.adminCode) errors.push("Thiếu mã ĐVHC");
    else if (!code.success) errors.push(`Mã ĐVHC “${r.adminCode}” không hợp lệ: chỉ gồm chữ số, tối đa 10 chữ số`);
    const province = r.province
      ? (provinces.find((p) => p.adminCode === r.province.trim()) ?? provinces.find((p) => provinceKey(p.name) === provinceKey(r.province)))
      : undefined;
    if (!r.province) errors.push("Thiếu tỉnh");
    else if (!province) errors.push(`Không có tỉnh “${r.province}” (tạo tỉnh trước ở Quản trị → Tỉnh, xã, phường)`);
    let state: RowState = "new";
    if (code.success) {
      const earlier = firstLineOfCode.get(code.data);
      if (earlier !== undefined) errors.push(`Mã ĐVHC ${code.data} trùng với dòng ${earlier} của tệp`);
      else firstLineOfCode.set(code.data, r.line);
      const holder = holderOf.get(code.data);
      if (holder) {
        if (holder.kind === "PROVINCE") errors.push(`Mã ${code.data} là mã của ${holder.name}`);
        else if (holder.kind !== "COMMUNE" && holder.kind !== "WARD") errors.push(`Mã ${code.data} đã được dùng`);
        else if (fold(holder.name) !== fold(r.name)) errors.push(`Mã ${code.data} đã có trong hệ thống với tên khác: ${holder.name}`);
        else if (kind && holder.kind !== kind)
          errors.push(`${holder.name} đã có trong hệ thống là ${COMMUNE_KIND_LABEL[holder.kind].toLowerCase()}`);
        else if (province && holder.provinceId !== province.id) errors.push(`${holder.name} (mã ${code.data}) đã thuộc tỉnh khác`);
        else state = "unchanged";
      }
    }
    if (errors.length) state = "error";
    if (state !== "error" && code.success && kind) {
      nameOfCode.set(code.data, r.name);
      kindOfCode.set(code.data, kind);
      if (state === "unchanged") existingCommuneIds.set(code.data, holderOf.get(code.data)!.id);
      else
        unitsByCode.set(
          code.data,
          new Map(
            template[kind]
              .map((u) => [fold(u.name), u.name] as const)
              .concat(template[kind].filter((u) => u.shortName).map((u) => [fold(u.shortName!), u.name] as const)),
          ),
        );
    }
    communeRows.push({
      line: r.line,
      province: r.province,
      provinceId: province?.id ?? null,
      provinceName: province?.name ?? null,
      name: r.name,
      kind,
      adminCode: r.adminCode,
      state,
      errors,
    });
  }

  // Accounts may name a commune of the file or one already in the portal (adding its accounts later).
  for (const a of rows.accounts) {
    if (!a.communeCode || nameOfCode.has(a.communeCode) || firstLineOfCode.has(a.communeCode)) continue;
    const h = holderOf.get(a.communeCode);
    if (h && (h.kind === "COMMUNE" || h.kind === "WARD")) {
      nameOfCode.set(a.communeCode, h.name);
      kindOfCode.set(a.communeCode, h.kind);
      existingCommuneIds.set(a.communeCode, h.id);
    }
  }
  const existingIds = [...existingCommuneIds.values()];
  const [existingUnits, existingUsers] = await Promise.all([
    tx.unit.findMany({
      where: { communeId: { in: existingIds }, kind: { notIn: ["PROVINCE", "COMMUNE", "WARD"] }, active: true },
      select: { id: true, name: true, shortName: true, communeId: true },
    }),
    tx.user.findMany({
      where: { communeId: { in: existingIds } },
      select: { username: true, fullName: true, role: true, communeId: true, unit: { select: { name: true } } },
    }),
  ]);
  for (const [code, communeId] of existingCommuneIds) {
    const mine = existingUnits.filter((u) => u.communeId === communeId);
    unitsByCode.set(
      code,
      new Map(
        mine
          .map((u) => [fold(u.name), u.name] as const)
          .concat(mine.filter((u) => u.shortName).map((u) => [fold(u.shortName!), u.name] as const)),
      ),
    );
  }

  // Usernames: those written in the file and those generated must not be taken, in the portal or the file.
  const wanted = [...new Set(rows.accounts.map((a) => a.username.trim().toLowerCase()).filter(Boolean))];
  const takenRows = await tx.user.findMany({
    where: { OR: [{ username: { in: wanted } }, ...Object.values(ROLE_PREFIX).map((p) => ({ username: { startsWith: `${p}.` } }))] },
    select: { username: true, fullName: true, role: true, communeId: true },
  });
  const taken = new Map(takenRows.map((u) => [u.username, u]));
  const usedInFile = new Map<string, number>();
  const accountRows: AccountPlanRow[] = [];
  const pendingGenerated: { row: AccountPlanRow; base: string }[] = [];

  for (const a of rows.accounts) {
    const errors: string[] = [];
    const communeName = nameOfCode.get(a.communeCode) ?? null;
    const communeRow = communeRows.find((c) => c.adminCode === a.communeCode);
    if (!a.communeCode) errors.push("Thiếu mã ĐVHC của xã");
    else if (communeRow?.state === "error") errors.push(`Dòng ${communeRow.line} (xã, phường mã ${a.communeCode}) có lỗi`);
    else if (!communeName) errors.push(`Không có xã, phường mã “${a.communeCode}” trong tệp hoặc trong hệ thống`);
    if (!a.fullName || a.fullName.length < 2) errors.push("Thiếu họ và tên");
    else if (a.fullName.length > 200) errors.push("Họ và tên tối đa 200 ký tự");
    const role = ROLE_WORDS[squash(a.role)] ?? null;
    if (!a.role) errors.push("Thiếu vai trò");
    else if (!role) errors.push(`Vai trò “${a.role}” không hợp lệ: ghi Chủ tịch, Văn hóa - Xã hội hoặc Cán bộ đơn vị`);
    const units = unitsByCode.get(a.communeCode);
    const unitName = a.unit && units ? (units.get(fold(a.unit)) ?? null) : null;
    if (a.unit && units && !unitName) errors.push(`${communeName ?? "Xã"} không có đơn vị “${a.unit}”`);
    // What a row's role says about its unit (not a permission: who the new account will be).
    if (role && ROLE_UNIT[role] === "required" && !a.unit) errors.push(`${ROLE_LABEL[role]} phải ghi đơn vị`);
    if (role && ROLE_UNIT[role] === "none" && a.unit) errors.push(`${ROLE_LABEL[role]} không thuộc đơn vị nào: để trống cột Đơn vị`);
    const mail = a.email ? email.safeParse(a.email) : null;
    if (mail && !mail.success) errors.push(`Thư điện tử “${a.email}” không hợp lệ`);
    if (a.phone && !PHONE.test(a.phone)) errors.push(`Điện thoại “${a.phone}” không hợp lệ`);

    let username = a.username.trim().toLowerCase();
    let state: RowState = "new";
    const existingCommuneId = existingCommuneIds.get(a.communeCode);
    if (username) {
      if (!USERNAME.test(username)) errors.push(`Tên đăng nhập “${a.username}” không hợp lệ: 3–50 chữ không dấu, số và . _ -`);
      const holder = taken.get(username);
      const same = holder && holder.communeId === existingCommuneId && holder.fullName === a.fullName && holder.role === role;
      if (same) state = "unchanged";
      else if (holder) errors.push(`Tên đăng nhập “${username}” đã có người dùng`);
      const earlier = usedInFile.get(username);
      if (earlier !== undefined) errors.push(`Tên đăng nhập “${username}” trùng với dòng ${earlier}`);
      usedInFile.set(username, a.line);
    } else if (existingCommuneId && role) {
      // Without a username, the same person (name, role, unit) already in the commune is this row.
      const same = existingUsers.find(
        (u) => u.communeId === existingCommuneId && u.fullName === a.fullName && u.role === role && (u.unit?.name ?? null) === unitName,
      );
      if (same) {
        state = "unchanged";
        username = same.username;
      }
    }
    if (errors.length) state = "error";
    const row: AccountPlanRow = {
      line: a.line,
      communeCode: a.communeCode,
      communeName,
      fullName: a.fullName,
      unit: unitName ?? a.unit,
      role,
      email: a.email ? a.email.trim().toLowerCase() : null,
      phone: a.phone || null,
      username,
      state,
      errors,
    };
    accountRows.push(row);
    if (state === "new" && !username && role) {
      const letter = kindOfCode.get(a.communeCode) === "WARD" ? "p" : "x";
      const word = ROLE_UNIT[role] === "required" && unitName ? unitWord(unitName) : ROLE_PREFIX[role];
      pendingGenerated.push({ row, base: `${word}.${letter}${a.communeCode}` });
    }
  }
  // Generated after the written ones, so a name written further down the file keeps its owner.
  for (const { row, base } of pendingGenerated) {
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? base : `${base}.${n}`;
      if (taken.has(candidate) || usedInFile.has(candidate)) continue;
      // Unit words ("pkt.x11311") are not among the prefixes read above: ask for this one.
      if (await tx.user.findUnique({ where: { username: candidate }, select: { id: true } })) {
        taken.set(candidate, { username: candidate, fullName: "", role: "UNIT_STAFF", communeId: null });
        continue;
      }
      row.username = candidate;
      usedInFile.set(candidate, row.line);
      break;
    }
  }

  const counts = { new: 0, unchanged: 0, error: 0 };
  for (const r of [...communeRows, ...accountRows]) counts[r.state] += 1;
  return { communes: communeRows, accounts: accountRows, counts, unitsByCode, existingCommuneIds };
}

/** The preview: what the file would do, nothing written. */
export async function previewOnboarding(tx: Tx, rows: OnboardingRows): Promise<OnboardingPlan> {
  const { communes, accounts, counts } = await prepareOnboarding(tx, rows);
  return { communes, accounts, counts };
}
