-- CreateEnum
CREATE TYPE "ApiScope" AS ENUM ('READ', 'INDICATORS_WRITE');

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "apiTokenId" TEXT,
ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "feedSource" TEXT;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "communeId" TEXT,
    "provinceId" TEXT,
    "name" TEXT NOT NULL,
    "scope" "ApiScope" NOT NULL DEFAULT 'READ',
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "lastUsedIp" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiRateWindow" (
    "tokenId" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ApiRateWindow_pkey" PRIMARY KEY ("tokenId","windowStart")
);

-- CreateTable
CREATE TABLE "KpiNationalCode" (
    "catalogCode" TEXT NOT NULL,
    "nationalCode" TEXT NOT NULL,
    "nationalName" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KpiNationalCode_pkey" PRIMARY KEY ("catalogCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_communeId_createdAt_idx" ON "ApiToken"("communeId", "createdAt");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Task_communeId_updatedAt_idx" ON "Task"("communeId", "updatedAt");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_periodKey_feedSource_externalId_idx" ON "IndicatorValue"("indicatorId", "periodKey", "feedSource", "externalId");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


