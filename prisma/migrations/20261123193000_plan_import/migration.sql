-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('DRAFT', 'APPLIED', 'DISCARDED');

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "importId" TEXT,
ADD COLUMN     "indicatorDrafts" JSONB;

-- CreateTable
CREATE TABLE "PlanImport" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "draft" JSONB NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanImport_communeId_createdAt_idx" ON "PlanImport"("communeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_importId_key" ON "Plan"("importId");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_importId_fkey" FOREIGN KEY ("importId") REFERENCES "PlanImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

