// The end of a task's or KPI's row in the editor: its state (withdrawn, not published yet, edited since
// the last publication) and, for those who may write, "Sửa" and the row's buttons.
import Link from "next/link";
import type { ComponentProps } from "react";
import { ToneBadge } from "@/components/ui/status-badge";
import { AuthoringRowActions } from "./authoring-row-actions";

type Props = {
  provinceId: string;
  planId: string;
  version: number;
  item: ComponentProps<typeof AuthoringRowActions>["item"];
  state: { published: boolean; withdrawn: boolean; changed: boolean };
  /** The edit form's link; null for read-only viewers. */
  editHref: ((id: string) => string) | null;
};

export function AuthoringRowEnd({ provinceId, planId, version, item, state, editHref }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-1">
      {state.withdrawn ? <ToneBadge tone="gray" label="Đã rút" /> : null}
      {!state.published ? (
        <ToneBadge tone="blue" label="Chưa ban hành" />
      ) : state.changed ? (
        <ToneBadge tone="amber" label="Đã sửa sau lần ban hành" />
      ) : null}
      {editHref ? (
        <>
          <Link href={editHref(item.id)} className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:underline">
            Sửa
          </Link>
          <AuthoringRowActions
            provinceId={provinceId}
            planId={planId}
            version={version}
            item={
              item.kind === "task" ? { kind: "task", id: item.id, code: item.code } : { kind: "indicator", id: item.id, code: item.code }
            }
            published={state.published}
            withdrawn={state.withdrawn}
          />
        </>
      ) : null}
    </div>
  );
}
