import type { OutboxChannel } from "../../generated/prisma/enums";

/** An outbox channel in words (the admin's page, the audit log). */
export const OUTBOX_CHANNEL_LABEL: Record<OutboxChannel, string> = { EMAIL: "Thư điện tử", WEBHOOK: "Webhook" };
