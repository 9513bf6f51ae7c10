"use client";
// The one question asked before an action that cannot be taken back (delete, archive, reset a
// password, sign and issue). window.confirm spoke the browser's language ("OK"/"Cancel" on an
// English one) and could not be styled; this is react-aria's modal alertdialog: focus starts on the
// safe "Hủy", Esc cancels, and focus returns to the button that asked.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { buttonClass } from "./form";

type Question = {
  title: string;
  message: string;
  /** The confirm button's words: the action's own name ("Xóa dự thảo"), never "OK". */
  action: string;
  tone?: "danger" | "primary";
};

export function ConfirmDialog({
  isOpen,
  question,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  question: Question;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // react-aria's Dialog focuses itself when it opens, which can win over the button's autoFocus:
  // the safe answer takes the focus once the dialog is there, so an Enter pressed by habit deletes nothing.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [isOpen]);
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => (open ? undefined : onCancel())}
      // An outside click is not an answer to "delete?": only Esc and the two buttons close it.
      isDismissable={false}
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
    >
      <Modal className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-5 text-slate-800 shadow-xl">
        <Dialog role="alertdialog" className="outline-none" data-testid="confirm-dialog">
          <Heading slot="title" className="text-base font-semibold text-slate-900">
            {question.title}
          </Heading>
          <p className="mt-2 text-sm text-slate-700">{question.message}</p>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <Button ref={cancel} autoFocus className={buttonClass.secondary} onPress={onCancel}>
              Hủy
            </Button>
            <Button className={buttonClass[question.tone ?? "danger"]} onPress={onConfirm}>
              {question.action}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/**
 * A form's submit that asks first: `ask(run)` opens the dialog, and `run` (the server action with
 * the FormData taken when the form was sent, so what was typed is what is sent) runs once on
 * confirm and never on cancel; `onSubmit(submitForm)` is that for a whole form. `dialog` is
 * rendered next to the form.
 */
export function useConfirm(question: Question) {
  const [open, setOpen] = useState(false);
  // A ref, not state: a double click on "confirm" within one render must not run the action twice.
  const pending = useRef<(() => void) | null>(null);
  const close = () => {
    pending.current = null;
    setOpen(false);
  };
  const ask = (run: () => void) => {
    pending.current = run;
    setOpen(true);
  };
  return {
    ask,
    /** A form's onSubmit that asks first, then sends the form's data as it was when it was submitted. */
    onSubmit: (submit: (form: FormData) => void) => (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const form = new FormData(e.currentTarget);
      ask(() => submit(form));
    },
    dialog: (
      <ConfirmDialog
        isOpen={open}
        question={question}
        onCancel={close}
        onConfirm={() => {
          const run = pending.current;
          close();
          run?.();
        }}
      />
    ),
  };
}
