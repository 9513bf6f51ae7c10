// A commune's webhook (Quản trị → Cài đặt → Webhook): the address, the kinds it hears and the
// signing secret. The secret is made here (never typed by a person), returned once to the page that
// asked for it and never again: the page shows only when it was made, and the audit log records
// that a secret exists, never its value.
import { randomBytes } from "node:crypto";
import { defineAction } from "../actions/safe-action";
import { canSetCommuneSettings } from "../auth/permissions";
import { AppError } from "../errors";
import type { Tx } from "../db";
import { env } from "../env";
import { now } from "../jobs/clock";
import { webhookAddressProblem } from "../notifications/channels/destination";
import { communeOnlySchema, communeWebhookSchema } from "./schemas";

/** 32 random bytes, base64url: the HMAC-SHA256 key the receiver verifies signatures with. */
export const newWebhookSecret = () => randomBytes(32).toString("base64url");

type WebhookState = { webhookUrl: string | null; webhookKinds: string[]; webhookSecretCreatedAt: Date | null; hasSecret: boolean };

/** The webhook's fields as the audit log may show them: whether a secret exists, not the secret. */
async function webhookState(tx: Tx, communeId: string): Promise<WebhookState> {
  const row = await tx.communeSettings.findUnique({
    where: { communeId },
    select: { webhookUrl: true, webhookKinds: true, webhookSecret: true, webhookSecretCreatedAt: true },
  });
  return {
    webhookUrl: row?.webhookUrl ?? null,
    webhookKinds: row?.webhookKinds ?? [],
    webhookSecretCreatedAt: row?.webhookSecretCreatedAt ?? null,
    hasSecret: !!row?.webhookSecret,
  };
}

const audited = (s: WebhookState) => ({ ...s, webhookSecretCreatedAt: s.webhookSecretCreatedAt?.toISOString() ?? null });

export const updateCommuneWebhook = defineAction({
  name: "communes.updateWebhook",
  schema: communeWebhookSchema,
  permission: canSetCommuneSettings,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    const communeId = commune.communeId;
    const inside = webhookAddressProblem(input.webhookUrl, env().WEBHOOK_ALLOWED_IPS);
    if (inside) throw new AppError("VALIDATION", inside, { webhookUrl: [inside] });
    const before = await webhookState(tx, communeId);
    // The first save makes the secret; later saves keep it (rotating is its own button).
    const secret = before.hasSecret ? null : newWebhookSecret();
    const fields = {
      webhookUrl: input.webhookUrl,
      webhookKinds: input.webhookKinds,
      ...(secret ? { webhookSecret: secret, webhookSecretCreatedAt: now() } : {}),
    };
    await tx.communeSettings.upsert({ where: { communeId }, create: { communeId, ...fields }, update: fields });
    // Messages still waiting go where the commune now says, not to the address it left.
    if (before.webhookUrl && before.webhookUrl !== input.webhookUrl)
      await tx.outboxMessage.updateMany({
        where: { communeId, channel: "WEBHOOK", status: "PENDING" },
        data: { recipient: input.webhookUrl },
      });
    const after = await webhookState(tx, communeId);
    await ctx.audit(
      "communes.updateWebhook",
      { type: "CommuneSettings", id: communeId },
      { before: audited(before), after: audited(after) },
    );
    return { secret, secretCreatedAt: after.webhookSecretCreatedAt?.toISOString() ?? null };
  },
});

export const rotateWebhookSecret = defineAction({
  name: "communes.rotateWebhookSecret",
  schema: communeOnlySchema,
  permission: canSetCommuneSettings,
  async run(ctx) {
    const { tx, commune } = ctx;
    const communeId = commune.communeId;
    const before = await webhookState(tx, communeId);
    if (!before.webhookUrl) throw new AppError("VALIDATION", "Xã/phường chưa có webhook: hãy nhập địa chỉ và lưu trước.");
    const secret = newWebhookSecret();
    await tx.communeSettings.update({ where: { communeId }, data: { webhookSecret: secret, webhookSecretCreatedAt: now() } });
    const after = await webhookState(tx, communeId);
    await ctx.audit(
      "communes.rotateWebhookSecret",
      { type: "CommuneSettings", id: communeId },
      { before: audited(before), after: audited(after) },
    );
    return { secret, secretCreatedAt: after.webhookSecretCreatedAt?.toISOString() ?? null };
  },
});

export const removeCommuneWebhook = defineAction({
  name: "communes.removeWebhook",
  schema: communeOnlySchema,
  permission: canSetCommuneSettings,
  async run(ctx) {
    const { tx, commune } = ctx;
    const communeId = commune.communeId;
    const before = await webhookState(tx, communeId);
    if (!before.webhookUrl) throw new AppError("VALIDATION", "Xã/phường chưa có webhook.");
    await tx.communeSettings.update({
      where: { communeId },
      data: { webhookUrl: null, webhookSecret: null, webhookSecretCreatedAt: null, webhookKinds: [] },
    });
    // Without the secret the waiting messages could not be signed: they are cancelled, not failed.
    const cancelled = await tx.outboxMessage.updateMany({
      where: { communeId, channel: "WEBHOOK", status: "PENDING" },
      data: { status: "CANCELLED", lastError: "Webhook đã bị gỡ" },
    });
    await ctx.audit(
      "communes.removeWebhook",
      { type: "CommuneSettings", id: communeId },
      { before: audited(before), after: audited(await webhookState(tx, communeId)), cancelled: cancelled.count },
    );
    return { cancelled: cancelled.count };
  },
});
