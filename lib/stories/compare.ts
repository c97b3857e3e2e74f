// Which dimension moved between two revisions, and because of which words. Isomorphic and pure.
// Evidence is matched across revisions by rule and quoted text (not by offset, which shifts with
// every edit); a quote that appears or disappears is what moved its dimension.
import type { Band, Dimension, DimensionScore, Evidence, EvidenceKind } from "@/lib/grader/types";

export type GradedText = {
  text: string;
  report: { overall: { score: number; band: Band }; dimensions: Record<Dimension, DimensionScore> };
};

export type EvidenceChange = {
  change: "added" | "removed";
  quote: string;
  ruleId: string;
  kind: EvidenceKind;
  effect: Evidence["effect"];
  reason: string;
  /** An earning quote added, or a costing quote removed. */
  helps: boolean;
  /** For a removed quote: its words are still in the new text, only no longer counted (the rest of the story changed how they read). */
  stillInText: boolean;
  /** For an added quote: its words were in the old text already, only not counted yet (so they were not added). */
  wasInText: boolean;
};

export type DimensionComparison = {
  dimension: Dimension;
  before: { score: number; level: number };
  after: { score: number; level: number };
  moved: boolean;
  changes: EvidenceChange[];
};

export type GradeComparison = {
  overall: { before: { score: number; band: Band }; after: { score: number; band: Band } };
  dimensions: DimensionComparison[];
};

const DIMENSIONS: Dimension[] = ["integration", "context", "result"];
const QUOTE_CHARS = 60;

function normalise(quote: string): string {
  return quote.replace(/\s+/g, " ").trim().toLowerCase();
}

type Quoted = { evidence: Evidence; quote: string; key: string };

function quoted(text: string, evidence: Evidence[]): Quoted[] {
  return evidence.map((item) => {
    // A note about the whole story (too short, too long) quotes the whole text, which every edit changes:
    // it is the same note while it says the same thing (its reason with the counts taken out), and is
    // named by that reason, not by the text. A note on one sentence (a run-on) keeps its quote.
    if (item.kind === "length" && item.span.start === 0 && item.span.end >= text.trimEnd().length) {
      return { evidence: item, quote: "", key: `${item.ruleId}\u0000${item.effect}\u0000${item.reason.replace(/\d[\d,.]*/g, "#")}` };
    }
    const quote = text.slice(item.span.start, item.span.end);
    return { evidence: item, quote, key: `${item.ruleId}\u0000${item.effect}\u0000${normalise(quote)}` };
  });
}

/** Items of `from` with no counterpart in `other`, as a multiset: a quote found twice before and once after changed once. */
function unmatched(from: Quoted[], other: Quoted[]): Quoted[] {
  const counts = new Map<string, number>();
  for (const item of other) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
  const seen = new Set<string>();
  return from.filter((item) => {
    const left = counts.get(item.key) ?? 0;
    if (left > 0) {
      counts.set(item.key, left - 1);
      return false;
    }
    // One change per distinct quote is enough to explain a move.
    if (seen.has(item.key)) return false;
    seen.add(item.key);
    return true;
  });
}

/** Whether `quote` stands in `text` as whole words ("3" is not in "2013"), whitespace normalised. */
function hasWords(text: string, quote: string): boolean {
  const escaped = quote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text.replace(/\s+/g, " "));
}

function toChange(item: Quoted, change: EvidenceChange["change"], afterText: string, beforeText: string): EvidenceChange {
  const { ruleId, kind, effect, reason } = item.evidence;
  const helps = (change === "added") === (effect === "earns");
  const quote = item.quote.replace(/\s+/g, " ").trim();
  const stillInText = change === "removed" && quote !== "" && afterText.replace(/\s+/g, " ").includes(quote);
  const wasInText = change === "added" && quote !== "" && hasWords(beforeText, quote);
  return { change, quote, ruleId, kind, effect, reason, helps, stillInText, wasInText };
}

function compareDimension(dimension: Dimension, before: GradedText, after: GradedText): DimensionComparison {
  const a = before.report.dimensions[dimension];
  const b = after.report.dimensions[dimension];
  const beforeQuotes = quoted(before.text, a.evidence);
  const afterQuotes = quoted(after.text, b.evidence);
  const changes = [
    ...unmatched(afterQuotes, beforeQuotes).map((item) => toChange(item, "added", after.text, before.text)),
    ...unmatched(beforeQuotes, afterQuotes).map((item) => toChange(item, "removed", after.text, before.text)),
  ];
  return {
    dimension,
    before: { score: a.score, level: a.level },
    after: { score: b.score, level: b.level },
    moved: a.score !== b.score || a.level !== b.level,
    changes,
  };
}

export function compareGrades(before: GradedText, after: GradedText): GradeComparison {
  return {
    overall: {
      before: { score: before.report.overall.score, band: before.report.overall.band },
      after: { score: after.report.overall.score, band: after.report.overall.band },
    },
    dimensions: DIMENSIONS.map((dimension) => compareDimension(dimension, before, after)),
  };
}

function shorten(quote: string): string {
  return quote.length <= QUOTE_CHARS ? quote : `${quote.slice(0, QUOTE_CHARS).replace(/\s\S*$/, "")}…`;
}

/** The changes that explain the direction a dimension moved in, strongest first; all changes if none does. Words two rules read are listed once. */
export function explainingChanges(comparison: DimensionComparison): EvidenceChange[] {
  const rose = comparison.after.level > comparison.before.level || (comparison.after.level === comparison.before.level && comparison.after.score > comparison.before.score);
  const inDirection = comparison.changes.filter((change) => change.helps === rose);
  const seen = new Set<string>();
  return (inDirection.length > 0 ? inDirection : comparison.changes).filter((change) => {
    const key = change.quote === "" ? `${change.change}\u0000${change.ruleId}\u0000${change.reason}` : `${change.change}\u0000${normalise(change.quote)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "added '41% fewer tickets'", or for a note about the whole story "no longer 'Only 46 words: too short'". */
function describeChange(change: EvidenceChange): string {
  if (change.quote === "") return `${change.change === "added" ? "now" : "no longer"} '${shorten(change.reason)}'`;
  if (change.stillInText) return `no longer counts '${shorten(change.quote)}'`;
  if (change.wasInText) return `now counts '${shorten(change.quote)}'`;
  return `${change.change} '${shorten(change.quote)}'`;
}

/** "result 1 → 2: added '41% fewer tickets'", or null when the dimension did not move. */
export function summariseDimension(comparison: DimensionComparison, { maxQuotes = 3 }: { maxQuotes?: number } = {}): string | null {
  if (!comparison.moved) return null;
  const { dimension, before, after } = comparison;
  const head = before.level !== after.level ? `${dimension} ${before.level} → ${after.level}` : `${dimension} score ${before.score} → ${after.score}`;
  const changes = explainingChanges(comparison);
  if (changes.length === 0) return `${head}: the same evidence, weighed a little differently as the rest of the story changed`;
  const listed = changes.slice(0, maxQuotes).map(describeChange);
  const more = changes.length > maxQuotes ? ` and ${changes.length - maxQuotes} more` : "";
  return `${head}: ${listed.join(", ")}${more}`;
}
