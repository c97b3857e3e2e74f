-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Story" (
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
    CONSTRAINT "Story_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StoryTag" (
    "storyId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("storyId", "tag"),
    CONSTRAINT "StoryTag_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StorySkill" (
    "storyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL DEFAULT '',
    "inAction" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("storyId", "kind", "name"),
    CONSTRAINT "StorySkill_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "situation" TEXT NOT NULL DEFAULT '',
    "task" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL DEFAULT '',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "autosave" BOOLEAN NOT NULL DEFAULT false,
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
    CONSTRAINT "Revision_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");

-- CreateIndex
CREATE INDEX "Story_userId_updatedAt_idx" ON "Story"("userId", "updatedAt");

-- CreateIndex
CREATE INDEX "Story_userId_overallScore_idx" ON "Story"("userId", "overallScore");

-- CreateIndex
CREATE INDEX "Story_userId_integrationScore_idx" ON "Story"("userId", "integrationScore");

-- CreateIndex
CREATE INDEX "Story_userId_contextScore_idx" ON "Story"("userId", "contextScore");

-- CreateIndex
CREATE INDEX "Story_userId_resultScore_idx" ON "Story"("userId", "resultScore");

-- CreateIndex
CREATE INDEX "Story_userId_band_idx" ON "Story"("userId", "band");

-- CreateIndex
CREATE INDEX "Story_graderVersion_idx" ON "Story"("graderVersion");

-- CreateIndex
CREATE INDEX "StoryTag_tag_idx" ON "StoryTag"("tag");

-- CreateIndex
CREATE INDEX "StorySkill_kind_name_idx" ON "StorySkill"("kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_storyId_version_key" ON "Revision"("storyId", "version");
