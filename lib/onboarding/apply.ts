// Writes an onboarding file checked without errors, in the caller's transaction: the new communes
// (createCommuneWithUnits, the same as the form), the new accounts (no password anyone knows) and
// one activation link each. E-mails go after the commit (deliverActivationMails), never the outbox.
import { randomBytes } from "node:crypto";
import { issueActivationLink } from "../accounts/admin-ops";
import { activationMail, emailConfigured, sendAccountMail } from "../accounts/mail";
import { writeAudit } from "../audit/write";
import { hashPassword } from "../auth/password";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { cleanFileName } from "../files/inspect";
import { createId } from "../ids";
import { createCommuneWithUnits } from "../tenants/commune-create";
import { prepareOnboarding, type OnboardingPlan } from "./check";
import type { OnboardingRows } from "./parse";

export type NewAccountLink = {
  userId: string;
  username: string;
  fullName: string;
  communeName: string;
  email: string | null;
  link: string;
  expiresAt: Date;
  /** Set by deliverActivationMails: true once the e-mail went out. */
  emailed: boolean;
};

export type OnboardingResult = { plan: OnboardingPlan; createdCommunes: string[]; accounts: NewAccountLink[] };

/** Refuses (VALIDATION, with the plan in `details`) a file with an error row: nothing is written. */
export async function applyOnboarding(
  tx: Tx,
  args: { actorId: string; fileName: string; rows: OnboardingRows },
): Promise<OnboardingResult> {
  const prepared = await prepareOnboarding(tx, args.rows);
  const plan: OnboardingPlan = { communes: prepared.communes, accounts: prepared.accounts, counts: prepared.counts };
  if (plan.counts.error > 0) {
    throw new AppError("VALIDATION", `Tệp còn ${plan.counts.error} dòng lỗi: chưa ghi gì. Sửa tệp rồi tải lên lại.`, undefined, {
      ...plan,
    });
  }
  const communeIds = new Map(prepared.existingCommuneIds);
  const createdCommunes: string[] = [];
  for (const c of plan.communes) {
    if (c.state !== "new") continue;
    const made = await createCommuneWithUnits(tx, {
      name: c.name,
      kind: c.kind!,
      adminCode: c.adminCode,
      provinceId: c.provinceId!,
      actorId: args.actorId,
    });
    communeIds.set(c.adminCode, made.communeId);
    createdCommunes.push(`${c.name} (${c.adminCode})`);
  }

  const newAccounts = plan.accounts.filter((a) => a.state === "new");
  // Nobody signs in with a password before activating: every account gets the hash of one random
  // password thrown away at once (one argon2 run for the file, not one per account; the login's
  // timing stays that of a real hash).
  const passwordHash = newAccounts.length ? await hashPassword(randomBytes(32).toString("base64url")) : "";
  const sendMail = emailConfigured();
  const accounts: NewAccountLink[] = [];
  for (const a of newAccounts) {
    const communeId = communeIds.get(a.communeCode)!;
    const commune = await tx.unit.findUniqueOrThrow({ where: { id: communeId }, select: { name: true, provinceId: true } });
    // The check refused a unit for a role without one.
    const unit = a.unit ? await tx.unit.findFirst({ where: { communeId, name: a.unit }, select: { id: true } }) : null;
    const userId = createId();
    await tx.user.create({
      data: {
        id: userId,
        username: a.username,
        fullName: a.fullName,
        email: a.email,
        phone: a.phone,
        role: a.role!,
        communeId,
        provinceId: commune.provinceId,
        unitId: unit?.id ?? null,
        passwordHash,
        mustChangePassword: false,
      },
    });
    const { link, expiresAt } = await issueActivationLink(tx, userId, args.actorId);
    const delivery = sendMail && a.email ? "EMAIL" : "PRINT";
    await writeAudit(tx, {
      communeId,
      actorId: args.actorId,
      action: "users.issueActivation",
      entityType: "User",
      entityId: userId,
      data: { username: a.username, delivery },
    });
    accounts.push({
      userId,
      username: a.username,
      fullName: a.fullName,
      communeName: commune.name,
      email: a.email,
      link,
      expiresAt,
      emailed: false,
    });
  }
  if (createdCommunes.length || accounts.length) {
    await writeAudit(tx, {
      communeId: null,
      actorId: args.actorId,
      action: "tenants.onboard",
      entityType: "Onboarding",
      entityId: createId(),
      data: { fileName: cleanFileName(args.fileName), onboardedCommunes: createdCommunes, accountCount: accounts.length },
    });
  }
  return { plan, createdCommunes, accounts };
}

/** After the commit: each new account with an e-mail gets its link when SMTP is configured. */
export async function deliverActivationMails(accounts: NewAccountLink[]): Promise<NewAccountLink[]> {
  if (!emailConfigured()) return accounts;
  const out: NewAccountLink[] = [];
  for (const a of accounts) {
    const emailed = a.email ? await sendAccountMail(a.email, activationMail(a, a.link, a.expiresAt)) : false;
    out.push({ ...a, emailed });
  }
  return out;
}
