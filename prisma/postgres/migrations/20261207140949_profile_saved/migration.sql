-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "profileSaved" BOOLEAN NOT NULL DEFAULT true;

