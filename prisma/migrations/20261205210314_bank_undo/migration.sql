-- CreateTable
CREATE TABLE "BankUndo" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tag" TEXT NOT NULL DEFAULT '',
    "storyIds" TEXT NOT NULL,
    "holderId" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "BankUndo_userId_key" ON "BankUndo"("userId");

-- CreateIndex
CREATE INDEX "BankUndo_expiresAt_idx" ON "BankUndo"("expiresAt");
