"use client";
// The buttons of the moves the viewer's side may make now (lib/incidents/states.ts availableMoves).
// A move that needs words (escalate: what help is needed; reopen: what came back; close: cause and
// fix) opens its fields first; the others go at once. A refusal (someone moved first) is shown
// with who did, and the page refreshes to the incident as it is now.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Field, TextArea, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { moveIncidentAction } from "@/lib/incidents/actions";
import type { IncidentMove } from "@/lib/incidents/states";

export type MoveChoice = { move: IncidentMove; label: string; needs: readonly ("note" | "cause" | "fix")[] };

const FIELD_LABEL = { note: "Nội dung", cause: "Nguyên nhân", fix: "Cách khắc phục" } as const;
const NOTE_LABEL: Partial<Record<IncidentMove, string>> = {
  escalate: "Cần tỉnh hỗ trợ việc gì",
  reopen: "Lỗi gặp lại là gì",
  resolve: "Đã khắc phục thế nào (không bắt buộc)",
};

export function IncidentMoves({
  communeId,
  incidentId,
  version,
  moves,
  fix,
}: {
  communeId: string;
  incidentId: string;
  version: number;
  moves: MoveChoice[];
  /** What the resolution said, to start the closing's "cách khắc phục" from. */
  fix: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState<IncidentMove | null>(null);
  const { state, submitForm, pending } = useFormAction(
    moveIncidentAction,
    () => {
      setOpen(null);
      router.refresh();
    },
    (failure) => {
      if (failure.code === "CONFLICT") router.refresh();
    },
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const chosen = moves.find((m) => m.move === open);
  // Resolving may carry a note; the button opens the field so that the fix can be said.
  const fieldsOf = (m: MoveChoice) => (m.move === "resolve" ? (["note"] as const) : m.needs);
  return (
    <div className="space-y-3" data-testid="incident-moves">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {moves.map((m) => (
          <button
            key={m.move}
            type="button"
            disabled={pending}
            className={m.move === "escalate" ? buttonClass.secondary : buttonClass.primary}
            onClick={() => {
              if (fieldsOf(m).length) setOpen(m.move);
              else {
                const form = new FormData();
                for (const [k, v] of Object.entries({ communeId, incidentId, version: String(version), move: m.move })) form.set(k, v);
                submitForm(form);
              }
            }}
          >
            {m.label}
          </button>
        ))}
      </div>
      {chosen ? (
        <form
          className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            submitForm(new FormData(e.currentTarget));
          }}
          noValidate
        >
          <input type="hidden" name="communeId" value={communeId} />
          <input type="hidden" name="incidentId" value={incidentId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="move" value={chosen.move} />
          {fieldsOf(chosen).map((f) => (
            <Field
              key={f}
              label={f === "note" ? (NOTE_LABEL[chosen.move] ?? FIELD_LABEL.note) : FIELD_LABEL[f]}
              name={`move-${f}`}
              errors={errors?.[f]}
            >
              <TextArea id={`move-${f}`} name={f} rows={2} defaultValue={f === "fix" ? fix : ""} invalid={!!errors?.[f]} />
            </Field>
          ))}
          <div className="flex gap-2">
            <button type="submit" disabled={pending} className={buttonClass.primary}>
              {pending ? "Đang lưu…" : chosen.label}
            </button>
            <button type="button" className={buttonClass.secondary} onClick={() => setOpen(null)}>
              Thôi
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
