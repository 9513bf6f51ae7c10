// Input of the unit-group forms (Quản trị → Đơn vị → Nhóm đơn vị), shared by the server actions and
// the forms' error display.
import { z } from "zod";
import "../validation/messages";
import { id, str, version } from "../validation/fields";

/** Enough for every unit of a commune; a longer list can only be a tampered form. */
export const MAX_GROUP_MEMBERS = 200;

const groupFields = {
  communeId: id,
  name: str().trim().min(3, "Tên nhóm phải có ít nhất 3 ký tự").max(200, "Tên nhóm tối đa 200 ký tự"),
  unitIds: z
    .array(id, { message: "Chọn ít nhất một đơn vị thành viên" })
    .min(1, "Chọn ít nhất một đơn vị thành viên")
    .max(MAX_GROUP_MEMBERS, `Tối đa ${MAX_GROUP_MEMBERS} đơn vị`)
    .transform((ids) => [...new Set(ids)]),
};

export const createGroupSchema = z.object(groupFields);
export const updateGroupSchema = z.object({ ...groupFields, groupId: id, version });
export const deleteGroupSchema = z.object({ communeId: id, groupId: id, version });
