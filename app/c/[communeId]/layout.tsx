import { AppShell } from "@/components/shell/app-shell";
import { communeNav } from "@/lib/auth/navigation";
import { canManagePlans, canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";

export default async function CommuneLayout({ children, params }: LayoutProps<"/c/[communeId]">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewCommune);
  const readOnly = user.communeId !== commune.communeId && !canManagePlans(user, commune);
  return (
    <AppShell user={user} context={`${commune.name} · ${commune.provinceName}`} nav={communeNav(user, commune)} readOnly={readOnly}>
      {children}
    </AppShell>
  );
}
