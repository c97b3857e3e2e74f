-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "stage" TEXT NOT NULL DEFAULT '';

