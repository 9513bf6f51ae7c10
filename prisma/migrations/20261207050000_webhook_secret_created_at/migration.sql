-- AlterTable
ALTER TABLE "CommuneSettings" ADD COLUMN     "webhookSecretCreatedAt" TIMESTAMPTZ(3);
