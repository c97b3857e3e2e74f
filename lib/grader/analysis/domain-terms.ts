// Stage: the hard side beyond the skill lexicon: words everyday English seldom uses ("spirometry",
// "reconciled", "interlibrary"), each with the status of the clause it sits in, so a rule can credit
// only the narrator's own acts. (A table of each field's working objects and a list of technical-act
// verbs were measured here too and removed: README, "Measured figures".)
import type { DomainMention, SoftMention } from "../analyze";
import type { Token } from "../text";
import { isPastVerb, PEOPLE, setOf, statusAt, tokenIndexAt, type Ctx } from "./core";
import { isRareWord } from "./rarity";

const NOT_DOMAIN = setOf(["covid", "pandemic", "lockdown", "okay", "email", "emails", "emailed", "texted", "coworker", "coworkers", "teammate", "teammates"]);

/**
 * Word stems that are never a hard skill however rare: management moves (ANNOTATION.md: delegating,
 * scheduling, setting priorities) and feelings shown to people (sympathy, empathy, reassurance).
 */
const NOT_HARD_STEMS = /^(?:re)?(?:priorit|delegat|schedul|arrang|allocat|assign|juggl|sympath|empath|reassur)/;

/** The words of each soft-skill behaviour itself ("walked", "build rapport"), not the people or things after it. */
export function softTokens(tokens: Token[], soft: readonly SoftMention[]): Uint8Array {
  const inSoft = new Uint8Array(tokens.length);
  for (const m of soft) {
    const from = tokenIndexAt(tokens, m.span.start);
    for (let k = from; k < Math.min(tokens.length, from + 2) && (tokens[k]?.start ?? Infinity) < m.span.end; k++) inSoft[k] = 1;
  }
  return inSoft;
}

/** Before a capitalised word, what makes it a tool in use: "searched WorldCat", "using Kronos", "into Sage". */
const TOOL_LEADS = setOf(["using", "via", "into", "through", "with", "from", "in"]);

/** Rare words outside the lexicon and outside people and soft-skill phrases, with their clause's status. */
export function findDomainTerms(ctx: Ctx, inSoft: Uint8Array): DomainMention[] {
  const { tokens } = ctx;
  const out: DomainMention[] = [];
  for (const s of ctx.sentences) {
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.kind !== "word" || ctx.skillTok[i] || inSoft[i] || PEOPLE.has(t.norm) || NOT_DOMAIN.has(t.norm)) continue;
      if (!isRareWord(t.norm) || NOT_HARD_STEMS.test(t.norm)) continue;
      // A capitalised word inside a sentence is a name: a tool only when it is used ("searched WorldCat", "in Kronos").
      const prev = tokens[i - 1];
      const used = prev !== undefined && (isPastVerb(prev.norm) || (TOOL_LEADS.has(prev.norm) && i - 1 > s.bodyStart));
      if (i > s.bodyStart && /^[A-Z]/.test(t.raw) && !used) continue;
      out.push({ term: t.norm, span: { start: t.start, end: t.end }, sentence: s.index, status: statusAt(ctx, i, s.index) });
    }
  }
  return out;
}
