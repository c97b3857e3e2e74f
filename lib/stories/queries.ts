import "server-only";

import { containsInsensitive, wordStartInsensitive } from "@/lib/db/dialect";
import { db } from "@/lib/db/client";
import { GRADER_VERSION } from "@/lib/grader";
import type { Prisma } from "@/lib/generated/prisma/client";

import { toRevisionDto, toStoryDto, type RevisionDto, type StoryDto } from "./dto";
import { regradeStaleStories } from "./mutations";
import type { StoryListQuery } from "./schema";
import { BEFORE_A_WORD, hasLikeWildcard, startsAWord } from "./search";
import type { ExportStory } from "./transfer";

export type StoryListItem = Omit<StoryDto, "text" | "parts"> & { excerpt: string };
export type StoryListPage = { items: StoryListItem[]; total: number; page: number; pages: number; pageSize: number };

const SORT_COLUMNS = {
  updated: "updatedAt",
  created: "createdAt",
  overall: "overallScore",
  integration: "integrationScore",
  context: "contextScore",
  result: "resultScore",
  title: "title",
} as const satisfies Record<StoryListQuery["sort"], keyof Prisma.StoryOrderByWithRelationInput>;

async function whereFor(userId: string, query: Partial<StoryListQuery>): Promise<Prisma.StoryWhereInput> {
  const and: Prisma.StoryWhereInput[] = [{ userId }];
  if (query.q) and.push(...(await searchFilters(userId, query.q)));
  if (query.band) and.push({ band: query.band });
  if (query.role) and.push({ role: query.role });
  if (query.tag) and.push({ tags: { some: { tag: query.tag } } });
  if (query.family) and.push({ skills: { some: { kind: "soft", name: query.family } } });
  if (query.skill) and.push({ skills: { some: { kind: "hard", name: query.skill.toLowerCase() } } });
  return { AND: and };
}

/**
 * Stories in which `q` starts a word of the title, the text, a tag or a skill (lib/stories/search.ts). The
 * plain substring test comes first, so the word-start patterns only run on the stories that hold it. A
 * search with a LIKE wildcard (% or _) is matched in code on the stories the patterns let through, a
 * batch at a time, since SQLite's LIKE cannot read them as characters.
 */
async function searchFilters(userId: string, q: string): Promise<Prisma.StoryWhereInput[]> {
  const lower = q.toLowerCase();
  const contains: Prisma.StoryWhereInput = {
    OR: [{ title: containsInsensitive(q) }, { text: containsInsensitive(q) }, { tags: { some: { tag: containsInsensitive(lower) } } }, { skills: { some: { name: containsInsensitive(lower) } } }],
  };
  const wordStart: Prisma.StoryWhereInput = {
    OR: [
      ...wordStartInsensitive(q, BEFORE_A_WORD).flatMap((term) => [{ title: term }, { text: term }]),
      { tags: { some: { OR: wordStartInsensitive(lower, BEFORE_A_WORD).map((tag) => ({ tag })) } } },
      { skills: { some: { OR: wordStartInsensitive(lower, BEFORE_A_WORD).map((name) => ({ name })) } } },
    ],
  };
  if (!hasLikeWildcard(q)) return [contains, wordStart];
  // In batches: "_" lets every story through, and a whole bank's text at once was 200 MB read per search
  // (10,000 stories of 20,000 characters), enough for a few searches at once to fill the server's heap.
  const ids: string[] = [];
  let cursor: { id: string } | undefined;
  for (;;) {
    const batch = await db.story.findMany({
      where: { AND: [{ userId }, contains, wordStart] },
      orderBy: { id: "asc" },
      take: SEARCH_BATCH,
      ...(cursor ? { cursor, skip: 1 } : {}),
      select: { id: true, title: true, text: true, tags: { select: { tag: true } }, skills: { select: { name: true } } },
    });
    for (const c of batch) {
      if ([c.title, c.text, ...c.tags.map((t) => t.tag), ...c.skills.map((k) => k.name)].some((field) => startsAWord(field, q))) ids.push(c.id);
    }
    if (batch.length < SEARCH_BATCH) break;
    cursor = { id: batch.at(-1)!.id };
  }
  return [{ id: { in: ids } }];
}

/** Stories a wildcard search reads at a time: at most 2 MB of text. */
const SEARCH_BATCH = 100;

const EXCERPT_CHARS = 180;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS).replace(/\s\S*$/, "")}…`;
}

export async function listStories(userId: string, query: StoryListQuery): Promise<StoryListPage> {
  try {
    await regradeStaleStories(userId, GRADER_VERSION);
  } catch (error) {
    // The stored scores are still valid, only older: list them rather than fail.
    console.error("listStories: regrading stale stories failed", error);
  }
  const where = await whereFor(userId, query);
  const column = SORT_COLUMNS[query.sort];
  // The id breaks ties, so that pages never repeat or skip a story.
  const orderBy: Prisma.StoryOrderByWithRelationInput[] = [{ [column]: query.dir }, { id: query.dir }];
  const [total, rows] = await db.$transaction([
    db.story.count({ where }),
    db.story.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { tags: true },
    }),
  ]);
  const items = rows.map((row) => {
    const { text, parts: _parts, ...dto } = toStoryDto(row);
    return { ...dto, excerpt: excerpt(text) };
  });
  return { items, total, page: query.page, pageSize: query.pageSize, pages: Math.max(1, Math.ceil(total / query.pageSize)) };
}

export async function countStories(userId: string, { ids }: { ids?: string[] } = {}): Promise<number> {
  return db.story.count({ where: ids ? { userId, id: { in: ids } } : { userId } });
}

export async function getStory(userId: string, id: string): Promise<StoryDto | null> {
  const row = await db.story.findFirst({ where: { id, userId }, include: { tags: true } });
  return row ? toStoryDto(row) : null;
}

export async function listRevisions(userId: string, storyId: string): Promise<RevisionDto[] | null> {
  const story = await db.story.findFirst({ where: { id: storyId, userId }, select: { id: true } });
  if (!story) return null;
  const rows = await db.revision.findMany({ where: { storyId }, orderBy: { version: "asc" } });
  return rows.map(toRevisionDto);
}

export type BankFacets = { tags: string[]; hardSkills: string[]; families: string[] };


// Stories a batch of the export reads. With revisions (JSON): 20 stories, up to 2,000 revisions at the
// limits, ~1.5 MB of rows at 20 revisions each, which are garbage before V8's young generation is
// next collected; 100 (as before) lived long enough to be promoted to the old generation, and the
// server grew by hundreds of MB per export until a full collection. Without revisions: 100 stories.
const EXPORT_BATCH = { withRevisions: 20, withoutRevisions: 100 } as const;

/**
 * The whole bank, oldest story first, each with its revisions, one batch at a time: what the export
 * formats stream from, so memory stays flat whatever the bank's size. `revisions: false` (Markdown and
 * CSV show only the current text) reads no revision and yields each story with an empty list; `ids`
 * (a selection, at most MAX_BULK_IDS) limits it to those of the user's stories.
 */
export async function* iterateBankForExport(userId: string, { revisions = true, ids }: { revisions?: boolean; ids?: string[] } = {}): AsyncGenerator<ExportStory> {
  const take = revisions ? EXPORT_BATCH.withRevisions : EXPORT_BATCH.withoutRevisions;
  let cursor: { id: string } | undefined;
  for (;;) {
    const rows = await db.story.findMany({
      where: ids ? { userId, id: { in: ids } } : { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
      ...(cursor ? { cursor, skip: 1 } : {}),
      include: { tags: true, ...(revisions ? { revisions: { orderBy: { version: "asc" } } } : {}) },
    });
    for (const row of rows) {
      const { id: _id, ...story } = toStoryDto(row);
      yield {
        ...story,
        revisions: ("revisions" in row ? row.revisions : []).map((revision) => {
          const { id: _revisionId, ...dto } = toRevisionDto(revision);
          return { ...dto, autosave: revision.autosave };
        }),
      };
    }
    const last = rows.at(-1);
    if (!last || rows.length < take) return;
    cursor = { id: last.id };
  }
}

/** The whole bank in memory (tests and small banks); the export route streams iterateBankForExport. */
export async function listBankForExport(userId: string): Promise<ExportStory[]> {
  const stories: ExportStory[] = [];
  for await (const story of iterateBankForExport(userId)) stories.push(story);
  return stories;
}

const FACET_CACHE_USERS = 1000;
const facetCache = new Map<string, { key: string; facets: BankFacets }>();

/**
 * The same facets as listFacets, grouped in the database (GROUP BY) rather than by Prisma's
 * in-memory `distinct`, which reads every tag and skill row first: about 6× faster at 10,000 stories.
 * Kept per user until the bank changes: every save moves the newest updatedAt, every insert or delete
 * the count, so the cache key is one indexed aggregate instead of two grouped joins.
 */
export async function listBankFacets(userId: string): Promise<BankFacets> {
  const state = await db.story.aggregate({ where: { userId }, _count: { _all: true }, _max: { updatedAt: true } });
  const key = `${GRADER_VERSION}:${state._count._all}:${state._max.updatedAt?.getTime() ?? 0}`;
  const cached = facetCache.get(userId);
  if (cached?.key === key) return cached.facets;

  const tags = await db.storyTag.groupBy({ by: ["tag"], where: { story: { userId } }, orderBy: { tag: "asc" } });
  const skills = await db.storySkill.groupBy({ by: ["kind", "name"], where: { story: { userId } }, orderBy: { name: "asc" } });
  const facets = {
    tags: tags.map((t) => t.tag),
    hardSkills: skills.filter((s) => s.kind === "hard").map((s) => s.name),
    families: skills.filter((s) => s.kind === "soft").map((s) => s.name),
  };
  facetCache.delete(userId);
  facetCache.set(userId, { key, facets });
  if (facetCache.size > FACET_CACHE_USERS) facetCache.delete(facetCache.keys().next().value!);
  return facets;
}
