// A labelled JSONL file (the scheme of tests/fixtures/stories.dev.jsonl), read by the eval and the
// fit scripts. Its own module, below both, so that grader-eval (which fits) and grader-fit (which
// reads labels) do not import each other.
import type { Band, Level } from "@/lib/grader";

export type Labelled = {
  id: string;
  text: string;
  source: string | null;
  role?: string;
  stage?: string;
  field: string | null;
  kind: string | null;
  integration: Level;
  context: Level;
  result: Level;
  overall: Band;
  pair: string | null;
};

const DIMS = ["integration", "context", "result"] as const;
const BANDS: readonly Band[] = ["weak", "fair", "strong"];

/** A line of the file that is not a labelled story; the eval script reports it and exits 2. */
export class InputError extends Error {}

function isLevel(v: unknown): v is Level {
  return v === 0 || v === 1 || v === 2;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

export function parseLabelled(source: string): Labelled[] {
  const out: Labelled[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `line ${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new InputError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new InputError(`${where}: expected a JSON object`);
    const r = raw as Record<string, unknown>;
    if (typeof r.text !== "string") throw new InputError(`${where}: "text" must be a string`);
    for (const d of DIMS) if (!isLevel(r[d])) throw new InputError(`${where}: "${d}" must be 0, 1 or 2`);
    if (!BANDS.includes(r.overall as Band)) throw new InputError(`${where}: "overall" must be weak, fair or strong`);
    out.push({
      id: str(r.id) ?? `line-${i + 1}`,
      text: r.text,
      source: str(r.source) === "written" ? null : str(r.source),
      role: str(r.role) ?? undefined,
      stage: str(r.stage) ?? undefined,
      field: str(r.field),
      kind: str(r.kind),
      integration: r.integration as Level,
      context: r.context as Level,
      result: r.result as Level,
      overall: r.overall as Band,
      pair: str(r.pair),
    });
  });
  return out;
}
