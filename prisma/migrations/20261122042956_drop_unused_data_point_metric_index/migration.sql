-- DropIndex
DROP INDEX "DataPoint_versionId_metric_idx";
