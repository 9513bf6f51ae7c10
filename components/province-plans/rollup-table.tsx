// The roll-up table: one row per province task, a small stacked bar of its communes' categories (the
// bar is decoration: every number is in the row's text and in the title of each segment), the laggards.
import Link from "next/link";
import { TONE_CLASSES } from "@/components/ui/status-badge";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDate } from "@/lib/dates";
import type { TaskRollup } from "@/lib/province-plans/rollup";
import { ROLLUP_META, SHOWN_ORDER } from "@/lib/province-plans/rollup-view";
import { routes } from "@/lib/routes";

export const barClass = (c: keyof typeof ROLLUP_META) => ROLLUP_META[c].bar || TONE_CLASSES[ROLLUP_META[c].tone].bar;

/**
 * The bar and its numbers. Shared classes sit on the parents (`[&>li]:…`): a plan has 40 rows of up to
 * 11 categories, and every class name is sent twice (the HTML and the page's RSC payload).
 */
export function StackedCounts({ t }: { t: Pick<TaskRollup, "counts" | "targeted"> }) {
  const shown = SHOWN_ORDER.filter((c) => t.counts[c] > 0);
  const total = shown.reduce((n, c) => n + t.counts[c], 0);
  return (
    <div>
      <div className="flex h-2.5 w-full min-w-32 overflow-hidden rounded bg-slate-100" aria-hidden>
        {shown.map((c) => (
          <span key={c} className={barClass(c)} style={{ width: `${(t.counts[c] / Math.max(1, total)) * 100}%` }} />
        ))}
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-2.5 gap-y-0.5 text-xs text-slate-700 [&_b]:font-semibold [&_b]:tabular-nums [&_i]:inline-block [&_i]:size-2 [&_i]:rounded-sm [&>li]:inline-flex [&>li]:items-center [&>li]:gap-1">
        {shown.map((c) => (
          <li key={c}>
            <i aria-hidden className={barClass(c)} />
            {ROLLUP_META[c].label}: <b>{t.counts[c]}</b>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RollupTable({ tasks, provinceId, planId }: { tasks: TaskRollup[]; provinceId: string; planId: string }) {
  const r = routes.province(provinceId);
  return (
    <Table minWidth={880}>
      <TableHead
        columns={[
          ["Nhiệm vụ", "w-[34%]"],
          ["Xã được giao", "text-right"],
          ["Tình trạng các xã", "w-[34%]"],
          ["Hoàn thành", "text-right"],
          ["Xã chậm", ""],
        ]}
      />
      <TableBody>
        {tasks.map((t) => (
          <tr key={t.task.id} className="align-top">
            <Td>
              <Link href={r.rollupTask(planId, t.task.id)} className="font-medium text-brand-700 hover:underline">
                {t.task.code}. {t.task.title}
              </Link>
              <div className="mt-0.5 text-xs text-slate-500">
                {t.task.dueDate ? `Hạn ${formatDate(new Date(t.task.dueDate), "date-only")}` : t.task.deadlineText || "Không ghi thời hạn"}
                {t.noLead ? ` · ${t.noLead} xã chưa giao chủ trì` : ""}
                {t.counts.WITHDRAWN ? ` · ${t.counts.WITHDRAWN} xã không còn thực hiện` : ""}
              </div>
            </Td>
            <Td className="text-right tabular-nums">{t.targeted}</Td>
            <Td>
              <StackedCounts t={t} />
            </Td>
            <Td className="text-right tabular-nums">
              {t.doneShare === null ? "—" : `${t.doneShare}%`}
              <div className="text-xs text-slate-500">
                {t.done}/{t.targeted - t.counts.NOT_APPLICABLE} xã
              </div>
            </Td>
            <Td>
              {t.laggards.length === 0 ? (
                <span className="text-slate-500">Không có</span>
              ) : (
                <Link href={r.rollupTask(planId, t.task.id)} className="text-red-700 hover:underline">
                  {t.laggards.length} xã:{" "}
                  {t.laggards
                    .slice(0, 3)
                    .map((l) => l.communeName)
                    .join(", ")}
                  {t.laggards.length > 3 ? "…" : ""}
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
