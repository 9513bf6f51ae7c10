// A task reported on for months: its page shows the recent history with a note and a link, and the
// link shows all of it. The reports are written here, dated August 2025 (before any period the other
// specs look at), on task 4.4 of Phường Hải An, which no other spec opens.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db";
import { updateAnchor } from "../../lib/tasks/anchors";
import { RECENT_HISTORY } from "../../lib/tasks/timeline";
import { signedInPage } from "./helpers";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const MARK = "Báo cáo tuần (lịch sử dài, kiểm thử)";

test.afterAll(async () => {
  await db.$disconnect();
});

/** Task 4.4 of Phường Hải An with RECENT_HISTORY + 6 progress reports of August 2025 (written once). */
async function longHistoryTask() {
  const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An", kind: { in: ["COMMUNE", "WARD"] } } });
  const task = await db.task.findFirstOrThrow({ where: { communeId: commune.id, code: "4.4", provinceTaskId: null } });
  const author = await db.user.findUniqueOrThrow({ where: { username: "vanphong.haian" } });
  if ((await db.taskUpdate.count({ where: { taskId: task.id, result: { startsWith: MARK } } })) === 0)
    await db.taskUpdate.createMany({
      data: Array.from({ length: RECENT_HISTORY + 6 }, (_, i) => ({
        communeId: commune.id,
        taskId: task.id,
        authorId: author.id,
        unitId: author.unitId,
        workStatus: "IN_PROGRESS" as const,
        progress: 10,
        result: `${MARK} ${i + 1}`,
        createdAt: new Date(Date.UTC(2025, 7, 1 + i, 2)),
      })),
    });
  return { commune, task };
}

test("nhiệm vụ có lịch sử dài: hiện các lần gần đây, có liên kết xem toàn bộ", async ({ browser }) => {
  const { commune, task } = await longHistoryTask();
  const total = await db.taskUpdate.count({ where: { taskId: task.id } });

  const page = await signedInPage(browser, "chair");
  await page.goto(`/c/${commune.id}/nhiem-vu/${task.id}`);
  const updates = page.locator("[data-event=update]");
  await expect(updates).toHaveCount(RECENT_HISTORY);
  const cut = page.getByTestId("history-cut");
  await expect(cut).toContainText("cũ hơn được ẩn");
  await cut.getByRole("link", { name: "Xem toàn bộ lịch sử" }).click();
  await expect(page).toHaveURL(/\?lich-su=day-du#lich-su$/);
  await expect(updates).toHaveCount(total);
  await expect(page.getByTestId("history-cut")).toHaveCount(0);
  await expect(updates.last()).toContainText(`${MARK} 1`);
});

// A notification's link names its update by anchor; an update older than the recent history must
// still be found: the page reopens with the full history at that anchor.
test("liên kết tới một lần cập nhật cũ (từ thông báo) mở toàn bộ lịch sử tại đúng lần cập nhật đó", async ({ browser }) => {
  const { commune, task } = await longHistoryTask();
  const oldest = await db.taskUpdate.findFirstOrThrow({ where: { taskId: task.id, result: `${MARK} 1` } });
  const recent = await db.taskUpdate.findFirstOrThrow({ where: { taskId: task.id }, orderBy: { createdAt: "desc" } });

  const page = await signedInPage(browser, "chair");
  await page.goto(`/c/${commune.id}/nhiem-vu/${task.id}#${updateAnchor(oldest.id)}`);
  await expect(page).toHaveURL(new RegExp(`\\?lich-su=day-du#${updateAnchor(oldest.id)}$`));
  const target = page.locator(`#${updateAnchor(oldest.id)}`);
  await expect(target).toContainText(`${MARK} 1`);
  await expect(target).toBeInViewport();

  // A recent update is on the cut page already: no reload, the cut note stays.
  await page.goto(`/c/${commune.id}/nhiem-vu/${task.id}#${updateAnchor(recent.id)}`);
  await expect(page.locator(`#${updateAnchor(recent.id)}`)).toBeInViewport();
  await page.waitForLoadState("networkidle"); // hydrated, its effect run: a reload would have started
  await expect(page.getByTestId("history-cut")).toBeVisible();
  expect(page.url()).not.toContain("lich-su=day-du");
});
