import { ToneBadge } from "@/components/ui/status-badge";

/** Đã phát hành (signed), Chờ ký (sent to the chair) or Dự thảo. */
export function ReportStatusBadge({ status, submittedAt }: { status: "DRAFT" | "FINAL"; submittedAt: Date | null }) {
  if (status === "FINAL") return <ToneBadge tone="green" label="Đã phát hành" />;
  return submittedAt ? <ToneBadge tone="amber" label="Chờ ký" /> : <ToneBadge tone="gray" label="Dự thảo" />;
}
