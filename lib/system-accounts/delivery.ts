// How an activation link reaches the person: by e-mail when the account has an address and SMTP is
// configured, else shown once to the admin to print or pass on. The e-mail goes out after the
// transaction commits (a rolled-back account must not receive a link), straight through SMTP.
import { activationMail, emailConfigured, sendAccountMail } from "../accounts/mail";

export type Delivery = "EMAIL" | "PRINT";

/** What the transaction hands over to the step after commit (never shown as is: see deliverActivation). */
export type PendingActivation = {
  username: string;
  fullName: string;
  email: string | null;
  delivery: Delivery;
  link: string;
  expiresAt: Date;
};

/** What the admin's form shows: the link only when it was not e-mailed (or the e-mail failed). */
export type ActivationOutcome = {
  username: string;
  delivery: Delivery;
  email: string | null;
  /** Null once e-mailed: the link is for its owner's eyes only. */
  link: string | null;
  expiresAt: Date;
  /** The e-mail was meant to go but SMTP refused it: the link is shown instead. */
  mailFailed: boolean;
};

export function activationDelivery(email: string | null): Delivery {
  return email && emailConfigured() ? "EMAIL" : "PRINT";
}

export async function deliverActivation(a: PendingActivation): Promise<ActivationOutcome> {
  const base = { username: a.username, email: a.email, expiresAt: a.expiresAt };
  if (a.delivery === "EMAIL" && a.email) {
    const sent = await sendAccountMail(a.email, activationMail(a, a.link, a.expiresAt));
    if (sent) return { ...base, delivery: "EMAIL", link: null, mailFailed: false };
    return { ...base, delivery: "PRINT", link: a.link, mailFailed: true };
  }
  return { ...base, delivery: "PRINT", link: a.link, mailFailed: false };
}
