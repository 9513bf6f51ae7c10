"use client";
// A date typed and shown as dd/mm/yyyy whatever the browser's language: a native <input type="date">
// follows the browser (mm/dd/yyyy on an English one), react-aria's DateField follows the locale we
// give it and stays accessible (labelled spin buttons, keyboard entry). The form still posts the
// ISO day ("2026-12-31") under `name`, so the servers' validation is unchanged.
import { parseDate, type CalendarDate } from "@internationalized/date";
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label } from "react-aria-components";

type Props = {
  name: string;
  label: string;
  /** ISO day "YYYY-MM-DD", or "" for none. Give `value` with `onChange`, or `defaultValue`. */
  value?: string;
  defaultValue?: string;
  onChange?: (isoDay: string) => void;
  errors?: string[];
  hint?: string;
  /** The small look of the filter bars above lists. */
  compact?: boolean;
  /** For a row whose columns already say what it is: the label is read out, not shown. */
  hideLabel?: boolean;
};

function toDate(iso: string | undefined): CalendarDate | null | undefined {
  if (iso === undefined) return undefined;
  try {
    return iso ? parseDate(iso) : null;
  } catch {
    return null; // not a real day: start empty rather than fail the page
  }
}

export function DateField({ name, label, value, defaultValue, onChange, errors, hint, compact = false, hideLabel = false }: Props) {
  const invalid = !!errors?.length;
  // One element around the field and its hint or error: in a grid of fields (the report's heading)
  // the hint must stay under its field, not take the next cell.
  return (
    <div>
      <I18nProvider locale="vi-VN">
        <AriaDateField
          name={name}
          value={toDate(value)}
          defaultValue={toDate(defaultValue)}
          onChange={onChange ? (d) => onChange(d ? d.toString() : "") : undefined}
          isInvalid={invalid}
          // The server validates (the forms are noValidate): with react-aria's default "native"
          // behaviour an error from the last send would block the browser from sending the fix.
          validationBehavior="aria"
          // vi-VN alone writes 1/2/2026; documents and the rest of the portal write 01/02/2026.
          shouldForceLeadingZeros
          aria-describedby={invalid ? `${name}-error` : undefined}
          className={compact ? "flex flex-col gap-1" : undefined}
        >
          <Label
            className={
              hideLabel ? "sr-only" : compact ? "text-xs font-medium text-slate-600" : "mb-1 block text-sm font-medium text-slate-700"
            }
          >
            {label}
          </Label>
          <DateInput
            className={
              compact
                ? "flex rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                : "flex w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600/20 data-[invalid]:border-red-500"
            }
          >
            {(segment) => (
              <DateSegment
                segment={segment}
                className="rounded px-0.5 tabular-nums outline-none focus:bg-brand-700 focus:text-white data-[placeholder]:text-slate-400"
              />
            )}
          </DateInput>
        </AriaDateField>
        {hint && !invalid ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
        {invalid ? (
          <p id={`${name}-error`} className="mt-1 text-xs text-red-700">
            {errors[0]}
          </p>
        ) : null}
      </I18nProvider>
    </div>
  );
}
