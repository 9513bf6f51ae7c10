// Plans that list their tasks with fields (Hải An's "IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"):
//   1. Về thể chế                          ← group (it has numbered children)
//   1.1. Kế hoạch hành động                ← task
//   - Xây dựng và ban hành …               ← description
//   - Chủ trì thực hiện: … / - Phối hợp thực hiện: … / - Thời gian hoàn thành: …
//   3.4. Sử dụng hệ thống dịch vụ công     ← container of items
//   a) … b) … c) …                         ← tasks 3.4.a–c
//   - Chủ trì thực hiện: …                 ← written once, applies to a), b) and c)
// Plans numbered "1." … "16." with fields and no children give tasks without a group.

import type { Entry, Section } from "@/lib/import/lines";
import type { CollectedTask } from "@/lib/import/task-draft";
import { titleFromText } from "@/lib/import/task-draft";
import { stripTrailingPunctuation } from "@/lib/text";
import type { GroupDraft } from "@/lib/import/types";
import { must } from "@/lib/must";

export function hasTaskFields(section: Section): boolean {
  return section.entries.some((e) => e.kind === "field" && e.field === "lead");
}

/** A heading with numbered children or lettered items before any field is not itself a task. */
function isContainer(entries: readonly Entry[], at: number): boolean {
  const code = must(entries[at], "mục đang đọc").code ?? "";
  for (const next of entries.slice(at + 1)) {
    if (next.kind === "field") return false;
    if (next.kind === "item") return true;
    if (next.kind === "heading") return (next.code ?? "").startsWith(`${code}.`);
  }
  return false;
}

type Collector = {
  groups: GroupDraft[];
  tasks: CollectedTask[];
  group: string | null;
  parent: string | null;
  /** Tasks waiting for their fields: one heading task, or the items since the last fields. */
  open: CollectedTask[];
  /** Tasks the fields being read apply to. */
  targets: CollectedTask[];
};

function startTask(c: Collector, code: string, title: string, description: string[], entry: Entry): void {
  const task: CollectedTask = {
    code,
    group: c.group,
    title,
    description,
    fields: {},
    fieldLines: {},
    first: entry.first,
    last: entry.last,
  };
  c.tasks.push(task);
  c.open.push(task);
  c.targets = [];
}

function readHeading(c: Collector, entries: readonly Entry[], at: number): void {
  const entry = must(entries[at], "tiêu đề đang đọc");
  const code = entry.code ?? "";
  c.open = [];
  c.targets = [];
  if (isContainer(entries, at)) {
    if (!code.includes(".")) {
      c.group = code;
      c.groups.push({ code, title: stripTrailingPunctuation(entry.text) });
    }
    c.parent = code;
    return;
  }
  if (!code.includes(".")) c.group = null;
  c.parent = code;
  startTask(c, code, stripTrailingPunctuation(entry.text), [], entry);
}

function readField(c: Collector, entry: Entry): void {
  if (c.open.length > 0) {
    c.targets = c.open;
    c.open = [];
  }
  for (const task of c.targets) {
    const field = entry.field ?? "output";
    const before = task.fields[field];
    task.fields[field] = before ? `${before}; ${entry.text}` : entry.text;
    task.fieldLines[field] ??= entry.first;
    task.last = Math.max(task.last, entry.last);
  }
}

function readText(c: Collector, entry: Entry): void {
  const task = c.open.at(-1) ?? c.targets.at(-1);
  if (!task) return; // introduction under a group heading
  task.description.push(entry.text);
  task.last = Math.max(task.last, entry.last);
}

export function collectSectionTasks(section: Section): { groups: GroupDraft[]; tasks: CollectedTask[] } {
  const c: Collector = { groups: [], tasks: [], group: null, parent: null, open: [], targets: [] };
  section.entries.forEach((entry, at) => {
    switch (entry.kind) {
      case "heading":
        return readHeading(c, section.entries, at);
      case "item": {
        const parent = c.parent ?? c.group ?? section.code;
        const code = parent ? `${parent}.${entry.code}` : (entry.code ?? "");
        return startTask(c, code, titleFromText(entry.text), [entry.text], entry);
      }
      case "field":
        return readField(c, entry);
      case "bullet":
      case "text":
        return readText(c, entry);
      case "section":
        return;
    }
  });
  return { groups: c.groups, tasks: c.tasks };
}
