-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Profile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "roleType" TEXT NOT NULL DEFAULT 'balanced',
    "years" INTEGER NOT NULL DEFAULT 5,
    "targetTitle" TEXT NOT NULL DEFAULT '',
    "stage" TEXT NOT NULL DEFAULT '',
    "field" TEXT NOT NULL DEFAULT '',
    "includeExamples" BOOLEAN NOT NULL DEFAULT false,
    "profileSaved" BOOLEAN NOT NULL DEFAULT true,
    "plan" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Profile" ("createdAt", "field", "includeExamples", "plan", "roleType", "stage", "targetTitle", "updatedAt", "userId", "years") SELECT "createdAt", "field", "includeExamples", "plan", "roleType", "stage", "targetTitle", "updatedAt", "userId", "years" FROM "Profile";
DROP TABLE "Profile";
ALTER TABLE "new_Profile" RENAME TO "Profile";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
