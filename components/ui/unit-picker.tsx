"use client";
// Several units picked from the commune's list, instead of names typed into one text field
// separated by ";". The chosen units are tags (Backspace or Delete on a focused tag removes it);
// the combobox below filters as one types, ignoring diacritics and case ("van phong" finds "Văn
// phòng…"), and Enter takes the highlighted unit, else the first match. With `allowNew` a name not
// in the list can be added as typed (an imported plan may name a unit the commune does not have yet).
import { useContext, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import {
  Button,
  ComboBox,
  ComboBoxStateContext,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
} from "react-aria-components";
import { foldText } from "@/lib/text";

export type UnitOption = { value: string; label: string };

type Props = {
  label: string;
  options: UnitOption[];
  /** Controlled: with `onChange`. Otherwise `defaultValues`. */
  values?: string[];
  defaultValues?: string[];
  onChange?: (values: string[]) => void;
  /** Posted as one hidden input per value under this name (as checkboxes of one name would be). */
  name?: string;
  allowNew?: boolean;
  /** How a chosen value shows as a tag (default: its option's label, or the value itself). */
  describe?: (value: string) => { text: string; tone?: "ok" | "new" };
  invalid?: boolean;
  compact?: boolean;
};

const NEW_KEY = "\u0000new";
const fold = (s: string) => foldText(s.normalize("NFC")).trim();

const TAG_TONE = {
  plain: "bg-slate-100 text-slate-800",
  ok: "bg-green-50 text-green-800",
  new: "bg-amber-100 text-amber-900",
};

type ListState = { close: () => void } | null;

/** Hands the combobox's state out, to close its list after an Enter this file handles itself. */
function KeepState({ stateRef }: { stateRef: RefObject<ListState> }) {
  const state = useContext(ComboBoxStateContext);
  useEffect(() => {
    stateRef.current = state;
  }, [stateRef, state]);
  return null;
}

export function UnitPicker(props: Props) {
  const { label, options, name, allowNew = false, invalid = false, compact = false } = props;
  const [own, setOwn] = useState<string[]>(props.defaultValues ?? []);
  const values = props.values ?? own;
  const [text, setText] = useState("");
  const list = useRef<ListState>(null);

  const setValues = (next: string[]) => {
    if (props.values === undefined) setOwn(next);
    props.onChange?.(next);
  };
  const add = (value: string) => {
    const v = value.trim();
    if (v && !values.includes(v)) setValues([...values, v]);
    setText("");
  };

  const query = fold(text);
  const matches = options.filter((o) => !values.includes(o.value) && fold(o.label).includes(query));
  const exact = options.some((o) => fold(o.label) === query) || values.some((v) => fold(v) === query);
  const items: UnitOption[] =
    allowNew && query && !exact ? [...matches, { value: NEW_KEY, label: `Thêm đơn vị mới: “${text.trim()}”` }] : matches;

  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  const describe = props.describe ?? ((v: string) => ({ text: labelOf(v), tone: undefined }));

  // Enter with text typed but nothing highlighted takes the first match: typing "van phong" and
  // Enter is enough. With a highlighted option react-aria's own Enter handling picks it.
  function onKeyDownCapture(e: KeyboardEvent<HTMLDivElement>) {
    const input = e.target as HTMLInputElement;
    if (e.key !== "Enter" || input.tagName !== "INPUT" || !text.trim()) return;
    e.preventDefault(); // never send the surrounding form from here
    if (input.getAttribute("aria-activedescendant")) return;
    e.stopPropagation();
    const first = items[0];
    if (!first) return;
    add(first.value === NEW_KEY ? text : first.value);
    // An open list hides the rest of the page from screen readers: close it once the unit is in.
    list.current?.close();
  }

  return (
    // Shown as label, chosen tags, input; in the DOM the tags come first so that Shift+Tab from the
    // input reaches them (the combobox's own <div> is `contents`, its label and input are ordered).
    <div className={`flex flex-col ${compact ? "gap-1" : "gap-1.5"}`}>
      {/* A label element, not aria-label: react-aria puts aria-label on the group's outer <div>
          (a name ARIA forbids there) and leaves the grid of tags unnamed. */}
      <TagGroup onRemove={(keys) => setValues(values.filter((v) => !keys.has(v)))} className="order-2 outline-none">
        <Label className="sr-only">{`${label}: đã chọn`}</Label>
        <TagList
          className="flex flex-wrap gap-1"
          renderEmptyState={() => <span className="text-xs text-slate-500">Chưa chọn đơn vị.</span>}
        >
          {values.map((v) => {
            const d = describe(v);
            return (
              <Tag
                key={v}
                id={v}
                textValue={d.text}
                className={`flex items-center gap-1 rounded px-1.5 py-0.5 text-xs outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600 ${TAG_TONE[d.tone ?? "plain"]}`}
              >
                {d.text}
                <Button slot="remove" aria-label={`Bỏ ${labelOf(v)}`} className="rounded px-0.5 text-current hover:bg-black/10">
                  ×
                </Button>
              </Tag>
            );
          })}
        </TagList>
      </TagGroup>
      <div onKeyDownCapture={onKeyDownCapture} className="contents">
        <ComboBox<UnitOption>
          items={items}
          inputValue={text}
          onInputChange={setText}
          selectedKey={null}
          onSelectionChange={(key) => {
            if (key === null) return;
            add(key === NEW_KEY ? text : String(key));
          }}
          allowsEmptyCollection={allowNew}
          isInvalid={invalid}
          className="contents"
        >
          <KeepState stateRef={list} />
          <Label className={compact ? "order-1 text-xs text-slate-500" : "order-1 block text-sm font-medium text-slate-700"}>{label}</Label>
          <Input
            placeholder={allowNew ? "Gõ để tìm hoặc thêm đơn vị…" : "Gõ để tìm đơn vị…"}
            className="order-3 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none placeholder:text-slate-500 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 data-[invalid]:border-red-500"
          />
          <Popover className="w-[var(--trigger-width)] rounded-md border border-slate-200 bg-white shadow-lg outline-none">
            <ListBox<UnitOption>
              className="max-h-64 overflow-y-auto p-1 text-sm outline-none"
              renderEmptyState={() => <p className="px-2 py-1.5 text-slate-500">Không có đơn vị phù hợp.</p>}
            >
              {(o) => (
                <ListBoxItem
                  id={o.value}
                  textValue={o.label}
                  className={`cursor-pointer rounded px-2 py-1.5 outline-none data-[focused]:bg-brand-50 data-[focused]:text-brand-800 ${o.value === NEW_KEY ? "text-amber-900" : "text-slate-800"}`}
                >
                  {o.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      </div>
      {name ? values.map((v) => <input key={v} type="hidden" name={name} value={v} />) : null}
    </div>
  );
}
