// Vietnamese wording of zod's own checks, for every schema that gives no message of its own (a length
// limit without a label, a field missing from a tampered request, a value of the wrong type). Without
// it zod answers in English ("Invalid input: expected string, received number"). Every schema module
// imports this file, so the wording is set before any form is checked, on the server and in the browser.
import { z } from "zod";

const SIZE_UNITS: Record<string, string> = { string: "ký tự", array: "mục", set: "mục", map: "mục", file: "byte" };

const TYPE_MESSAGES: Record<string, string> = {
  string: "Phải là văn bản",
  number: "Phải là một số",
  int: "Phải là số nguyên",
  bigint: "Phải là một số",
  boolean: "Giá trị không hợp lệ",
  date: "Ngày không hợp lệ",
  array: "Phải là một danh sách",
  object: "Dữ liệu gửi lên không đúng cấu trúc",
};

const own = (table: Record<string, string>, key: string | undefined) =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/** The message for one zod issue that its schema left unworded. */
export function vietnameseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Thiếu thông tin bắt buộc";
      return own(TYPE_MESSAGES, issue.expected) ?? "Giá trị không đúng kiểu dữ liệu";
    case "too_big": {
      const unit = own(SIZE_UNITS, issue.origin);
      const max = String(issue.maximum);
      if (unit) return `Tối đa ${max} ${unit}`;
      return issue.inclusive ? `Không được lớn hơn ${max}` : `Phải nhỏ hơn ${max}`;
    }
    case "too_small": {
      const unit = own(SIZE_UNITS, issue.origin);
      const min = String(issue.minimum);
      if (issue.origin === "string" && issue.minimum === 1) return "Không được để trống";
      if (issue.origin === "array" && issue.minimum === 1) return "Chọn ít nhất một mục";
      if (unit) return `Ít nhất ${min} ${unit}`;
      return issue.inclusive ? `Không được nhỏ hơn ${min}` : `Phải lớn hơn ${min}`;
    }
    case "invalid_format":
      if (issue.format === "email") return "Email không hợp lệ";
      if (issue.format === "url") return "Đường dẫn không hợp lệ";
      return "Không đúng định dạng";
    case "not_multiple_of":
      return `Phải là bội số của ${String(issue.divisor)}`;
    case "invalid_value":
      return issue.values.length > 1 ? "Chọn một giá trị trong danh sách" : "Giá trị không hợp lệ";
    case "unrecognized_keys":
      return "Có trường dữ liệu không được chấp nhận";
    case "invalid_element":
      return "Danh sách có mục không hợp lệ";
    default:
      return "Giá trị không hợp lệ";
  }
}

z.config({ customError: vietnameseIssueMessage });
