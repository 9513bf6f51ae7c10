-- The person's full name as signed on official documents, distinct from the display name.
ALTER TABLE "User" ADD COLUMN "officialName" TEXT;
