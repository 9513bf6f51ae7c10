"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Form values kept in the browser (localStorage) until the form is sent, so that a dropped
 * connection, a closed tab or a failed submit never loses what was typed. Files cannot be kept.
 */
export function useDraft<T extends Record<string, string>>(key: string, initial: T) {
  const [values, setValues] = useState<T>(initial);
  // What "clear" goes back to: the values the form was opened with, or what the server holds since.
  const base = useRef(initial);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      if (raw) {
        const saved = JSON.parse(raw) as { values: T; savedAt: string };
        // Restoring once after mount is the point of a draft; the server render cannot know it.
        setValues({ ...base.current, ...saved.values });
        setRestoredAt(saved.savedAt);
      }
    } catch {
      // unreadable draft: start from the task's values
    }
    loaded.current = true;
    // Only when the key changes (base is a ref).
  }, [key]);

  function update(name: keyof T, value: string) {
    setValues((v) => {
      const next = { ...v, [name]: value };
      if (loaded.current) {
        try {
          window.localStorage.setItem(key, JSON.stringify({ values: next, savedAt: new Date().toISOString() }));
        } catch {
          // storage full or disabled: the form still works, only without a draft
        }
      }
      return next;
    });
  }

  function clear(reset = true) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // nothing to clear
    }
    setRestoredAt(null);
    if (reset) setValues(base.current);
  }

  /** The server now holds `next` (just saved, or saved by someone else): later clears go back to it. */
  function rebase(next: T) {
    base.current = next;
  }

  return { values, update, clear, rebase, restoredAt };
}
