import { foldText } from "./text";

const placeName = (name: string) =>
  foldText(name)
    .replace(/^(ubnd\s+)?(xa|phuong|thi tran|dac khu)\s+/, "")
    .trim();

/** A plan written by another commune is allowed (a template), but the person must see it. */
export function otherCommuneWarning(documentCommune: string, communeName: string): string | null {
  if (!documentCommune || placeName(documentCommune) === placeName(communeName)) return null;
  return `Văn bản là kế hoạch của ${documentCommune}, không phải của ${communeName}: kiểm tra lại trước khi tạo.`;
}
