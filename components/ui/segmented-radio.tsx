"use client";
// One choice among a few, as a row of big buttons (a radio group underneath): thumb-sized on a phone,
// announced by screen readers as a radio group named by its label. The radio's own input (visually
// hidden by react-aria) is stretched, transparent, over its whole button, so that a tap anywhere on it
// lands on the input itself (and automated tests can click or check the radio as a native one).
import { Label, Radio, RadioGroup, Text } from "react-aria-components";

export type SegmentOption<V extends string> = { value: V; label: string; tone?: "ok" | "warn" | "bad" };

const CHECKED_TONE = {
  ok: "data-[selected]:border-green-600 data-[selected]:bg-green-50 data-[selected]:text-green-900",
  warn: "data-[selected]:border-amber-500 data-[selected]:bg-amber-50 data-[selected]:text-amber-900",
  bad: "data-[selected]:border-red-600 data-[selected]:bg-red-50 data-[selected]:text-red-900",
};

/**
 * react-aria wraps the input in a span with an inline "visually hidden" style: the span (hence the
 * !important) is stretched over the button, and the input within it is transparent.
 */
const STRETCHED_INPUT =
  "[&>span]:inset-0! [&>span]:m-0! [&>span]:h-full! [&>span]:w-full! [&>span]:[clip:auto]! [&>span]:[clip-path:none]! [&_input]:m-0 [&_input]:size-full [&_input]:cursor-pointer [&_input]:opacity-0";

export function SegmentedRadio<V extends string>({
  label,
  description,
  options,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  options: readonly SegmentOption<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <RadioGroup value={value} onChange={(v) => onChange(v as V)} orientation="horizontal" className="flex flex-col gap-1.5">
      <Label className="text-sm font-semibold text-slate-900">{label}</Label>
      {description ? (
        <Text slot="description" className="-mt-1 text-xs text-slate-500">
          {description}
        </Text>
      ) : null}
      <div className="grid grid-cols-3 gap-1.5">
        {options.map((o) => (
          <Radio
            key={o.value}
            value={o.value}
            className={`relative flex min-h-11 cursor-pointer ${STRETCHED_INPUT} items-center justify-center rounded-md border border-slate-300 bg-white px-1.5 py-2 text-center text-xs font-medium text-slate-700 outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600 sm:text-sm ${CHECKED_TONE[o.tone ?? "ok"]}`}
          >
            {o.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
