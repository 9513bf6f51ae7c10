-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "submittedAt" TIMESTAMPTZ(3);
