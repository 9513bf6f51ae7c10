import { foldText } from "@/lib/text";

const placeName = (name: string) =>
  foldText(name)
    .replace(/^(ubnd\s+)?(xa|phuong|thi tran|dac khu)\s+/, "")
    .trim();

/**
 * A plan written by another commune may be used as a template, but it is created only when the
 * person ticks the confirmation (`applyImport` refuses it otherwise): a wrong file mixes into the
 * dashboard, the task lists and the reports.
 */
export function otherCommuneWarning(documentCommune: string, communeName: string): string | null {
  if (!documentCommune || placeName(documentCommune) === placeName(communeName)) return null;
  return `Văn bản là kế hoạch của ${documentCommune}, không phải của ${communeName}: kiểm tra lại trước khi tạo.`;
}

/** The confirmation the person must tick to create such a plan anyway. */
export const OTHER_COMMUNE_CONFIRM = "Tôi xác nhận tạo kế hoạch này cho xã/phường đang làm việc dù văn bản ghi tên nơi khác.";
