// The done-criterion: a commune's week of scheduled reminders, run at 07:30 every day from
// Monday to Sunday with the test clock, produces exactly the messages worked out by hand below from
// the fixture's dates (scheduled-fixture.ts), no more, no fewer, to exactly these people.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScheduled } from "@/lib/jobs/schedule";
import { freshDemo, testDb } from "./db";
import { at, scheduledRows, setUpCommuneWeek, WEEK, type Fixture } from "./scheduled-fixture";

const db = testDb();
let f: Fixture;

beforeAll(async () => {
  await freshDemo(db);
  f = await setUpCommuneWeek(db);
});
afterAll(() => db.$disconnect());

// Worked out by hand (thresholds 7, 3, 1 days; working days only; Thursday 15/10 is a day off):
// T3 (VP, due Sun 18/10): 7 d → Sun 11, caught Mon 12; 3 d → Thu 15 (day off), caught Fri 16; 1 d → Sat 17 (next week).
// T1 (VP, due Tue 20/10): 7 d → Tue 13; 3 d → Sat 17 and 1 d → Mon 19 (next week).
// T2 (TT PVHCC, due Wed 14/10): 7 d → 07/10 (last week); 3 d → Sun 11, caught Mon 12; 1 d → Tue 13;
//    overdue from Thu 15 (day off) → Fri 16.
// T6 (group task, VP's part "không phát sinh", TT PVHCC's open, due Tue 20/10): TT PVHCC on Tue 13 only.
// T4 (VP, due 01/10, open): overdue every working day to VP; the chair's weekly list on Monday.
// T5 done, TA archived, T7 led by a unit without account: nobody.
// M-2026-10 ends Wed 14/10: 2 working days before = Mon 12 → VP (TT PVHCC confirmed, Phòng KT no account);
// KPIs due the same day: K1 → VP, K3 (no unit) and K5 (unit without account) → office; K2 has its value,
// K4 is weekly (its week ends 18/10, after the cut-off). First working day after 14/10 is Fri 16
// (Thursday off) → the office gets the missing list.
const EXPECTED = [
  "2026-10-12 DEADLINE_APPROACHING vanphong.haian",
  "2026-10-12 DEADLINE_APPROACHING tthcc.haian",
  "2026-10-12 OVERDUE_UNIT vanphong.haian",
  "2026-10-12 OVERDUE_CHAIR chutich.haian",
  "2026-10-12 PERIOD_REMINDER vanphong.haian",
  "2026-10-12 INDICATOR_VALUE_DUE vanphong.haian",
  "2026-10-12 INDICATOR_VALUE_DUE vhxh.haian",
  "2026-10-13 DEADLINE_APPROACHING vanphong.haian",
  "2026-10-13 DEADLINE_APPROACHING tthcc.haian",
  "2026-10-13 OVERDUE_UNIT vanphong.haian",
  "2026-10-14 OVERDUE_UNIT vanphong.haian",
  "2026-10-16 DEADLINE_APPROACHING vanphong.haian",
  "2026-10-16 OVERDUE_UNIT vanphong.haian",
  "2026-10-16 OVERDUE_UNIT tthcc.haian",
  "2026-10-16 PERIOD_MISSING vhxh.haian",
].sort();

describe("a commune's week of scheduled reminders", () => {
  it("writes exactly the expected messages, to exactly the expected people, on the expected days", async () => {
    const seen: string[] = [];
    let before = 0;
    for (const day of WEEK) {
      await runScheduled({ at: at(day), communeIds: [f.commune.id], db });
      const rows = await scheduledRows(db, f.commune.id);
      for (const r of rows.slice(before)) seen.push(`${day} ${r.kind} ${r.user.username}`);
      before = rows.length;
    }
    expect(seen.sort()).toEqual(EXPECTED);
    expect(seen).toHaveLength(15);
  });

  it("lists the right tasks in each unit's message", async () => {
    const rows = await scheduledRows(db, f.commune.id);
    const codes = (day: string, kind: string, username: string) => {
      const r = rows.find((x) => x.createdAt.getTime() === at(day).getTime() && x.kind === kind && x.user.username === username)!;
      return ((r.data as { tasks: { code: string }[] }).tasks ?? []).map((t) => t.code);
    };
    expect(codes("2026-10-12", "DEADLINE_APPROACHING", "vanphong.haian")).toEqual(["T3"]);
    expect(codes("2026-10-12", "DEADLINE_APPROACHING", "tthcc.haian")).toEqual(["T2"]);
    expect(codes("2026-10-13", "DEADLINE_APPROACHING", "vanphong.haian")).toEqual(["T1"]);
    expect(codes("2026-10-13", "DEADLINE_APPROACHING", "tthcc.haian")).toEqual(["T2", "T6"]);
    expect(codes("2026-10-16", "DEADLINE_APPROACHING", "vanphong.haian")).toEqual(["T3"]);
    expect(codes("2026-10-16", "OVERDUE_UNIT", "tthcc.haian")).toEqual(["T2"]);
    expect(codes("2026-10-14", "OVERDUE_UNIT", "vanphong.haian")).toEqual(["T4"]);
  });
});
