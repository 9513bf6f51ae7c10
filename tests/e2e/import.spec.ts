import { expect, test } from "@playwright/test";
import { PNG } from "../support/files";
import { docxFromText, planText } from "../support/documents";
import { stateFile } from "./accounts";

test.use({ storageState: stateFile("otherCommuneCoordinator") });

test("Phòng VH-XH nhập kế hoạch từ tệp Word: kiểm tra, sửa, tạo", async ({ page }) => {
  // Creating the plan writes each task's assignment (units, groups, parts): seconds on a busy machine.
  test.setTimeout(90_000);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
  await page.getByRole("link", { name: "Nhập từ văn bản" }).click();

  await page.getByLabel("Văn bản kế hoạch").setInputFiles({ name: "anh.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không nhận ra định dạng tệp" })).toBeVisible();

  const docx = await docxFromText(planText("phuong-thach-khoi.txt"));
  await page
    .getByLabel("Văn bản kế hoạch")
    .setInputFiles({ name: "ke-hoach-cds.docx", mimeType: "application/octet-stream", buffer: docx });
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  // Reading a DOCX and preparing its draft took over 5 s in a clean-clone run with two browsers busy.
  await expect(page.getByRole("heading", { name: "Bước 2. Kiểm tra và sửa" })).toBeVisible({ timeout: 30_000 });

  const review = page.getByTestId("import-review");
  const tasks = review.locator("[data-import-task]");
  const count = await tasks.count();
  expect(count).toBeGreaterThan(10);
  await review.getByLabel("Tên kế hoạch").fill("Kế hoạch CĐS 6 tháng cuối năm 2025 (nhập thử)");
  await tasks.last().getByRole("button", { name: "Bỏ nhiệm vụ này" }).click();
  await expect(tasks).toHaveCount(count - 1);
  await tasks.first().getByRole("button", { name: "Tách làm hai" }).click();
  await expect(tasks).toHaveCount(count);
  await tasks.nth(2).getByRole("button", { name: "Gộp vào nhiệm vụ trước" }).click();
  await expect(tasks).toHaveCount(count - 1);

  await review.getByRole("button", { name: `Tạo kế hoạch (${count - 1} nhiệm vụ)` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch CĐS 6 tháng cuối năm 2025 (nhập thử)", { timeout: 30_000 });
  await expect(page.locator("tr[data-task-code]")).toHaveCount(count - 1);
});

// A small plan of Thạch Khôi with collective leads: the offices (a built-in group) and a wording that
// becomes a new group, members preselected from the units whose names fit.
const GROUP_PLAN = [
  "ỦY BAN NHÂN DÂN",
  "PHƯỜNG THẠCH KHÔI",
  "KẾ HOẠCH",
  "Ứng dụng nền tảng số trên địa bàn phường Thạch Khôi năm 2026",
  "I. MỤC TIÊU",
  "- Đến năm 2026, 100% văn bản được ký số.",
  "II. NHIỆM VỤ",
  "1. Số hóa hồ sơ công việc",
  "- Chủ trì: Các phòng thuộc UBND phường; Trung tâm Phục vụ hành chính công",
  "- Phối hợp: Các đơn vị có liên quan",
  "- Thời gian thực hiện: Thường xuyên",
  "2. Truyền thông về chuyển đổi số",
  "- Chủ trì: Các đơn vị phụ trách văn hóa, truyền thông",
  "- Thời gian thực hiện: Thường xuyên",
].join("\n");

test("cách ghi chung thành nhóm đơn vị: xem bên dòng gốc, sửa nhóm đề xuất, tạo kế hoạch", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
  await page.getByRole("link", { name: "Nhập từ văn bản" }).click();
  await page
    .getByLabel("Văn bản kế hoạch")
    .setInputFiles({ name: "ke-hoach-nen-tang.txt", mimeType: "text/plain", buffer: Buffer.from(GROUP_PLAN) });
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByRole("heading", { name: "Bước 2. Kiểm tra và sửa" })).toBeVisible({ timeout: 30_000 });

  const review = page.getByTestId("import-review");
  const first = review.locator('[data-import-task="1"]').getByTestId("task-group-lines");
  await expect(first).toContainText("Dòng 9: - Chủ trì: Các phòng thuộc UBND phường");
  await expect(first).toContainText("Các phòng thuộc UBND phường → nhóm Các phòng chuyên môn thuộc UBND phường (3 đơn vị)");

  const wording = "Các đơn vị phụ trách văn hóa, truyền thông";
  const proposal = review.locator(`[data-group-mapping="${wording}"]`);
  await expect(proposal.getByLabel(`Nhóm cho “${wording}”`)).toHaveValue("new");
  const name = proposal.getByLabel(`Tên nhóm mới cho “${wording}”`);
  await expect(name).toHaveValue(wording);
  // Preselected: the units whose names share "văn hóa" or "truyền thông".
  await expect(proposal.getByRole("checkbox", { name: "Phòng Văn hóa - Xã hội" })).toBeChecked();
  await expect(proposal.getByRole("checkbox", { name: "Trung tâm Văn hóa, Thể thao và Truyền thông" })).toBeChecked();
  await expect(proposal.getByRole("checkbox", { name: "Công an phường" })).not.toBeChecked();
  await name.fill("Nhóm truyền thông chuyển đổi số");
  await proposal.getByRole("checkbox", { name: "Phòng Văn hóa - Xã hội" }).uncheck();
  await proposal.getByRole("checkbox", { name: "Ủy ban MTTQ Việt Nam" }).check();
  await expect(review.locator('[data-import-task="2"]').getByTestId("task-group-lines")).toContainText(
    "→ tạo nhóm “Nhóm truyền thông chuyển đổi số” (2 đơn vị)",
  );

  await review.getByRole("button", { name: "Tạo kế hoạch (2 nhiệm vụ)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ứng dụng nền tảng số trên địa bàn phường Thạch Khôi năm 2026", {
    timeout: 30_000,
  });
  // The plan lists a group by its name; the task's page lists its members, each with its own part.
  await expect(page.locator('tr[data-task-code="1"]')).toContainText("Các phòng chuyên môn thuộc UBND");
  const second = page.locator('tr[data-task-code="2"]');
  await expect(second).toContainText("Nhóm truyền thông chuyển đổi số");
  await second.getByRole("link").first().click();
  const parts = page.getByTestId("parts");
  await expect(parts).toContainText("Trung tâm Văn hóa, Thể thao và Truyền thông", { timeout: 30_000 });
  await expect(parts).toContainText("Ủy ban MTTQ Việt Nam");
  await expect(parts).not.toContainText("Phòng Văn hóa - Xã hội");
});

test.describe("nhập lại văn bản đã sửa vào kế hoạch đang có", () => {
  test.use({ storageState: stateFile("coordinator") });

  test("thấy trước thay đổi, áp dụng thì nhiệm vụ được sửa tại chỗ", async ({ page }) => {
    test.setTimeout(90_000);
    const corrected = planText("phuong-hai-an.txt").replace(
      "1.2. Công bố danh mục thủ tục hành chính mới",
      "1.2. Công bố danh mục thủ tục hành chính mới sau sắp xếp",
    );
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
    await page.getByRole("link", { name: "Nhập từ văn bản" }).click();
    await page
      .getByLabel("Văn bản kế hoạch")
      .setInputFiles({ name: "ke-hoach-da-sua.txt", mimeType: "text/plain", buffer: Buffer.from(corrected) });
    await page.getByLabel("Dùng cho").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Đọc văn bản" }).click();

    const changes = page.getByTestId("reimport-changes");
    await expect(changes.locator("[data-change]")).toHaveCount(1);
    await expect(changes.locator("[data-change=changed]")).toContainText("sau sắp xếp");
    await page.getByRole("button", { name: "Áp dụng thay đổi vào kế hoạch" }).click();
    await expect(page.locator('tr[data-task-code="1.2"]')).toContainText("Công bố danh mục thủ tục hành chính mới sau sắp xếp", {
      timeout: 30_000,
    });
  });
});
