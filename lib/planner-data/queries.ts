// Every read of the planner's data: the bank's summaries (kept in memory per user; a stale summary is
// written back as it is read), the profile and plan, and the saved postings. Writes are in mutations.ts.
import "server-only";

import { db } from "@/lib/db/client";
import { GRADER_VERSION } from "@/lib/grader";
import {
  compareIds,
  decodeSummary,
  encodeSummary,
  gradeAndSummarise,
  isFieldFamilyId,
  isStage,
  plannerContext,
  ROLE_TYPES,
  type Profile,
  type StorySummary,
} from "@/lib/planner";

import { DEFAULT_PROFILE, MAX_POSTINGS_PER_USER, parseStoredPlan, type PlannerState, type PostingListItem, type PostingRecord, type ProfileRecord } from "./records";

const BATCH = 200;

type BankRow = { id: string; title: string; version: number; summary: string };

// The last few users' banks, kept in memory with a fingerprint of their stories: reading and parsing
// 10,000 summaries takes most of a page's 300 ms budget, and one aggregate query tells whether any
// story was added, edited or deleted since. After a change only the stories whose version moved are
// read again. A summary write-back keeps updatedAt and the version, so it never invalidates the bank.
const CACHED_USERS = 4;
type Fingerprint = { key: string; count: number; maxUpdatedAt: number | null; maxId: string | null; minId: string | null; sumVersion: number };
/**
 * `versions[i]` is the version `bank[i]` was read at; `positions` maps an id to its index in `bank`
 * (shared by the next bank while no story is added or removed); `sumVersion` sums `versions`.
 * Never mutated: a request may still be reading an entry another one has replaced.
 */
type CachedBank = {
  print: Fingerprint;
  bank: readonly StorySummary[];
  versions: readonly number[];
  positions: ReadonlyMap<string, number>;
  sumVersion: number;
};
const globalForBank = globalThis as unknown as { storybankPlannerBanks?: Map<string, CachedBank> };
const cache = (globalForBank.storybankPlannerBanks ??= new Map<string, CachedBank>());

/** Which stories the planner counts: the user's own, and the built-in examples only when the profile says so. */
export type BankScope = { includeExamples?: boolean };
type StoryWhere = { userId: string; example?: false };

function scopeWhere(userId: string, scope: BankScope): StoryWhere {
  return scope.includeExamples ? { userId } : { userId, example: false };
}

async function bankFingerprint(where: StoryWhere): Promise<Fingerprint> {
  const a = await db.story.aggregate({
    where,
    _count: { _all: true },
    _max: { updatedAt: true, createdAt: true, id: true },
    _min: { id: true },
    _sum: { version: true },
  });
  const print = {
    count: a._count._all,
    maxUpdatedAt: a._max.updatedAt?.getTime() ?? null,
    maxId: a._max.id,
    minId: a._min.id,
    sumVersion: a._sum.version ?? 0,
  };
  return { ...print, key: [GRADER_VERSION, print.count, print.maxUpdatedAt, a._max.createdAt?.getTime(), print.maxId, print.minId, print.sumVersion].join("|") };
}

function remember(key: string, entry: CachedBank): void {
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > CACHED_USERS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

function cachedBank(print: Fingerprint, bank: readonly StorySummary[], versions: readonly number[], positions?: ReadonlyMap<string, number>): CachedBank {
  let sumVersion = 0;
  for (const v of versions) sumVersion += v;
  return { print, bank, versions, positions: positions ?? new Map(bank.map((s, i) => [s.id, i])), sumVersion };
}

/**
 * The user's whole bank as planner summaries, in a stable order (id); the same array while no story
 * changes, so callers must not mutate it. Reads only stored summaries; a story whose summary is
 * missing or stale is graded again and its summary written back (in batches, keeping the story's
 * updatedAt), so the next page over the bank reads only JSON. After a save, the new bank is the
 * previous one with the saved stories replaced: the 9,999 others keep their summary objects.
 */
export async function loadBank(userId: string, scope: BankScope = {}): Promise<readonly StorySummary[]> {
  const where = scopeWhere(userId, scope);
  // Each scope is its own bank: the examples are counted in one and not the other.
  const key = `${userId}\u0000${scope.includeExamples ? "with-examples" : "own"}`;
  // The fingerprint is read before the bank: a story saved meanwhile changes it, so the next call reloads.
  const print = await bankFingerprint(where);
  const hit = cache.get(key);
  if (hit?.print.key === print.key) {
    remember(key, hit);
    return hit.bank;
  }
  const merged = hit ? await mergeRecent(where, hit, print) : null;
  if (merged) {
    remember(key, merged);
    return merged.bank;
  }
  const rows = hit ? await refreshRows(where, hit) : await db.story.findMany({ where, orderBy: { id: "asc" }, select: BANK_COLUMNS });
  const { bank, versions } = await summariesOf(userId, rows);
  remember(key, cachedBank(print, bank, versions));
  return bank;
}

const BANK_COLUMNS = { id: true, title: true, version: true, summary: true } as const;

type KnownRow = BankRow | { id: string; version: number; known: StorySummary };

/**
 * The common case after a save: only stories updated since the bank was read, merged into it. null
 * when the merge does not add up to the fingerprint (a story was deleted, or imported with an older
 * date), so the caller checks every story's version instead. Costs the few changed rows, not the bank:
 * the fingerprint's count, version sum and id range are checked from the previous bank's totals.
 */
async function mergeRecent(where: StoryWhere, previous: CachedBank, print: Fingerprint): Promise<CachedBank | null> {
  const since = previous.print.maxUpdatedAt;
  if (since === null) return null;
  // gte: a save in the same millisecond as the last one read is read again, which costs nothing.
  const recent = await db.story.findMany({ where: { ...where, updatedAt: { gte: new Date(since) } }, select: BANK_COLUMNS });
  if (recent.length > BATCH * 5) return null;
  const { bank, versions, positions } = previous;
  const replaced = new Map<number, BankRow>();
  const added = new Map<string, BankRow>();
  let sumVersion = previous.sumVersion;
  for (const row of recent) {
    const at = positions.get(row.id);
    if (at === undefined) {
      if (!added.has(row.id)) sumVersion += row.version;
      added.set(row.id, row);
    } else if (row.version !== versions[at]) {
      // A story read again at the version we hold (the last one saved before the bank was read) keeps its summary.
      sumVersion += row.version - versions[at]!;
      replaced.set(at, row);
    }
  }
  const addedIds = [...added.keys()].sort(compareIds);
  const first = [bank[0]?.id, addedIds[0]].filter((id) => id !== undefined).sort(compareIds)[0] ?? null;
  const last = [bank.at(-1)?.id, addedIds.at(-1)].filter((id) => id !== undefined).sort(compareIds).at(-1) ?? null;
  if (bank.length + added.size !== print.count || sumVersion !== print.sumVersion || first !== print.minId || last !== print.maxId) return null;

  // Nothing new to read: the same bank, so the rules remembered for it still hold.
  if (replaced.size === 0 && added.size === 0) return { ...previous, print };
  const changed = [...replaced.values(), ...added.values()];
  const fresh = await freshSummaries(where.userId, changed);
  // A changed story deleted between the reads: the full path sorts that out.
  if (changed.some((row) => !fresh.has(row.id))) return null;

  if (added.size === 0) {
    const nextBank = bank.slice();
    const nextVersions = versions.slice();
    for (const [at, row] of replaced) {
      nextBank[at] = fresh.get(row.id)!;
      nextVersions[at] = row.version;
    }
    return { print, bank: nextBank, versions: nextVersions, positions, sumVersion };
  }
  // New stories: one merge of two id-sorted lists.
  const nextBank: StorySummary[] = [];
  const nextVersions: number[] = [];
  let i = 0;
  let j = 0;
  while (i < bank.length || j < addedIds.length) {
    const addedId = addedIds[j];
    if (i < bank.length && (addedId === undefined || compareIds(bank[i]!.id, addedId) < 0)) {
      const row = replaced.get(i);
      nextBank.push(row ? fresh.get(row.id)! : bank[i]!);
      nextVersions.push(row ? row.version : versions[i]!);
      i++;
    } else {
      const row = added.get(addedId!)!;
      nextBank.push(fresh.get(row.id)!);
      nextVersions.push(row.version);
      j++;
    }
  }
  return cachedBank(print, nextBank, nextVersions);
}

/** Summaries for the given rows by id: stored ones decoded, stale ones graded again and stored. */
async function freshSummaries(userId: string, rows: readonly BankRow[]): Promise<Map<string, StorySummary>> {
  const { bank } = await summariesOf(userId, rows);
  return new Map(bank.map((s) => [s.id, s]));
}

/** The stories' ids and versions, with the summary read again only where the version moved. */
async function refreshRows(where: StoryWhere, previous: CachedBank): Promise<KnownRow[]> {
  const ids = await db.story.findMany({ where, orderBy: { id: "asc" }, select: { id: true, version: true } });
  const { bank, versions, positions } = previous;
  const versionOf = (id: string) => {
    const at = positions.get(id);
    return at === undefined ? undefined : versions[at];
  };
  const changed = ids.filter((r) => versionOf(r.id) !== r.version).map((r) => r.id);
  const fresh = new Map<string, BankRow>();
  for (let at = 0; at < changed.length; at += BATCH) {
    const rows = await db.story.findMany({ where: { ...where, id: { in: changed.slice(at, at + BATCH) } }, select: BANK_COLUMNS });
    for (const row of rows) fresh.set(row.id, row);
  }
  return ids.flatMap((r): KnownRow[] => {
    const row = fresh.get(r.id);
    if (row) return [row];
    const at = positions.get(r.id);
    // Deleted between the two reads: leave it out.
    if (at === undefined || versions[at] !== r.version) return [];
    return [{ id: r.id, version: r.version, known: bank[at]! }];
  });
}

/** Summaries for the rows, in their order, with the versions they were read at; stale ones are graded again and stored. */
async function summariesOf(userId: string, rows: readonly KnownRow[]): Promise<{ bank: StorySummary[]; versions: number[] }> {
  const bank: (StorySummary | undefined)[] = new Array<StorySummary | undefined>(rows.length);
  const stale: { index: number; id: string }[] = [];
  rows.forEach((row, index) => {
    if ("known" in row) {
      bank[index] = row.known;
      return;
    }
    const summary = decodeSummary(row.summary, row.version);
    if (summary) bank[index] = summary.title === row.title ? summary : { ...summary, title: row.title };
    else stale.push({ index, id: row.id });
  });
  for (let at = 0; at < stale.length; at += BATCH) {
    const chunk = stale.slice(at, at + BATCH);
    const fresh = await summariseStories(userId, chunk.map((c) => c.id));
    for (const c of chunk) bank[c.index] = fresh.get(c.id);
  }
  // A story deleted between the two reads leaves a hole.
  const kept: StorySummary[] = [];
  const versions: number[] = [];
  bank.forEach((s, index) => {
    if (s === undefined) return;
    kept.push(s);
    versions.push(rows[index]!.version);
  });
  return { bank: kept, versions };
}

/** Grades the given stories, stores their summaries and returns them by id. */
async function summariseStories(userId: string, ids: string[]): Promise<Map<string, StorySummary>> {
  const rows = await db.story.findMany({
    where: { userId, id: { in: ids } },
    select: {
      id: true,
      title: true,
      text: true,
      role: true,
      stage: true,
      format: true,
      situation: true,
      task: true,
      action: true,
      result: true,
      version: true,
      updatedAt: true,
    },
  });
  const out = new Map<string, StorySummary>();
  const writes = rows.map((row) => {
    const summary = gradeAndSummarise({
      id: row.id,
      title: row.title,
      text: row.text,
      role: row.role,
      stage: row.stage,
      format: row.format === "star" ? "star" : "free",
      parts: { situation: row.situation, task: row.task, action: row.action, result: row.result },
    });
    out.set(row.id, summary);
    // The version in the WHERE clause skips a story edited meanwhile; updatedAt is kept, since a
    // summary is derived data and must not move the story in the bank's "recently updated" order.
    return db.story.updateMany({
      where: { id: row.id, userId, version: row.version },
      data: { summary: encodeSummary(summary, row.version), updatedAt: row.updatedAt },
    });
  });
  if (writes.length > 0) await db.$transaction(writes);
  return out;
}

// ---------------------------------------------------------------- profile, plan and postings

/** What every planner page starts from: the profile (or its defaults), the plan and the bank's summaries. */
/**
 * What every planner page starts from: the profile (or its defaults), the plan, and the summaries of
 * the stories the planner counts (the examples only when the profile includes them). The context's
 * field family is the profile's, or guessed from those stories.
 */
export async function loadPlannerState(userId: string): Promise<PlannerState> {
  const record = await getProfile(userId);
  const includeExamples = record.profile.includeExamples ?? false;
  const [bank, examplesLeftOut] = await Promise.all([
    loadBank(userId, { includeExamples }),
    includeExamples ? Promise.resolve(0) : db.story.count({ where: { userId, example: true } }),
  ]);
  return { ...record, ctx: plannerContext(record.profile, bank, { assumed: !record.saved }), bank, examplesLeftOut };
}

function toProfile(row: { roleType: string; years: number; targetTitle: string; stage: string; field: string; includeExamples: boolean }): Profile {
  const roleType = (ROLE_TYPES as readonly string[]).includes(row.roleType) ? (row.roleType as Profile["roleType"]) : DEFAULT_PROFILE.roleType;
  return {
    roleType,
    years: row.years,
    ...(row.targetTitle ? { targetTitle: row.targetTitle } : {}),
    stage: isStage(row.stage) ? row.stage : "",
    field: isFieldFamilyId(row.field) ? row.field : "",
    includeExamples: row.includeExamples,
  };
}

/** The user's profile and plan; the defaults (saved: false) when they have not saved a profile. */
export async function getProfile(userId: string): Promise<ProfileRecord> {
  const row = await db.profile.findUnique({ where: { userId } });
  // A row may hold only a plan chosen before any profile was saved: its fields are then the defaults.
  const saved = row?.profileSaved === true;
  const profile = row && saved ? toProfile(row) : DEFAULT_PROFILE;
  return { profile, plan: row ? parseStoredPlan(row.plan) : {}, saved, ctx: plannerContext(profile, [], { assumed: !saved }) };
}

/** Newest first. */
export async function listPostings(userId: string): Promise<PostingListItem[]> {
  const rows = await db.posting.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_POSTINGS_PER_USER,
    select: { id: true, title: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getPosting(userId: string, id: string): Promise<PostingRecord | null> {
  const row = await db.posting.findFirst({ where: { id, userId }, select: { id: true, title: true, text: true, createdAt: true } });
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}
