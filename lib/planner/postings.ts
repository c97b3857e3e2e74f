// Job postings: which category a pasted posting emphasises (and the words that
// say so), the role type and mix to lead with, the skills it asks for that the
// bank proves or not, and the bank's stories ranked by fit with a reason each.
// Source: guide, "Study the job description carefully for emphasis clues".
// Blind spot: emphasis counts skill words, so a long list of tools outweighs one
// sentence on leadership however much that sentence matters to the employer.
import { z } from "zod";

import type { HardField, SoftFamily, Span, Stage } from "@/lib/grader";
import { SOFT_FAMILIES } from "@/lib/grader/lexicon/soft-skills";
import { visibleText } from "@/lib/visible-text";

import { byStrength, compareIds, provesFamily, provesField, provesTerm, type StorySummary } from "./bank";
import { targetMixFor } from "./profile";
import { findSkillTerms, matchPhrases } from "./skill-terms";
import { POSTING_LEAN, ROLE_SIGNAL_MIN, ROLE_SIGNALS, type RoleType } from "./tables";

export const POSTING_LIMITS = { minText: 40, text: 20_000, title: 200 } as const;

export const postingInputSchema = z.object({
  text: z
    .string({ error: "Paste the job posting's text." })
    .transform(visibleText)
    .pipe(z.string().trim()
    .min(POSTING_LIMITS.minText, `Paste at least ${POSTING_LIMITS.minText} characters of the posting.`)
    .max(POSTING_LIMITS.text, `Keep the posting under ${POSTING_LIMITS.text.toLocaleString("en")} characters.`)),
  title: z.string().transform(visibleText).pipe(z.string().trim().max(POSTING_LIMITS.title, `Keep the title under ${POSTING_LIMITS.title} characters.`)).optional(),
});
export type PostingInput = z.infer<typeof postingInputSchema>;

export type TermCount = { term: string; count: number; spans: Span[] };

export type PostingEmphasis = {
  /** Shares of the posting's skill words; they sum to 1 (0.5 each when it names no skill). */
  hard: number;
  soft: number;
  lean: "hard" | "soft" | "both" | "unclear";
  hardTerms: TermCount[];
  softTerms: TermCount[];
};

/** A skill the posting asks for; `mentions` is how often it is named, which weights it in the ranking. */
export type AskedSkill =
  | {
      kind: "hard";
      term: string;
      /** The lexicon's field, or null for a specialist word the lexicon does not list ("HCAHPS"). */
      field: HardField | null;
      /** The posting's own words for the term when they differ from it ("continuous telemetry" for "cardiac monitoring"). */
      words: string[];
      mentions: number;
      proven: boolean;
      storyIds: string[];
    }
  | { kind: "soft"; family: SoftFamily; phrases: string[]; mentions: number; proven: boolean; storyIds: string[] };

export type RankedStory = {
  storyId: string;
  title: string;
  rank: number;
  /** 0-1: the share of the posting's skill mentions the story proves (each side weighted by the posting's emphasis), times a grade factor from 0.5 to 1. */
  fit: number;
  matchedTerms: string[];
  matchedFamilies: SoftFamily[];
  reason: string;
};

export type PostingAnalysis = {
  emphasis: PostingEmphasis;
  roleType: RoleType;
  roleReason: string;
  /** The guide's mix for that role type at the user's stage: what to lead with in the interview. */
  leadMix: { hard: number; soft: number };
  asks: AskedSkill[];
  proven: AskedSkill[];
  missing: AskedSkill[];
  ranking: RankedStory[];
};

export type PostingOptions = {
  /** The user's stage, for the mix to lead with; "mid" when unknown. */
  stage?: Stage;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

function countTerms(hits: readonly { key: string; span: Span }[]): TermCount[] {
  const map = new Map<string, TermCount>();
  for (const h of hits) {
    const t = map.get(h.key) ?? { term: h.key, count: 0, spans: [] };
    t.count++;
    t.spans.push(h.span);
    map.set(h.key, t);
  }
  return [...map.values()].sort((a, b) => b.count - a.count || compareIds(a.term, b.term));
}

export function postingEmphasis(text: string): PostingEmphasis & { found: ReturnType<typeof findSkillTerms> } {
  const found = findSkillTerms(text);
  const h = found.hard.length;
  const s = found.soft.length;
  const hardTerms = countTerms(found.hard.map((x) => ({ key: x.term, span: x.span })));
  const softTerms = countTerms(found.soft.map((x) => ({ key: x.phrase, span: x.span })));
  if (h + s === 0) return { hard: 0.5, soft: 0.5, lean: "unclear", hardTerms, softTerms, found };
  const hard = round2(h / (h + s));
  const soft = round2(1 - hard);
  const lean = hard >= POSTING_LEAN ? "hard" : soft >= POSTING_LEAN ? "soft" : "both";
  return { hard, soft, lean, hardTerms, softTerms, found };
}

/** Leadership signals first (a manager's posting still lists tools), then a technical lean, then customer signals. */
export function inferRoleType(text: string, emphasis: Pick<PostingEmphasis, "hard" | "lean">): { roleType: RoleType; reason: string } {
  const signals = (kind: keyof typeof ROLE_SIGNALS) =>
    matchPhrases(
      text,
      ROLE_SIGNALS[kind].map((phrase) => ({ phrase, value: kind })),
    ).map((m) => text.slice(m.span.start, m.span.end).toLowerCase());
  const lead = signals("leadership");
  const cust = signals("customer");
  const list = (xs: string[]) => [...new Set(xs)].slice(0, 4).map((x) => `"${x}"`).join(", ");
  if (lead.length >= ROLE_SIGNAL_MIN && lead.length >= cust.length) {
    return { roleType: "leadership", reason: `It talks about managing people: ${list(lead)}.` };
  }
  if (emphasis.lean === "hard") {
    return { roleType: "technical", reason: `Most of its skill words are technical (${Math.round(emphasis.hard * 100)}%).` };
  }
  if (cust.length >= ROLE_SIGNAL_MIN) {
    return { roleType: "customer", reason: `It centres on customers or clients: ${list(cust)}.` };
  }
  return { roleType: "balanced", reason: "It asks for both kinds of skill without a clear lead." };
}

/** At most this many of the posting's own wordings are kept per term. */
const WORDS_PER_TERM = 3;

function askedSkills(text: string, found: ReturnType<typeof findSkillTerms>, bank: readonly StorySummary[]): AskedSkill[] {
  const usable = (s: StorySummary) => s.band !== "weak";
  const hard = new Map<string, HardField | null>();
  for (const h of found.hard) if (!hard.has(h.term)) hard.set(h.term, h.field);
  const hardAsks: AskedSkill[] = [...hard.entries()].map(([term, field]) => {
    const stories = bank.filter((s) => provesTerm(s, term)).sort(byStrength);
    const hits = found.hard.filter((h) => h.term === term);
    const said = hits.map((h) => text.slice(h.span.start, h.span.end).replace(/\s+/g, " ").toLowerCase());
    const words = [...new Set(said)].filter((w) => w !== term.toLowerCase()).slice(0, WORDS_PER_TERM);
    return { kind: "hard", term, field, words, mentions: hits.length, proven: stories.some(usable), storyIds: stories.map((s) => s.id) };
  });
  const softAsks: AskedSkill[] = SOFT_FAMILIES.filter((f) => found.soft.some((s) => s.family === f)).map((family) => {
    const stories = bank.filter((s) => provesFamily(s, family)).sort(byStrength);
    const hits = found.soft.filter((s) => s.family === family);
    const phrases = [...new Set(hits.map((s) => s.phrase))];
    return { kind: "soft", family, phrases, mentions: hits.length, proven: stories.some(usable), storyIds: stories.map((s) => s.id) };
  });
  return [...hardAsks, ...softAsks];
}

/** Part credit for using another tool of the same field as a term the posting asks for. */
const FIELD_ONLY_CREDIT = 0.3;

type Scored = Omit<RankedStory, "rank" | "reason"> & { askedHard: number; askedSoft: number; fieldOnly: HardField[]; story: StorySummary };

function storyFit(story: StorySummary, asks: readonly AskedSkill[], emphasis: Pick<PostingEmphasis, "hard" | "soft">): Scored {
  const hardAsks = asks.filter((a) => a.kind === "hard");
  const softAsks = asks.filter((a) => a.kind === "soft");
  const sum = (xs: readonly AskedSkill[]) => xs.reduce((a, x) => a + Math.max(1, x.mentions), 0);
  const exact = hardAsks.filter((a) => provesTerm(story, a.term));
  const near = hardAsks.filter((a) => !exact.includes(a) && a.field !== null && provesField(story, a.field));
  const matched = softAsks.filter((a) => provesFamily(story, a.family));
  const matchedTerms = exact.map((a) => a.term);
  const fieldOnly = [...new Set(near.flatMap((a) => (a.field === null ? [] : [a.field])))];
  const matchedFamilies = matched.map((a) => a.family);
  const hardCover = hardAsks.length === 0 ? 0 : Math.min(1, (sum(exact) + FIELD_ONLY_CREDIT * sum(near)) / sum(hardAsks));
  const softCover = softAsks.length === 0 ? 0 : sum(matched) / sum(softAsks);
  const quality = 0.5 + 0.5 * (story.overall / 100);
  const fit = round3((emphasis.hard * hardCover + emphasis.soft * softCover) * quality);
  return {
    storyId: story.id,
    title: story.title,
    fit,
    matchedTerms,
    matchedFamilies,
    askedHard: hardAsks.length,
    askedSoft: softAsks.length,
    fieldOnly,
    story,
  };
}

function reasonFor(s: Scored): string {
  const parts: string[] = [];
  if (s.matchedTerms.length > 0) parts.push(`uses ${s.matchedTerms.join(", ")} (${s.matchedTerms.length} of ${s.askedHard} technical asks)`);
  else if (s.fieldOnly.length > 0) parts.push(`uses other ${s.fieldOnly.join(", ")} tools than the ones named`);
  if (s.matchedFamilies.length > 0) parts.push(`shows ${s.matchedFamilies.join(", ")} (${s.matchedFamilies.length} of ${s.askedSoft} people asks)`);
  if (parts.length === 0) return "Proves none of the skills this posting asks for.";
  const grade = `${s.story.band} story${s.story.integrated ? ", hard and soft linked" : ""}`;
  const text = `${parts.join(" and ")}; ${grade}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Best fit first; equal fits keep the stronger story first, then the lower id. */
export function rankStories(bank: readonly StorySummary[], asks: readonly AskedSkill[], emphasis: Pick<PostingEmphasis, "hard" | "soft">): RankedStory[] {
  return bank
    .map((s) => storyFit(s, asks, emphasis))
    .sort((a, b) => b.fit - a.fit || b.story.overall - a.story.overall || compareIds(a.storyId, b.storyId))
    .map((s, i) => ({
      storyId: s.storyId,
      title: s.title,
      rank: i + 1,
      fit: s.fit,
      matchedTerms: s.matchedTerms,
      matchedFamilies: s.matchedFamilies,
      reason: reasonFor(s),
    }));
}

export function analysePosting(text: string, bank: readonly StorySummary[], options: PostingOptions = {}): PostingAnalysis {
  const { found, ...emphasis } = postingEmphasis(text);
  const { roleType, reason } = inferRoleType(text, emphasis);
  const asks = askedSkills(text, found, bank);
  return {
    emphasis,
    roleType,
    roleReason: reason,
    leadMix: targetMixFor(roleType, options.stage ?? "mid"),
    asks,
    proven: asks.filter((a) => a.proven),
    missing: asks.filter((a) => !a.proven),
    ranking: rankStories(bank, asks, emphasis),
  };
}
