-- Province plans (issue 20): the province's working copy, its published versions, each commune's receipt,
-- and the link of a commune task or KPI to the province task or KPI it carries out.
-- CreateEnum
CREATE TYPE "TaskClosure" AS ENUM ('NOT_APPLICABLE', 'WITHDRAWN');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PROVINCE_PLAN_PUBLISHED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "provinceCoordinator" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "closedById" TEXT,
ADD COLUMN     "closedKind" "TaskClosure",
ADD COLUMN     "closedReason" TEXT,
ADD COLUMN     "mandateVersion" INTEGER,
ADD COLUMN     "provinceTaskId" TEXT;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "provinceIndicatorId" TEXT,
ADD COLUMN     "provinceWithdrawnAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ProvincePlan" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "number" TEXT,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedDate" DATE,
    "signerName" TEXT,
    "signerTitle" TEXT,
    "parentRefs" TEXT NOT NULL DEFAULT '',
    "periodStart" DATE,
    "periodEnd" DATE,
    "sourceFile" TEXT,
    "sourceFileId" TEXT,
    "sourceText" TEXT,
    "warnings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishedVersion" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProvincePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvinceTask" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "groupCode" TEXT,
    "groupTitle" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "expectedOutput" TEXT,
    "deadlineKind" "DeadlineKind" NOT NULL,
    "dueDate" DATE,
    "deadlineText" TEXT NOT NULL DEFAULT '',
    "leadText" TEXT NOT NULL DEFAULT '',
    "supportText" TEXT,
    "targetAll" BOOLEAN NOT NULL DEFAULT true,
    "targetCommuneIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "adaptable" BOOLEAN NOT NULL DEFAULT false,
    "withdrawnAt" TIMESTAMPTZ(3),
    "firstVersion" INTEGER,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProvinceTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvinceIndicator" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "catalogCode" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "comparison" "IndicatorComparison" NOT NULL,
    "target" DECIMAL(16,4) NOT NULL,
    "dueDate" DATE NOT NULL,
    "measure" "IndicatorMeasure" NOT NULL DEFAULT 'DIRECT',
    "numeratorLabel" TEXT,
    "denominatorLabel" TEXT,
    "method" TEXT NOT NULL DEFAULT '',
    "frequency" "IndicatorFrequency" NOT NULL DEFAULT 'MONTHLY',
    "targetAll" BOOLEAN NOT NULL DEFAULT true,
    "targetCommuneIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "withdrawnAt" TIMESTAMPTZ(3),
    "firstVersion" INTEGER,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProvinceIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvincePlanVersion" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changes" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProvincePlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvincePlanReceipt" (
    "provincePlanId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "appliedVersion" INTEGER NOT NULL,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL,
    "changes" JSONB NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "acknowledgedById" TEXT,

    CONSTRAINT "ProvincePlanReceipt_pkey" PRIMARY KEY ("provincePlanId","communeId")
);

-- CreateIndex
CREATE INDEX "ProvincePlan_provinceId_createdAt_idx" ON "ProvincePlan"("provinceId", "createdAt");

-- CreateIndex
CREATE INDEX "ProvinceTask_provinceId_idx" ON "ProvinceTask"("provinceId");

-- CreateIndex
CREATE INDEX "ProvinceTask_planId_sortOrder_idx" ON "ProvinceTask"("planId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceTask_planId_code_key" ON "ProvinceTask"("planId", "code");

-- CreateIndex
CREATE INDEX "ProvinceIndicator_provinceId_idx" ON "ProvinceIndicator"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceIndicator_planId_code_key" ON "ProvinceIndicator"("planId", "code");

-- CreateIndex
CREATE INDEX "ProvincePlanVersion_provinceId_publishedAt_idx" ON "ProvincePlanVersion"("provinceId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProvincePlanVersion_planId_number_key" ON "ProvincePlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "ProvincePlanReceipt_communeId_idx" ON "ProvincePlanReceipt"("communeId");

-- CreateIndex
CREATE INDEX "ProvincePlanReceipt_provinceId_provincePlanId_idx" ON "ProvincePlanReceipt"("provinceId", "provincePlanId");

-- CreateIndex
CREATE INDEX "Task_provinceTaskId_idx" ON "Task"("provinceTaskId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_communeId_provinceTaskId_key" ON "Task"("communeId", "provinceTaskId");

-- CreateIndex
CREATE INDEX "Indicator_provinceIndicatorId_idx" ON "Indicator"("provinceIndicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_communeId_provinceIndicatorId_key" ON "Indicator"("communeId", "provinceIndicatorId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_provinceTaskId_fkey" FOREIGN KEY ("provinceTaskId") REFERENCES "ProvinceTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_provinceIndicatorId_fkey" FOREIGN KEY ("provinceIndicatorId") REFERENCES "ProvinceIndicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceTask" ADD CONSTRAINT "ProvinceTask_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProvincePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceIndicator" ADD CONSTRAINT "ProvinceIndicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProvincePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvincePlanVersion" ADD CONSTRAINT "ProvincePlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProvincePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvincePlanReceipt" ADD CONSTRAINT "ProvincePlanReceipt_provincePlanId_fkey" FOREIGN KEY ("provincePlanId") REFERENCES "ProvincePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

