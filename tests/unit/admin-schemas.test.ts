import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject } from "@/lib/actions/safe-action";
import { createUserSchema, passwordSchema, updateUnitSchema } from "@/lib/admin/schemas";

const messages = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("admin schemas", () => {
  const user = { communeId: "c1", username: "Nguyen.Van-A_1", fullName: "Nguyễn Văn A", role: "CHAIR", password: "MatKhau2025" };

  it("normalises the username to lower case and empty optional fields to null", () => {
    const parsed = createUserSchema.parse({ ...user, email: "", unitId: "" });
    expect(parsed).toMatchObject({ username: "nguyen.van-a_1", email: null, unitId: null });
  });

  it.each([
    ["nguyễn", "Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -"],
    ["ab", "Tên đăng nhập phải có ít nhất 3 ký tự"],
    ["a b c", "Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -"],
    ["<script>", "Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -"],
  ])("refuses username %j with a Vietnamese message", (username, message) => {
    expect(messages(createUserSchema, { ...user, username })).toMatchObject({ username: [message] });
  });

  it.each([
    ["short1", "Mật khẩu phải có ít nhất 8 ký tự"],
    ["chicochuthoi", "Mật khẩu phải có cả chữ và số"],
    ["1234567890", "Mật khẩu phải có cả chữ và số"],
  ])("refuses password %j", (password, message) => {
    const r = passwordSchema.safeParse(password);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(message);
  });

  it("requires a unit for unit staff only", () => {
    expect(messages(createUserSchema, { ...user, role: "UNIT_STAFF" })).toMatchObject({ unitId: ["Cán bộ đơn vị phải thuộc một đơn vị"] });
    expect(createUserSchema.safeParse({ ...user, role: "COORDINATOR" }).success).toBe(true);
  });

  it("refuses roles outside the commune (ADMIN, PROVINCE) and a bad e-mail", () => {
    expect(messages(createUserSchema, { ...user, role: "ADMIN" })).toHaveProperty("role");
    expect(messages(createUserSchema, { ...user, role: "PROVINCE" })).toHaveProperty("role");
    expect(messages(createUserSchema, { ...user, email: "khong-phai-email" })).toMatchObject({ email: ["Email không hợp lệ"] });
  });

  it("reads an HTML checkbox: present means on, absent means off", () => {
    const unit = { communeId: "c1", unitId: "u1", name: "Phòng Kinh tế", kind: "OFFICE" };
    expect(updateUnitSchema.parse({ ...unit, active: "on" }).active).toBe(true);
    expect(updateUnitSchema.parse(unit).active).toBe(false);
  });
});

describe("formDataToObject", () => {
  it("keeps single values as strings, repeated keys as arrays, and drops Next's own fields", () => {
    const form = new FormData();
    form.append("name", "Phòng VH-XH");
    form.append("unitIds", "a");
    form.append("unitIds", "b");
    form.append("$ACTION_ID_123", "");
    form.append("empty", "");
    expect(formDataToObject(form)).toEqual({ name: "Phòng VH-XH", unitIds: ["a", "b"], empty: "" });
  });
});

describe("formDataToObject with files", () => {
  it("drops an empty file input but keeps a chosen empty file so that it can be refused by name", () => {
    const form = new FormData();
    form.append("files", new File([], ""));
    form.append("files", new File([], "undefined"));
    form.append("files", new File([], "rong.pdf"));
    form.append("files", new File(["%PDF"], "a.pdf"));
    const out = formDataToObject(form, ["files"]);
    expect((out.files as File[]).map((f) => f.name)).toEqual(["rong.pdf", "a.pdf"]);
    expect(formDataToObject(new FormData(), ["files"])).toEqual({ files: [] });
  });
});
