-- Plans can be archived (hidden from dashboards, lists and pickers, kept with their history) and
-- their number/date corrected with a version check.
ALTER TABLE "Plan" ADD COLUMN "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
