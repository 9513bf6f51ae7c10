-- KPIs: catalog, plan indicators, linked tasks and append-only values per period. The targets the
-- plan import kept as JSON drafts on "Plan"."indicatorDrafts" become indicators (below) before the
-- column is dropped, so nothing read from a document is lost.
-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENT', 'COUNT');

-- CreateEnum
CREATE TYPE "IndicatorComparison" AS ENUM ('GTE', 'GT', 'EQ', 'LTE', 'LT');

-- CreateEnum
CREATE TYPE "IndicatorMeasure" AS ENUM ('DIRECT', 'RATIO');

-- CreateEnum
CREATE TYPE "IndicatorFrequency" AS ENUM ('WEEKLY', 'MONTHLY');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "indicatorValueId" TEXT,
ALTER COLUMN "taskId" DROP NOT NULL;


-- CreateTable
CREATE TABLE "IndicatorCatalogEntry" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "comparison" "IndicatorComparison" NOT NULL,
    "defaultTarget" DECIMAL(16,4) NOT NULL,
    "defaultDueDate" DATE NOT NULL,
    "measure" "IndicatorMeasure" NOT NULL,
    "numeratorLabel" TEXT,
    "denominatorLabel" TEXT,
    "method" TEXT NOT NULL DEFAULT '',
    "responsibleHint" TEXT,
    "frequency" "IndicatorFrequency" NOT NULL DEFAULT 'MONTHLY',
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IndicatorCatalogEntry_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "catalogCode" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "comparison" "IndicatorComparison" NOT NULL,
    "target" DECIMAL(16,4) NOT NULL,
    "dueDate" DATE NOT NULL,
    "target2" DECIMAL(16,4),
    "dueDate2" DATE,
    "baselineValue" DECIMAL(16,4),
    "baselineDate" DATE,
    "measure" "IndicatorMeasure" NOT NULL,
    "numeratorLabel" TEXT,
    "denominatorLabel" TEXT,
    "method" TEXT NOT NULL DEFAULT '',
    "frequency" "IndicatorFrequency" NOT NULL DEFAULT 'MONTHLY',
    "responsibleUnitId" TEXT,
    "sourceText" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTask" (
    "communeId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,

    CONSTRAINT "IndicatorTask_pkey" PRIMARY KEY ("indicatorId","taskId")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" DECIMAL(16,4) NOT NULL,
    "numerator" DECIMAL(16,4),
    "denominator" DECIMAL(16,4),
    "sourceNote" TEXT NOT NULL DEFAULT '',
    "correctionReason" TEXT,
    "unitId" TEXT,
    "enteredById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Indicator_communeId_planId_sortOrder_idx" ON "Indicator"("communeId", "planId", "sortOrder");

-- CreateIndex
CREATE INDEX "Indicator_communeId_responsibleUnitId_idx" ON "Indicator"("communeId", "responsibleUnitId");

-- CreateIndex
CREATE INDEX "Indicator_communeId_catalogCode_idx" ON "Indicator"("communeId", "catalogCode");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_planId_code_key" ON "Indicator"("planId", "code");

-- CreateIndex
CREATE INDEX "IndicatorTask_communeId_taskId_idx" ON "IndicatorTask"("communeId", "taskId");

-- CreateIndex
CREATE INDEX "IndicatorValue_communeId_indicatorId_periodEnd_idx" ON "IndicatorValue"("communeId", "indicatorId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_periodKey_revision_key" ON "IndicatorValue"("indicatorId", "periodKey", "revision");

-- CreateIndex
CREATE INDEX "Attachment_indicatorValueId_idx" ON "Attachment"("indicatorValueId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_indicatorValueId_fkey" FOREIGN KEY ("indicatorValueId") REFERENCES "IndicatorValue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTask" ADD CONSTRAINT "IndicatorTask_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTask" ADD CONSTRAINT "IndicatorTask_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: targets kept as drafts by the plan import become the plan's indicators (codes CT01, CT02…).
INSERT INTO "Indicator" ("id", "communeId", "planId", "catalogCode", "code", "name", "unit", "comparison", "target",
  "dueDate", "measure", "sourceText", "sortOrder", "updatedAt")
SELECT 'm' || substr(md5(p."id" || ':' || e.ord::text), 1, 24),
       p."communeId",
       p."id",
       NULLIF(e.d->>'catalogCode', ''),
       'CT' || lpad(e.ord::text, 2, '0'),
       left(coalesce(e.d->>'name', 'Chỉ tiêu ' || e.ord::text), 300),
       CASE WHEN e.d->>'unit' = 'count' THEN 'COUNT'::"IndicatorUnit" ELSE 'PERCENT'::"IndicatorUnit" END,
       CASE e.d->>'comparison' WHEN '>' THEN 'GT'::"IndicatorComparison" WHEN '=' THEN 'EQ'::"IndicatorComparison"
            ELSE 'GTE'::"IndicatorComparison" END,
       coalesce((e.d->>'target')::numeric, 0),
       coalesce((e.d->>'dueDate')::date, p."periodEnd", DATE '2025-12-31'),
       'DIRECT'::"IndicatorMeasure",
       e.d->>'sourceText',
       e.ord::int - 1,
       CURRENT_TIMESTAMP
FROM "Plan" p
CROSS JOIN LATERAL jsonb_array_elements(p."indicatorDrafts") WITH ORDINALITY AS e(d, ord)
WHERE jsonb_typeof(p."indicatorDrafts") = 'array';

ALTER TABLE "Plan" DROP COLUMN "indicatorDrafts";

-- Values are history: a correction is a new revision, never an edit of a stored row. (Deleting an
-- indicator still removes its values through the cascade.)
CREATE FUNCTION indicator_value_no_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'IndicatorValue rows are append-only; add a new revision instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER indicator_value_no_update BEFORE UPDATE ON "IndicatorValue"
  FOR EACH ROW EXECUTE FUNCTION indicator_value_no_update();
