"use client";
// Kiểm tra đầu giờ on a phone: every item starts at "Bình thường"; a tap on what is not reveals a note
// and a photo field; one button at the bottom sends it all. After a refusal everything chosen stays.
import Link from "next/link";
import { useState } from "react";
import { UploadPicker } from "@/components/files/upload-picker";
import { UPLOADING_LABEL } from "@/components/tasks/file-input";
import { Alert, buttonClass, fileInputClass } from "@/components/ui/form";
import { SegmentedRadio, type SegmentOption } from "@/components/ui/segmented-radio";
import { useFormAction } from "@/components/ui/use-form-action";
import { submitDailyCheckAction } from "@/lib/daily-checks/actions";
import type { SubmittedCheck } from "@/lib/daily-checks/check-commands";
import { CHECK_STATE_LABEL, CHECK_STATES, isFault, MAX_PHOTOS_PER_ITEM } from "@/lib/daily-checks/labels";
import type { CheckItemState } from "@/lib/generated/prisma/enums";
import { localTimeOf } from "@/lib/jobs/clock";
import { routes } from "@/lib/routes";

export type FormItem = { id: string; name: string; hint: string; critical: boolean };
export type FormGroup = { area: string; items: FormItem[] };
type Entry = { state: CheckItemState; note: string };

const TONE: Record<CheckItemState, SegmentOption<CheckItemState>["tone"]> = { OK: "ok", FLAKY: "warn", DOWN: "bad" };
const OPTIONS = CHECK_STATES.map((s) => ({ value: s, label: CHECK_STATE_LABEL[s], tone: TONE[s] }));

export function CheckForm({
  communeId,
  groups,
  revision,
  initial,
  initialNote,
}: {
  communeId: string;
  groups: FormGroup[];
  /** The current revision (0: no check today yet). */
  revision: number;
  /** The current revision's results, when amending. */
  initial: Record<string, Entry>;
  initialNote: string;
}) {
  const [entries, setEntries] = useState<Record<string, Entry>>(initial);
  const { state, onSubmit, pending } = useFormAction<SubmittedCheck>(submitDailyCheckAction);
  // Items whose photos are still uploading: the submit button waits for them.
  const [uploading, setUploading] = useState<Record<string, boolean>>({});
  const setItemUploading = (itemId: string, busy: boolean) =>
    setUploading((all) => (!!all[itemId] === busy ? all : { ...all, [itemId]: busy }));
  const anyUploading = Object.values(uploading).some(Boolean);
  const entry = (id: string): Entry => entries[id] ?? { state: "OK", note: "" };
  const set = (id: string, change: Partial<Entry>) => setEntries((e) => ({ ...e, [id]: { ...entry(id), ...change } }));
  const items = groups.flatMap((g) => g.items);
  const results = items.map((i) => ({ itemId: i.id, ...entry(i.id) }));
  const faults = results.filter((r) => isFault(r.state)).length;
  const done = state?.ok ? state.data : null;
  // After a success the page is refreshed with the new revision; until then the result's number counts.
  const expected = Math.max(revision, done?.revision ?? 0);
  const to = routes.commune(communeId);

  return (
    <form onSubmit={onSubmit} className="pb-24" aria-label="Kiểm tra đầu giờ">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="expectedRevision" value={expected} />
      <input type="hidden" name="results" value={JSON.stringify(results)} />
      {done ? (
        <div className="mb-4">
          <Alert tone="success">
            <p className="font-semibold">Đã gửi kiểm tra đầu giờ lúc {localTimeOf(new Date(done.submittedAt))}</p>
            {done.incidents.length ? (
              <ul className="mt-1 space-y-1">
                {done.incidents.map((i) => (
                  <li key={i.id}>
                    {i.opened ? "Đã mở sự cố" : "Ghi nhận thêm vào sự cố"}{" "}
                    <Link href={to.incident(i.id)} className="font-medium underline">
                      {i.code}: {i.title}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p>Tất cả hạng mục bình thường.</p>
            )}
          </Alert>
        </div>
      ) : null}
      {state && !state.ok ? (
        <div className="mb-4">
          <Alert tone="error">{state.message}</Alert>
        </div>
      ) : null}
      <div className="space-y-5">
        {groups.map((g) => (
          <fieldset key={g.area} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
            <legend className="px-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{g.area || "Chung"}</legend>
            <div className="space-y-4">
              {g.items.map((item) => {
                const e = entry(item.id);
                return (
                  <div key={item.id}>
                    <SegmentedRadio
                      label={item.name}
                      description={item.hint || undefined}
                      options={OPTIONS}
                      value={e.state}
                      onChange={(v) => set(item.id, { state: v })}
                    />
                    {isFault(e.state) ? (
                      <div className="mt-2 space-y-2 rounded-md bg-slate-50 p-2">
                        <label className="block text-xs font-medium text-slate-700">
                          Ghi chú về lỗi (không bắt buộc)
                          <textarea
                            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
                            rows={2}
                            maxLength={500}
                            value={e.note}
                            onChange={(ev) => set(item.id, { note: ev.target.value })}
                          />
                        </label>
                        <label className="block text-xs font-medium text-slate-700">
                          Ảnh chụp (không bắt buộc)
                          {/* Files without JavaScript, ids of uploaded photos with it: one field, photo:<item id>. */}
                          <UploadPicker
                            communeId={communeId}
                            id={`photo-${item.id}`}
                            name={`photo:${item.id}`}
                            idsName={`photo:${item.id}`}
                            max={MAX_PHOTOS_PER_ITEM}
                            accept="image/*"
                            capture="environment"
                            inputClassName={`mt-1 ${fileInputClass}`}
                            onUploading={(busy) => setItemUploading(item.id, busy)}
                          />
                        </label>
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <label className="block text-sm font-medium text-slate-700">
          Ghi chú chung (không bắt buộc)
          <textarea
            name="note"
            defaultValue={initialNote}
            maxLength={1000}
            rows={2}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </label>
        {revision > 0 ? (
          <p className="text-xs text-slate-500">
            Chuyển một hạng mục về &ldquo;Bình thường&rdquo; không đóng sự cố đã mở: sự cố được đóng trên trang của sự cố đó.
          </p>
        ) : null}
      </div>
      <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] sm:static sm:mt-5 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3">
          <span className="text-xs text-slate-600" aria-live="polite">
            {faults ? `${faults} hạng mục có lỗi` : "Tất cả bình thường"}
          </span>
          <button type="submit" className={`${buttonClass.primary} min-h-11 px-5`} disabled={pending || anyUploading}>
            {anyUploading ? UPLOADING_LABEL : expected > 0 ? "Gửi bản sửa" : "Gửi kết quả kiểm tra"}
          </button>
        </div>
      </div>
    </form>
  );
}
