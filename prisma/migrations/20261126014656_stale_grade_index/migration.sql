-- DropIndex
DROP INDEX "Story_graderVersion_idx";

-- CreateIndex
CREATE INDEX "Story_userId_graderVersion_idx" ON "Story"("userId", "graderVersion");
