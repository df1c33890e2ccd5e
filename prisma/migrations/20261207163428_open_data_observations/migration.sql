-- CreateEnum
CREATE TYPE "PeriodPrecision" AS ENUM ('day', 'week', 'month', 'quarter', 'year', 'span');

-- CreateEnum
CREATE TYPE "ObservationUnit" AS ENUM ('index', 'count', 'count_thousands', 'usd_per_year', 'usd_per_hour', 'percent', 'percent_change', 'price_parity', 'units_per_usd', 'usd_per_unit', 'ratio');

-- CreateEnum
CREATE TYPE "ChartKind" AS ENUM ('time_series', 'distribution', 'ranked_bars', 'state_map');

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "attribution" TEXT,
ADD COLUMN     "importFormat" TEXT,
ADD COLUMN     "licenceName" TEXT,
ADD COLUMN     "licenceUrl" TEXT;

-- CreateTable
CREATE TABLE "ObservationSeries" (
    "id" SERIAL NOT NULL,
    "datasetId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "unit" "ObservationUnit" NOT NULL,
    "precision" "PeriodPrecision" NOT NULL,
    "indexBase" DATE,
    "countMeaning" TEXT,
    "socCode" TEXT,
    "occupation" TEXT,
    "state" VARCHAR(2),
    "sector" TEXT,
    "currency" VARCHAR(3),
    "postingsType" TEXT,
    "seasonalAdjustment" TEXT,
    "attributes" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObservationSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VersionSeries" (
    "versionId" TEXT NOT NULL,
    "seriesKey" TEXT NOT NULL,
    "seriesId" INTEGER NOT NULL,

    CONSTRAINT "VersionSeries_pkey" PRIMARY KEY ("versionId","seriesKey")
);

-- CreateTable
CREATE TABLE "ObservationBlock" (
    "seriesId" INTEGER NOT NULL,
    "blockStart" DATE NOT NULL,
    "lastPeriod" DATE NOT NULL,
    "periods" date[] NOT NULL,
    "periodEnds" date[],
    "value" double precision[],
    "mean" double precision[],
    "p10" double precision[],
    "p25" double precision[],
    "p50" double precision[],
    "p75" double precision[],
    "p90" double precision[],
    "count" double precision[],
    "flags" text[],

    CONSTRAINT "ObservationBlock_pkey" PRIMARY KEY ("seriesId","blockStart")
);

-- CreateTable
CREATE TABLE "SeriesBreak" (
    "id" SERIAL NOT NULL,
    "datasetId" TEXT NOT NULL,
    "at" DATE NOT NULL,
    "dimension" TEXT NOT NULL,
    "fromCodes" TEXT[],
    "toCodes" TEXT[],
    "description" TEXT NOT NULL,

    CONSTRAINT "SeriesBreak_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricDefinition" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unit" "ObservationUnit" NOT NULL,
    "description" TEXT NOT NULL,
    "dashboard" TEXT,
    "chartKind" "ChartKind" NOT NULL,
    "defaultFilters" JSONB,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MetricDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ObservationSeries_datasetId_metric_idx" ON "ObservationSeries"("datasetId", "metric");

-- CreateIndex
CREATE INDEX "VersionSeries_seriesId_idx" ON "VersionSeries"("seriesId");

-- CreateIndex
CREATE INDEX "SeriesBreak_datasetId_at_idx" ON "SeriesBreak"("datasetId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "MetricDefinition_name_key" ON "MetricDefinition"("name");

-- AddForeignKey
ALTER TABLE "ObservationSeries" ADD CONSTRAINT "ObservationSeries_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionSeries" ADD CONSTRAINT "VersionSeries_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionSeries" ADD CONSTRAINT "VersionSeries_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ObservationSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationBlock" ADD CONSTRAINT "ObservationBlock_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ObservationSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesBreak" ADD CONSTRAINT "SeriesBreak_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
