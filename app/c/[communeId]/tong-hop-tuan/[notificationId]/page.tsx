import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WeeklyDigest } from "@/components/notifications/weekly-digest";
import { canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { weeklyDigestOf } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Tổng hợp tuần" };

/** One weekly digest, as it was written (read-only): only the chair it was sent to may open it. */
export default async function WeeklyDigestPage({ params }: PageProps<"/c/[communeId]/tong-hop-tuan/[notificationId]">) {
  const { communeId, notificationId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewCommune);
  const digest = await weeklyDigestOf(user.id, commune.communeId, notificationId);
  if (!digest) notFound();
  return <WeeklyDigest data={digest.data} createdAt={digest.createdAt} />;
}
