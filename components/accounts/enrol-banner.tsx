// The countdown to a required second factor, on every page of the app shell (streamed: its small
// query never holds up the page).
import Link from "next/link";
import { enrolBannerText } from "@/lib/accounts/banner";
import { enrolDaysLeft } from "@/lib/accounts/own-queries";
import type { Role } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/routes";

export async function EnrolBanner({ userId, role }: { userId: string; role: Role }) {
  const text = enrolBannerText(await enrolDaysLeft(userId, role));
  if (!text) return null;
  return (
    <p
      role="status"
      data-testid="enrol-banner"
      className="no-print border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-sm text-amber-900"
    >
      {text}{" "}
      <Link href={routes.twoFactorSetup()} className="font-medium underline">
        Bật xác thực hai bước
      </Link>
    </p>
  );
}
