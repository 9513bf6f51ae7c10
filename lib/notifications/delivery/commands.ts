// "Gửi lại": the admin puts a message that failed every try back in the outbox. It starts afresh
// (attempts 0, due now) and the next delivery run takes it; the last error stays on the row until that
// attempt replaces it, so the page still says what went wrong. Only FAILED messages: one already sent
// must not reach its reader twice, and one still pending is already being tried.
import { defineAction } from "../../actions/safe-action";
import { canManageOutbox } from "../../auth/permissions";
import { formatDateTime } from "../../dates";
import { AppError } from "../../errors";
import type { OutboxStatus } from "../../generated/prisma/enums";
import { now } from "../../jobs/clock";
import { resendAllSchema, resendSchema } from "./schemas";

const NOT_RESENDABLE: Record<Exclude<OutboxStatus, "FAILED">, (m: { sentAt: Date | null; nextAttemptAt: Date }) => string> = {
  SENT: (m) => `Thư này đã được gửi lúc ${formatDateTime(m.sentAt)}: không gửi lại để người nhận không nhận hai lần.`,
  PENDING: (m) => `Thư này đang chờ gửi (lần thử tiếp theo lúc ${formatDateTime(m.nextAttemptAt)}): không cần gửi lại.`,
  CANCELLED: () => "Thư này đã bị hủy: không gửi lại.",
};

export const resendOutboxMessage = defineAction({
  name: "outbox.resend",
  scope: "user",
  schema: resendSchema,
  permission: canManageOutbox,
  run: async ({ input, tx, audit }) => {
    const m = await tx.outboxMessage.findUnique({
      where: { id: input.messageId },
      select: {
        id: true,
        status: true,
        channel: true,
        recipient: true,
        attempts: true,
        lastError: true,
        sentAt: true,
        nextAttemptAt: true,
      },
    });
    if (!m) throw new AppError("NOT_FOUND", "Không tìm thấy thư này (có thể đã bị xóa).");
    if (m.status !== "FAILED") throw new AppError("CONFLICT", NOT_RESENDABLE[m.status](m));
    // The status in the filter: of two admins pressing at once, one puts it back, the other is told.
    const res = await tx.outboxMessage.updateMany({
      where: { id: m.id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now() },
    });
    if (res.count === 0) throw new AppError("CONFLICT", "Thư này vừa được người khác gửi lại.");
    await audit(
      "outbox.resend",
      { type: "OutboxMessage", id: m.id },
      {
        channel: m.channel,
        recipient: m.recipient,
        attempts: m.attempts,
        lastError: m.lastError,
      },
    );
    return { resent: 1 };
  },
});

export const resendAllFailed = defineAction({
  name: "outbox.resendAll",
  scope: "user",
  schema: resendAllSchema,
  permission: canManageOutbox,
  run: async ({ tx, audit }) => {
    const failed = await tx.outboxMessage.findMany({ where: { status: "FAILED" }, select: { id: true } });
    if (failed.length === 0) return { resent: 0 };
    const ids = failed.map((m) => m.id);
    const res = await tx.outboxMessage.updateMany({
      where: { id: { in: ids }, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now() },
    });
    await audit("outbox.resendAll", { type: "OutboxMessage", id: "all" }, { messageIds: ids });
    return { resent: res.count };
  },
});
