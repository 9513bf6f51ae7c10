"use client";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

/** What the form shows when the request never got an answer (connection dropped, server down). */
export const NETWORK_FAILURE = {
  ok: false as const,
  code: "INTERNAL" as const,
  message: "Không gửi được do mất kết nối hoặc máy chủ không phản hồi. Nội dung bạn nhập vẫn còn nguyên: hãy thử gửi lại.",
};

/**
 * A server action behind a form, without React's automatic form reset: when the server refuses the
 * input, or the connection drops, everything the person typed stays in the fields (a successful
 * create remounts the form through its `key` instead).
 */
export function useFormAction<T>(
  action: (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>,
  onSuccess?: (data: T) => void,
  onRefused?: (result: Extract<ActionResult<T>, { ok: false }>) => void,
) {
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function submitForm(form: FormData) {
    startTransition(async () => {
      try {
        const result = await action(state, form);
        setState(result);
        if (result.ok) onSuccess?.(result.data);
        else onRefused?.(result);
      } catch {
        setState(NETWORK_FAILURE);
      }
    });
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    submitForm(new FormData(e.currentTarget));
  }

  return { state, onSubmit, submitForm, pending, setState };
}
