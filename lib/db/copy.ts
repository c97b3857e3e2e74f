// Copies a whole StoryBank database into an empty one (the move from SQLite to PostgreSQL, though it
// works between any two): every user with their accounts, sessions, profile, postings, stories, tags,
// skills, revisions and grades, in one transaction on the target, so that a failure leaves it empty.
// Portable Prisma only; the source must not change meanwhile (stop the app first).
import type { Db } from "./create-client";

type Row = Record<string, unknown>;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
// The few delegate methods the copy needs, common to every model.
type Delegate = {
  count(): Promise<number>;
  findMany(args: { where?: Row; orderBy?: Row; take?: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
};

type Model = "user" | "account" | "session" | "verification" | "rateLimit" | "profile" | "posting" | "story" | "storyTag" | "storySkill" | "revision";

/** Parents before children; the story's children are copied with each page of stories. */
const TABLES: { model: Model; key: string; children?: Model[] }[] = [
  { model: "user", key: "id" },
  { model: "account", key: "id" },
  { model: "session", key: "id" },
  { model: "verification", key: "id" },
  { model: "rateLimit", key: "id" },
  { model: "profile", key: "userId" },
  { model: "posting", key: "id" },
  { model: "story", key: "id", children: ["storyTag", "storySkill", "revision"] },
];
export const COPIED_MODELS: readonly Model[] = TABLES.flatMap((t) => [t.model, ...(t.children ?? [])]);

const INSERT = 1000; // rows per INSERT: well under PostgreSQL's 65,535 bind parameters

const delegate = (db: Db | Tx, model: Model) => db[model] as unknown as Delegate;

export class TargetNotEmptyError extends Error {
  constructor(readonly counts: Partial<Record<Model, number>>) {
    const listed = Object.entries(counts)
      .map(([model, count]) => `${model} ${count}`)
      .join(", ");
    super(`The target database is not empty (${listed}). Copy into a new, empty database; nothing was written.`);
  }
}

export type CopyProgress = { model: Model; copied: number; total: number };
export type CopyResult = Record<Model, number>;

async function countAll(db: Db | Tx): Promise<CopyResult> {
  const counts = {} as CopyResult;
  for (const model of COPIED_MODELS) counts[model] = await delegate(db, model).count();
  return counts;
}

async function insert(tx: Tx, model: Model, rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT) await delegate(tx, model).createMany({ data: rows.slice(start, start + INSERT) });
}

export type CopyOptions = {
  onProgress?: (progress: CopyProgress) => void;
  /** Rows read at a time (for stories: with all their tags, skills and revisions). */
  pageSize?: number;
};

/** Copies `source` into the empty, migrated `target`; returns the rows copied per model. */
export async function copyDatabase(source: Db, target: Db, { onProgress = () => {}, pageSize = 500 }: CopyOptions = {}): Promise<CopyResult> {
  const totals = await countAll(source);
  return target.$transaction(
    async (tx) => {
      const present = Object.fromEntries(Object.entries(await countAll(tx)).filter(([, count]) => count > 0));
      if (Object.keys(present).length > 0) throw new TargetNotEmptyError(present);

      for (const { model, key, children = [] } of TABLES) {
        let copied = 0;
        let after: string | undefined;
        for (;;) {
          const rows = await delegate(source, model).findMany({ where: after === undefined ? {} : { [key]: { gt: after } }, orderBy: { [key]: "asc" }, take: pageSize });
          if (rows.length === 0) break;
          await insert(tx, model, rows);
          const ids = rows.map((row) => row[key] as string);
          for (const child of children) {
            await insert(tx, child, await delegate(source, child).findMany({ where: { storyId: { in: ids } } }));
          }
          copied += rows.length;
          after = ids.at(-1);
          onProgress({ model, copied, total: totals[model] });
        }
      }

      const copied = await countAll(tx);
      const short = COPIED_MODELS.filter((model) => copied[model] !== totals[model]);
      if (short.length > 0) throw new Error(`The copy does not add up for ${short.join(", ")} (did the source change meanwhile?); nothing was written.`);
      return copied;
    },
    { maxWait: 10_000, timeout: 60 * 60 * 1000 },
  );
}
