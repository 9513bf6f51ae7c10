-- AlterTable
ALTER TABLE "PlanImport" ADD COLUMN     "targetPlanId" TEXT;

