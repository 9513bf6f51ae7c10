-- Issue 19: notification kinds, the outbox, preferences, holidays, scheduled-rule runs, schedule settings.
-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('DEADLINE_APPROACHING', 'OVERDUE_UNIT', 'OVERDUE_CHAIR', 'PERIOD_REMINDER', 'PERIOD_MISSING', 'CHAIR_WEEKLY_DIGEST', 'DIRECTION', 'DIRECTION_REMINDER', 'UPDATE_RETURNED', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'REPORT_FOR_SIGNATURE', 'REPORT_SIGNED', 'INDICATOR_VALUE_DUE', 'REPORT_REMINDER', 'EMAIL_DIGEST');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('EMAIL', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EmailMode" AS ENUM ('INSTANT', 'DAILY_DIGEST', 'OFF');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "data" JSONB,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "digestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "kind" "NotificationKind";

-- Existing rows: the two kinds that wrote notifications before (reporting reminders by topic,
-- extension requests/decisions by topic, report signature messages by title).
UPDATE "Notification" SET "kind" = CASE
  WHEN "topic" LIKE 'remind:%' THEN 'REPORT_REMINDER'::"NotificationKind"
  WHEN "topic" LIKE 'extension:%' AND "title" LIKE 'Đề nghị%' THEN 'EXTENSION_REQUESTED'::"NotificationKind"
  WHEN "topic" LIKE 'extension:%' THEN 'EXTENSION_DECIDED'::"NotificationKind"
  WHEN "title" LIKE '%chờ ký' THEN 'REPORT_FOR_SIGNATURE'::"NotificationKind"
  ELSE 'REPORT_SIGNED'::"NotificationKind"
END;
ALTER TABLE "Notification" ALTER COLUMN "kind" SET NOT NULL;

-- AlterTable
ALTER TABLE "CommuneSettings" ADD COLUMN     "chairDigestTime" TEXT NOT NULL DEFAULT '07:30',
ADD COLUMN     "chairDigestWeekday" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "deadlineReminderDays" INTEGER[] DEFAULT ARRAY[7, 3, 1]::INTEGER[],
ADD COLUMN     "directionReminderDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "overdueDigest" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "periodReminderWorkingDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "quietEnd" TEXT NOT NULL DEFAULT '06:30',
ADD COLUMN     "quietStart" TEXT NOT NULL DEFAULT '21:00',
ADD COLUMN     "reminderTime" TEXT NOT NULL DEFAULT '07:30',
ADD COLUMN     "webhookKinds" "NotificationKind"[] DEFAULT ARRAY[]::"NotificationKind"[],
ADD COLUMN     "webhookSecret" TEXT,
ADD COLUMN     "webhookUrl" TEXT;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "communeId" TEXT,
    "notificationId" TEXT,
    "channel" "OutboxChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "emailMode" "EmailMode" NOT NULL DEFAULT 'INSTANT',
    "emailMuted" "NotificationKind"[] DEFAULT ARRAY[]::"NotificationKind"[],
    "inAppMuted" "NotificationKind"[] DEFAULT ARRAY[]::"NotificationKind"[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "workingDay" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "key" TEXT NOT NULL,
    "communeId" TEXT,
    "rule" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "messages" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_communeId_status_idx" ON "OutboxMessage"("communeId", "status");

-- CreateIndex
CREATE INDEX "JobRun_communeId_rule_idx" ON "JobRun"("communeId", "rule");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_kind_createdAt_idx" ON "Notification"("kind", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

