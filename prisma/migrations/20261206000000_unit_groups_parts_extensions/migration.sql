-- Issue 18: unit groups (nhóm đơn vị) with members, groups named on a task's lead/helping side
-- (expanded into TaskUnit rows with viaGroupId), per-member parts of group-led tasks, deadline
-- extension requests, on-behalf and 'unchanged' updates, and a commune's settings.

-- CreateEnum
CREATE TYPE "UnitGroupKind" AS ENUM ('OFFICES', 'COMMITTEE_UNITS', 'CUSTOM');

-- CreateEnum
CREATE TYPE "ExtensionStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "extensionCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "originalDueDate" DATE;

-- AlterTable
ALTER TABLE "TaskUnit" ADD COLUMN     "viaGroupId" TEXT;

-- AlterTable
ALTER TABLE "TaskUpdate" ADD COLUMN     "onBehalf" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "unchanged" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "extensionId" TEXT;

-- AlterTable
ALTER TABLE "ReportSubmission" ADD COLUMN     "onBehalf" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "UnitGroup" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitGroupKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UnitGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitGroupMember" (
    "communeId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "UnitGroupMember_pkey" PRIMARY KEY ("groupId","unitId")
);

-- CreateTable
CREATE TABLE "TaskUnitGroup" (
    "communeId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "role" "TaskUnitRole" NOT NULL,

    CONSTRAINT "TaskUnitGroup_pkey" PRIMARY KEY ("taskId","groupId","role")
);

-- CreateTable
CREATE TABLE "TaskPart" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "workStatus" "WorkStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMPTZ(3),
    "lastUpdateAt" TIMESTAMPTZ(3),
    "notApplicableReason" TEXT,
    "notApplicableAt" TIMESTAMPTZ(3),
    "notApplicableById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TaskPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "currentDueDate" DATE NOT NULL,
    "requestedDueDate" DATE NOT NULL,
    "status" "ExtensionStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "approvedDueDate" DATE,
    "decisionComment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommuneSettings" (
    "communeId" TEXT NOT NULL,
    "maxDeadlineExtensions" INTEGER NOT NULL DEFAULT 2,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommuneSettings_pkey" PRIMARY KEY ("communeId")
);

-- CreateIndex
CREATE INDEX "UnitGroup_communeId_sortOrder_idx" ON "UnitGroup"("communeId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "UnitGroup_communeId_name_key" ON "UnitGroup"("communeId", "name");

-- CreateIndex
CREATE INDEX "UnitGroupMember_communeId_unitId_idx" ON "UnitGroupMember"("communeId", "unitId");

-- CreateIndex
CREATE INDEX "TaskUnitGroup_communeId_groupId_idx" ON "TaskUnitGroup"("communeId", "groupId");

-- CreateIndex
CREATE INDEX "TaskPart_communeId_unitId_idx" ON "TaskPart"("communeId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskPart_taskId_unitId_key" ON "TaskPart"("taskId", "unitId");

-- CreateIndex
CREATE INDEX "DeadlineExtension_communeId_status_createdAt_idx" ON "DeadlineExtension"("communeId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "DeadlineExtension_communeId_taskId_createdAt_idx" ON "DeadlineExtension"("communeId", "taskId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_extensionId_idx" ON "Attachment"("extensionId");

-- AddForeignKey
ALTER TABLE "TaskUnit" ADD CONSTRAINT "TaskUnit_viaGroupId_fkey" FOREIGN KEY ("viaGroupId") REFERENCES "UnitGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_extensionId_fkey" FOREIGN KEY ("extensionId") REFERENCES "DeadlineExtension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitGroupMember" ADD CONSTRAINT "UnitGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "UnitGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitGroupMember" ADD CONSTRAINT "UnitGroupMember_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUnitGroup" ADD CONSTRAINT "TaskUnitGroup_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUnitGroup" ADD CONSTRAINT "TaskUnitGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "UnitGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskPart" ADD CONSTRAINT "TaskPart_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskPart" ADD CONSTRAINT "TaskPart_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- At most one pending extension request per task: two requests sent at once → one stands.
CREATE UNIQUE INDEX "DeadlineExtension_one_pending_per_task" ON "DeadlineExtension"("taskId") WHERE "status" = 'PENDING';

-- One built-in group of each kind per commune (lib/units/groups.ts keeps their members in step).
CREATE UNIQUE INDEX "UnitGroup_one_builtin_per_kind" ON "UnitGroup"("communeId", "kind") WHERE "kind" <> 'CUSTOM';

-- The built-in groups of the communes that exist already, with their current members. New communes
-- get theirs from syncBuiltinGroups (seed, unit changes).
INSERT INTO "UnitGroup" ("id", "communeId", "name", "kind", "sortOrder", "updatedAt")
SELECT 'ug' || substr(md5(c.id || k.kind), 1, 23), c.id,
       k.prefix || CASE WHEN c.kind = 'WARD' THEN ' phường' ELSE ' xã' END, k.kind::"UnitGroupKind", k.sort, CURRENT_TIMESTAMP
FROM "Unit" c
CROSS JOIN (VALUES ('OFFICES', 'Các phòng chuyên môn thuộc UBND', 0), ('COMMITTEE_UNITS', 'Các cơ quan, đơn vị thuộc UBND', 1)) AS k(kind, prefix, sort)
WHERE c.kind IN ('COMMUNE', 'WARD') AND c.id = c."communeId";

INSERT INTO "UnitGroupMember" ("communeId", "groupId", "unitId")
SELECT g."communeId", g.id, u.id
FROM "UnitGroup" g
JOIN "Unit" u ON u."communeId" = g."communeId" AND u.active
 AND ((g.kind = 'OFFICES' AND u.kind = 'OFFICE') OR (g.kind = 'COMMITTEE_UNITS' AND u.kind IN ('OFFICE', 'CENTER')));
