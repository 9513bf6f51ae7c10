// A large evidence upload over HTTP, as the browser sends it (a server action with a 19 MB PDF).
// Guards against anything in front of the actions (a proxy buffers bodies and cuts them at 10 MB)
// silently truncating files that the 20 MB limit allows.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db";
import { login } from "../../scripts/bench/login";
import { actionId, actionResult, callAction } from "../../scripts/bench/mutation";
import { paddedPdf } from "../support/files";
import { ACCOUNTS, PASSWORD } from "./accounts";

test("tải lên minh chứng 19 MB qua HTTP: được nhận đủ, đúng kích thước", async () => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const base = process.env.E2E_BASE_URL!;
    const staff = await db.user.findUniqueOrThrow({ where: { username: ACCOUNTS.staffCenter } });
    const task = await db.task.findFirstOrThrow({
      where: { units: { some: { unitId: staff.unitId!, role: "LEAD" } }, workStatus: { not: "DONE" } },
      orderBy: { code: "desc" },
    });
    const cookie = await login(base, staff.username, PASSWORD);
    const size = 19 * 1024 * 1024;
    const pdf = paddedPdf(size);
    const id = await actionId(".", "submitTaskUpdateAction", "lib/tasks/actions.ts");
    const res = await callAction(
      base,
      `/c/${task.communeId}/nhiem-vu/${task.id}`,
      id,
      cookie,
      {
        communeId: task.communeId,
        taskId: task.id,
        version: String(task.version),
        workStatus: "IN_PROGRESS",
        progress: "40",
        result: "Kèm biên bản scan dung lượng lớn",
        difficulties: "",
        proposals: "",
        completedDate: "",
      },
      [pdf],
    );
    expect(res.status).toBe(200);
    const result = actionResult(res.text) as { ok: boolean; data?: { updateId: string } } | null;
    expect(result?.ok).toBe(true);
    const stored = await db.attachment.findMany({ where: { updateId: result!.data!.updateId } });
    expect(stored.map((a) => a.size)).toEqual([size]);
  } finally {
    await db.$disconnect();
  }
});
