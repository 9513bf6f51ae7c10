// The one server action of bulk onboarding: preview (nothing written) or apply (one transaction,
// then the activation e-mails). The page sends the same file again to apply: it is re-read and
// re-checked against the data as it is then, so what is written is what a preview would show.
import { defineAction } from "../actions/safe-action";
import { canManageTenants } from "../auth/permissions";
import { AppError } from "../errors";
import { applyOnboarding, type NewAccountLink } from "./apply";
import { previewOnboarding, type OnboardingPlan } from "./check";
import { readOnboardingFiles } from "./parse";
import { onboardSchema } from "./schemas";

export type OnboardResponse = OnboardingPlan & { applied: boolean; createdCommunes: string[]; links: NewAccountLink[] };

export const onboard = defineAction({
  name: "tenants.onboard",
  scope: "user",
  schema: onboardSchema,
  permission: canManageTenants,
  async run({ input, tx, user }): Promise<OnboardResponse> {
    const main = { name: input.file.name, bytes: Buffer.from(await input.file.arrayBuffer()) };
    const extra = input.accountsFile ? { name: input.accountsFile.name, bytes: Buffer.from(await input.accountsFile.arrayBuffer()) } : null;
    const read = await readOnboardingFiles(main, extra);
    if (!read.ok) throw new AppError("VALIDATION", read.message, { file: [read.message] });
    if (read.communes.length === 0 && read.accounts.length === 0) {
      throw new AppError("VALIDATION", "Tệp không có dòng nào.", { file: ["Tệp không có dòng nào"] });
    }
    if (input.mode === "preview") return { ...(await previewOnboarding(tx, read)), applied: false, createdCommunes: [], links: [] };
    const done = await applyOnboarding(tx, { actorId: user.id, fileName: input.file.name, rows: read });
    return { ...done.plan, applied: true, createdCommunes: done.createdCommunes, links: done.accounts };
  },
});
