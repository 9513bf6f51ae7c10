"use client";
import { startTransition, useActionState, type FormEvent } from "react";

/**
 * A server action behind a form, without React's automatic form reset: when the server refuses the
 * input, everything the person typed stays in the fields (a successful create remounts the form
 * through its `key` instead).
 */
export function useFormAction<R>(action: (prev: R | null, form: FormData) => Promise<R>) {
  const [state, dispatch, pending] = useActionState(action, null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => dispatch(form));
  }
  return { state, onSubmit, pending };
}
