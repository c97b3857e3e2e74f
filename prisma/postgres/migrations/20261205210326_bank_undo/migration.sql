-- CreateTable
CREATE TABLE "BankUndo" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tag" TEXT NOT NULL DEFAULT '',
    "storyIds" TEXT NOT NULL,
    "holderId" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BankUndo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BankUndo_userId_key" ON "BankUndo"("userId");

-- CreateIndex
CREATE INDEX "BankUndo_expiresAt_idx" ON "BankUndo"("expiresAt");

