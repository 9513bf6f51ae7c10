// The header line and menu of a page that belongs to the account rather than to a commune (Cài đặt
// thông báo): a commune's user keeps their commune's menu, the province and the admin theirs.
import "server-only";
import { loadCommuneScope } from "../communes/scope";
import { getDb } from "../db";
import { adminNav, communeNav, type NavItem } from "./navigation";
import type { Viewer } from "./permissions";

export async function accountShell(v: Viewer): Promise<{ context: string; nav: NavItem[] }> {
  const commune = v.communeId ? await loadCommuneScope(getDb(), v.communeId) : null;
  if (commune) return { context: `${commune.name} · ${commune.provinceName}`, nav: communeNav(v, commune) };
  return { context: "Tài khoản", nav: adminNav(v) };
}
