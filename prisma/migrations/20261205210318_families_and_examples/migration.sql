-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Profile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "roleType" TEXT NOT NULL DEFAULT 'balanced',
    "years" INTEGER NOT NULL DEFAULT 5,
    "targetTitle" TEXT NOT NULL DEFAULT '',
    "field" TEXT NOT NULL DEFAULT '',
    "includeExamples" BOOLEAN NOT NULL DEFAULT false,
    "plan" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Profile" ("createdAt", "plan", "roleType", "targetTitle", "updatedAt", "userId", "years") SELECT "createdAt", "plan", "roleType", "targetTitle", "updatedAt", "userId", "years" FROM "Profile";
DROP TABLE "Profile";
ALTER TABLE "new_Profile" RENAME TO "Profile";
CREATE TABLE "new_Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'free',
    "text" TEXT NOT NULL,
    "situation" TEXT NOT NULL DEFAULT '',
    "task" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "graderVersion" TEXT NOT NULL,
    "overallScore" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "integrationScore" INTEGER NOT NULL,
    "contextScore" INTEGER NOT NULL,
    "resultScore" INTEGER NOT NULL,
    "integrationLevel" INTEGER NOT NULL,
    "contextLevel" INTEGER NOT NULL,
    "resultLevel" INTEGER NOT NULL,
    "hardShare" REAL,
    "summary" TEXT NOT NULL DEFAULT '',
    "example" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Story_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Story" ("action", "band", "contextLevel", "contextScore", "createdAt", "format", "graderVersion", "hardShare", "id", "integrationLevel", "integrationScore", "overallScore", "result", "resultLevel", "resultScore", "role", "situation", "stage", "summary", "task", "text", "title", "updatedAt", "userId", "version") SELECT "action", "band", "contextLevel", "contextScore", "createdAt", "format", "graderVersion", "hardShare", "id", "integrationLevel", "integrationScore", "overallScore", "result", "resultLevel", "resultScore", "role", "situation", "stage", "summary", "task", "text", "title", "updatedAt", "userId", "version" FROM "Story";
DROP TABLE "Story";
ALTER TABLE "new_Story" RENAME TO "Story";
CREATE INDEX "Story_userId_updatedAt_idx" ON "Story"("userId", "updatedAt");
CREATE INDEX "Story_userId_overallScore_idx" ON "Story"("userId", "overallScore");
CREATE INDEX "Story_userId_integrationScore_idx" ON "Story"("userId", "integrationScore");
CREATE INDEX "Story_userId_contextScore_idx" ON "Story"("userId", "contextScore");
CREATE INDEX "Story_userId_resultScore_idx" ON "Story"("userId", "resultScore");
CREATE INDEX "Story_userId_band_idx" ON "Story"("userId", "band");
CREATE INDEX "Story_userId_graderVersion_idx" ON "Story"("userId", "graderVersion");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
