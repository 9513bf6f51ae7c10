-- CreateEnum
CREATE TYPE "CheckItemState" AS ENUM ('OK', 'FLAKY', 'DOWN');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "IncidentSeverity" AS ENUM ('LOW', 'NORMAL', 'URGENT');

-- CreateEnum
CREATE TYPE "IncidentEventKind" AS ENUM ('REPORTED', 'ACKNOWLEDGED', 'STARTED', 'ESCALATED', 'PROVINCE_ACKNOWLEDGED', 'RESOLVED', 'REOPENED', 'CLOSED', 'COMMENTED', 'SEEN_AGAIN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'INCIDENT_URGENT';
ALTER TYPE "NotificationKind" ADD VALUE 'INCIDENT_ESCALATED';
ALTER TYPE "NotificationKind" ADD VALUE 'INCIDENT_UPDATED';
ALTER TYPE "NotificationKind" ADD VALUE 'DAILY_CHECK_MISSING';

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "checkResultId" TEXT,
ADD COLUMN     "incidentId" TEXT;

-- AlterTable
ALTER TABLE "CommuneSettings" ADD COLUMN     "serviceCentreUnitId" TEXT;

-- CreateTable
CREATE TABLE "CheckItem" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "area" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "hint" TEXT NOT NULL DEFAULT '',
    "critical" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyCheck" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "checkedById" TEXT NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "faultCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DailyCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyCheckRevision" (
    "id" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL DEFAULT '',
    "faultCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyCheckRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyCheckResult" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "itemId" TEXT,
    "itemName" TEXT NOT NULL,
    "area" TEXT NOT NULL DEFAULT '',
    "state" "CheckItemState" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "incidentId" TEXT,

    CONSTRAINT "DailyCheckResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "checkItemId" TEXT,
    "severity" "IncidentSeverity" NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedById" TEXT NOT NULL,
    "countersDown" INTEGER NOT NULL DEFAULT 0,
    "servicesAffected" TEXT NOT NULL DEFAULT '',
    "dossiersAffected" INTEGER,
    "status" "IncidentStatus" NOT NULL DEFAULT 'NEW',
    "acknowledgedAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "provinceAcknowledgedAt" TIMESTAMPTZ(3),
    "provinceAcknowledgedById" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "cause" TEXT NOT NULL DEFAULT '',
    "fix" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentEvent" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "kind" "IncidentEventKind" NOT NULL,
    "fromStatus" "IncidentStatus",
    "toStatus" "IncidentStatus",
    "note" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckItem_communeId_sortOrder_idx" ON "CheckItem"("communeId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "DailyCheck_communeId_day_key" ON "DailyCheck"("communeId", "day");

-- CreateIndex
CREATE INDEX "DailyCheckRevision_communeId_submittedAt_idx" ON "DailyCheckRevision"("communeId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DailyCheckRevision_checkId_number_key" ON "DailyCheckRevision"("checkId", "number");

-- CreateIndex
CREATE INDEX "DailyCheckResult_revisionId_idx" ON "DailyCheckResult"("revisionId");

-- CreateIndex
CREATE INDEX "DailyCheckResult_communeId_itemId_idx" ON "DailyCheckResult"("communeId", "itemId");

-- CreateIndex
CREATE INDEX "DailyCheckResult_incidentId_idx" ON "DailyCheckResult"("incidentId");

-- CreateIndex
CREATE INDEX "Incident_communeId_status_idx" ON "Incident"("communeId", "status");

-- CreateIndex
CREATE INDEX "Incident_status_severity_idx" ON "Incident"("status", "severity");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_communeId_number_key" ON "Incident"("communeId", "number");

-- CreateIndex
CREATE INDEX "IncidentEvent_incidentId_at_idx" ON "IncidentEvent"("incidentId", "at");

-- CreateIndex
CREATE INDEX "Attachment_checkResultId_idx" ON "Attachment"("checkResultId");

-- CreateIndex
CREATE INDEX "Attachment_incidentId_idx" ON "Attachment"("incidentId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_checkResultId_fkey" FOREIGN KEY ("checkResultId") REFERENCES "DailyCheckResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheck" ADD CONSTRAINT "DailyCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRevision" ADD CONSTRAINT "DailyCheckRevision_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "DailyCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRevision" ADD CONSTRAINT "DailyCheckRevision_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckResult" ADD CONSTRAINT "DailyCheckResult_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "DailyCheckRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckResult" ADD CONSTRAINT "DailyCheckResult_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CheckItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckResult" ADD CONSTRAINT "DailyCheckResult_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_checkItemId_fkey" FOREIGN KEY ("checkItemId") REFERENCES "CheckItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEvent" ADD CONSTRAINT "IncidentEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEvent" ADD CONSTRAINT "IncidentEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


