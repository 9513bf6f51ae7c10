// A plan document read into a draft, for both imports (a commune's plan and the province's): its text
// and the parsed tasks, or a Vietnamese refusal of the file field when it is no plan.
import { AppError } from "../errors";
import { extractPlanText } from "./extract-text";
import { parsePlanText } from "./parse-plan";

const NO_TASKS =
  "Không tìm thấy nhiệm vụ nào trong tệp: tệp có vẻ không phải là một kế hoạch (cần các mục có “Chủ trì”, “Phối hợp”, “Thời gian”).";

export async function readPlanDocument(fileName: string, bytes: Buffer) {
  const extracted = await extractPlanText(fileName, bytes);
  if (!extracted.ok) throw new AppError("VALIDATION", extracted.message, { file: [extracted.message] });
  const draft = parsePlanText(extracted.text);
  if (draft.tasks.length === 0) throw new AppError("VALIDATION", NO_TASKS, { file: [NO_TASKS] });
  return { extracted, draft };
}
