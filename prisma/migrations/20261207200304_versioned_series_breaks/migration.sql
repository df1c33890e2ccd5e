-- Series breaks become part of a version (edited in a draft, public once it is published).

-- DropIndex
DROP INDEX "SeriesBreak_datasetId_at_idx";

-- AlterTable
ALTER TABLE "SeriesBreak" ADD COLUMN     "versionId" TEXT;

-- A break was the dataset's, so every version of it held the break: each gets its own copy.
INSERT INTO "SeriesBreak" ("datasetId", "versionId", "at", "dimension", "fromCodes", "toCodes", "description")
SELECT b."datasetId", v."id", b."at", b."dimension", b."fromCodes", b."toCodes", b."description"
FROM "SeriesBreak" b JOIN "DatasetVersion" v ON v."datasetId" = b."datasetId"
WHERE b."versionId" IS NULL;
DELETE FROM "SeriesBreak" WHERE "versionId" IS NULL;

ALTER TABLE "SeriesBreak" ALTER COLUMN "versionId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "SeriesBreak_versionId_at_idx" ON "SeriesBreak"("versionId", "at");

-- AddForeignKey
ALTER TABLE "SeriesBreak" ADD CONSTRAINT "SeriesBreak_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
