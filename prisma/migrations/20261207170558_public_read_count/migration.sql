-- CreateTable
CREATE TABLE "public_read_count" (
    "client" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "public_read_count_pkey" PRIMARY KEY ("client","windowStart")
);
