import { z } from "zod";
import "../validation/messages";
import { id, text, version } from "../validation/fields";

/** Publishing the working copy as it was seen: its optimistic version and the last version number shown. */
export const publishPlanSchema = z.object({
  provinceId: id,
  planId: id,
  version,
  publishedVersion: version.optional(),
  note: text(2000, "Ghi chú phiên bản"),
});

/** Re-applying the latest version to the communes that have not received it. */
export const applyPendingSchema = z.object({ provinceId: id, planId: id });
