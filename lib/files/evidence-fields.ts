// The form field of evidence uploaded ahead (POST /api/uploads): the staged files' ids, as hidden
// inputs named "uploadIds". The action claims them (attach.ts takeEvidence), which checks ownership.
import { z } from "zod";
import { id } from "../validation/fields";
import { MAX_FILES_PER_UPDATE } from "./inspect";

export const uploadIds = z
  .array(id, { message: "Tệp đã tải lên không hợp lệ" })
  .max(MAX_FILES_PER_UPDATE, `Tối đa ${MAX_FILES_PER_UPDATE} tệp cho mỗi lần cập nhật`)
  .default([]);
