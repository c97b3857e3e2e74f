-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "field" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "includeExamples" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "example" BOOLEAN NOT NULL DEFAULT false;

