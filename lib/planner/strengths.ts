// Strengths and a safe weakness. Judgment: lead with a skill from the category
// the role values most, backed by at least two strong stories; add a
// complement from the other category; admit a weakness only from the less
// critical category, with a plan that names an action and a time frame.
// Source: guide, "Strategic Strength Selection" and "Strategic Weakness Selection".
// Blind spot: a free-text weakness is classified by the skill words it contains;
// one with none ("I care too much") cannot be checked against the bank.
import { z } from "zod";

import type { HardField, SoftFamily } from "@/lib/grader";
import { HARD_FIELDS } from "@/lib/grader/lexicon/hard-skills";
import { softEntryForms } from "@/lib/grader/analyze";
import { SOFT_FAMILIES, SOFT_FAMILY_WORDS, SOFT_SKILLS } from "@/lib/grader/lexicon/soft-skills";
import { visibleText } from "@/lib/visible-text";

import {
  byStrength,
  compareIds,
  isStrong,
  provesBehaviour,
  provesFamily,
  provesTerm,
  type StorySummary,
} from "./bank";
import { fieldFamily, type FamilyStrength } from "./families";
import { type PlannerContext } from "./profile";
import { findSkillTerms } from "./skill-terms";
import { behaviourLabel, countWord, listOf, plainBehaviour } from "./wording";
import {
  ENTRY_AVOID_WEAKNESS_FAMILIES,
  MIN_STRONG_FOR_PRIMARY,
  PLAN_ACTION_WORDS,
  PLAN_TIME_WORDS,
  ROLE_TYPE_PROFILE,
  SAFE_WEAKNESSES,
  STRENGTH_PAIRS,
  TIME_UNITS,
  type RoleType,
  type SafeWeakness,
  type SkillCategory,
} from "./tables";

export type StrengthSkill =
  | { category: "hard"; field: HardField; terms: string[] }
  | { category: "soft"; family: SoftFamily; behaviours: string[] };

export type StrengthProposal = {
  skill: StrengthSkill;
  /** For a heading: "Healthcare: medication administration, triage". */
  label: string;
  /** For a spoken answer: "my healthcare skills, especially medication administration and triage". */
  spoken: string;
  /** Strong stories that prove it, best first. */
  storyIds: string[];
  reason: string;
};

export type StrengthPlan = {
  primaryCategory: SkillCategory;
  /** Why that side leads: the profile chose it, the bank's strong stories lean to it, or neither (no lean yet). */
  primaryBasis: PrimaryBasis;
  primary: StrengthProposal | null;
  complementary: StrengthProposal | null;
  /** The guide's line on what this pairing achieves, when the two form one of its pairs. */
  combinedImpact: string | null;
  weakness: SafeWeakness | null;
  /** What is missing and what to write next, in plain sentences. */
  notes: string[];
};

const other = (c: SkillCategory): SkillCategory => (c === "hard" ? "soft" : "hard");

/** A weakness the user names and their plan for it, as the plan page's form sends them. */
export const weaknessInputSchema = z.object({
  skill: z.string({ error: "Name the weakness." }).transform(visibleText).pipe(z.string().trim().min(2, "Name the weakness in a few words.").max(200, "Keep the weakness under 200 characters.")),
  plan: z.string().transform(visibleText).pipe(z.string().trim().max(2000, "Keep the plan under 2,000 characters.")),
});

/**
 * The safe weaknesses on offer: the field family's own (those meant for the user's role type), or,
 * for the general family, the guide's table for the role type.
 */
export function safeWeaknessesFor(ctx: PlannerContext): readonly SafeWeakness[] {
  const family = fieldFamily(ctx.field);
  if (family.weaknesses.length === 0) return SAFE_WEAKNESSES[ctx.roleType];
  return (family.weaknesses).filter((w) => !w.roles || w.roles.includes(ctx.roleType));
}

/** The field's strength (what its interviewers look for) that a candidate skill is evidence of. */
export function familyStrengthFor(skill: StrengthSkill, ctx: PlannerContext): FamilyStrength | null {
  const strengths = fieldFamily(ctx.field).strengths;
  return (
    strengths.find((s) =>
      skill.category === "hard" ? s.category === "hard" && (s.fields ?? []).includes(skill.field) : s.category === "soft" && (s.families ?? []).includes(skill.family),
    ) ?? null
  );
}

/** How the planner names the two sides to a person: plainer than "hard" and "soft". */
export const CATEGORY_WORDS: Record<SkillCategory, string> = { hard: "technical skills", soft: "people skills" };

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Every behaviour the lexicon names by its lemma ("run", "set the direction"). */
const LEMMA_BEHAVIOURS: ReadonlySet<string> = new Set(Object.values(SOFT_SKILLS).flatMap((entries) => entries.map((e) => softEntryForms(e).behaviour)));

/** Named behaviours only: an act the lexicon does not name ("sat + people") says nothing as a word on its own. */
const namedBehaviours = (skill: StrengthSkill & { category: "soft" }): string[] => skill.behaviours.filter((b) => !b.endsWith(" + people"));

/** "sit down with" -> "sit down with people": a behaviour that ends on its preposition needs whom it reached. */
const withWhom = (b: string): string => (/ (?:with|to|for|on|in|through|from|into|about|over)$/.test(b) ? `${b} people` : b);

/** The detail as said after "when I": behaviours as plain verbs ("run", "sit down with people"). */
function spokenDetailOf(skill: StrengthSkill): string[] {
  return skill.category === "hard" ? skill.terms : namedBehaviours(skill).map((b) => withWhom(plainBehaviour(b)));
}

/** The skill's detail as a label or a parenthesis shows it: terms, or behaviours as activities ("running", not "run", which reads as an order). */
function labelDetailOf(skill: StrengthSkill): string[] {
  return skill.category === "hard" ? skill.terms : namedBehaviours(skill).map((b) => withWhom(behaviourLabel(b, LEMMA_BEHAVIOURS)));
}

/** "Data: SQL, Tableau"; "Leadership: running, mentoring". */
function labelOf(skill: StrengthSkill): string {
  const detail = labelDetailOf(skill);
  const head = capitalise(skill.category === "hard" ? skill.field : skill.family);
  return detail.length > 0 ? `${head}: ${detail.slice(0, 3).join(", ")}` : head;
}

/** Inside a sentence: "data (SQL and Tableau)", "leadership (mentoring and coaching)". */
function inlineOf(skill: StrengthSkill): string {
  const detail = labelDetailOf(skill).slice(0, 2);
  const head = skill.category === "hard" ? skill.field : skill.family;
  return detail.length > 0 ? `${head} (${listOf(detail)})` : head;
}

function spokenOf(skill: StrengthSkill): string {
  const detail = spokenDetailOf(skill).slice(0, 2);
  if (skill.category === "hard") return detail.length > 0 ? `my ${skill.field} skills, especially ${listOf(detail)}` : `my ${skill.field} skills`;
  return detail.length > 0 ? `${skill.family}, for example when I ${listOf(detail)}` : skill.family;
}

/** The page's opening line on what the role leads with; a balanced role follows the bank. */
export type PrimaryBasis = "profile" | "bank" | "tie" | "no-strong";

export function leadSentence(roleType: RoleType, primary: SkillCategory, basis: PrimaryBasis): string {
  const role = ROLE_TYPE_PROFILE[roleType];
  if (role.primary === null) {
    // Only say the stories lean one way when they do: with no strong story (or a tie) the side is a default.
    if (basis === "no-strong") {
      return "A balanced role has no fixed lead, and none of your stories is strong yet: strengthen one, then lead with the side it proves.";
    }
    if (basis === "tie") {
      return "A balanced role has no fixed lead, and your strong stories prove both sides as often: lead with the side the posting asks for first.";
    }
    return `A balanced role has no fixed lead: ${basis === "profile" ? "your profile leads" : "your strong stories lean"} to ${CATEGORY_WORDS[primary]}, so lead with those and keep ${CATEGORY_WORDS[other(primary)]} close behind.`;
  }
  return `A ${role.label} leads with ${CATEGORY_WORDS[primary]}: ${role.leadWith}.`;
}

export type StrengthCandidate = { skill: StrengthSkill; strong: StorySummary[]; total: number };

/** Most used first, then alphabetical, from counts already taken. */
function byCount(counts: Map<string, number> | undefined): string[] {
  return counts ? [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0])).map(([v]) => v) : [];
}

function count(into: Map<string, Map<string, number>>, group: string, value: string): void {
  let counts = into.get(group);
  if (!counts) into.set(group, (counts = new Map<string, number>()));
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function rankCandidates(candidates: StrengthCandidate[]): StrengthCandidate[] {
  return candidates
    .filter((c) => c.strong.length > 0)
    .sort((a, b) => b.strong.length - a.strong.length || b.total - a.total || compareIds(labelOf(a.skill), labelOf(b.skill)));
}

/**
 * Both categories' candidates in one pass over the strong stories, sorted once (a 10,000-story bank
 * has thousands of strong ones): each skill's backing keeps that order, so it needs no sort of its own.
 */
function bothCandidates(bank: readonly StorySummary[]): Record<SkillCategory, StrengthCandidate[]> {
  const strong = bank.filter(isStrong).sort(byStrength);
  const byField = new Map<HardField, StorySummary[]>();
  const byFamily = new Map<SoftFamily, StorySummary[]>();
  const terms = new Map<string, Map<string, number>>();
  const behaviours = new Map<string, Map<string, number>>();
  for (const s of strong) {
    for (const h of s.hardSkills) {
      count(terms, h.field, h.term);
      const backing = byField.get(h.field);
      if (!backing) byField.set(h.field, [s]);
      else if (backing[backing.length - 1] !== s) backing.push(s);
    }
    for (const x of s.softSkills) count(behaviours, x.family, x.behaviour);
    for (const f of new Set(s.softFamilies)) {
      const backing = byFamily.get(f);
      if (backing) backing.push(s);
      else byFamily.set(f, [s]);
    }
  }
  const candidate = (skill: StrengthSkill, backing: StorySummary[] = []): StrengthCandidate => ({
    skill,
    strong: backing,
    total: backing.reduce((a, s) => a + s.overall, 0),
  });
  return {
    hard: rankCandidates(HARD_FIELDS.map((field) => candidate({ category: "hard", field, terms: byCount(terms.get(field)) }, byField.get(field)))),
    soft: rankCandidates(
      SOFT_FAMILIES.map((family) => candidate({ category: "soft", family, behaviours: byCount(behaviours.get(family)) }, byFamily.get(family))),
    ),
  };
}

/** Every skill of one category the bank's strong stories prove, best backed first (count, then scores, then name). */
export function strengthCandidates(bank: readonly StorySummary[], category: SkillCategory): StrengthCandidate[] {
  return bothCandidates(bank)[category];
}

function pairImpact(a: StrengthSkill, b: StrengthSkill): string | null {
  const hard = a.category === "hard" ? a : b.category === "hard" ? b : null;
  const soft = a.category === "soft" ? a : b.category === "soft" ? b : null;
  if (!hard || !soft || hard.category !== "hard" || soft.category !== "soft") return null;
  return STRENGTH_PAIRS.find((p) => p.hard === hard.field && p.soft === soft.family)?.impact ?? null;
}

/** For a balanced role the bank decides: the side with better-backed strong stories leads; a tie follows the stage's target. */
export function primaryCategoryFor(bank: readonly StorySummary[], ctx: PlannerContext): SkillCategory {
  return ctx.primary ?? primaryOf(bothCandidates(bank), ctx);
}

function primaryOf(candidates: Record<SkillCategory, StrengthCandidate[]>, ctx: PlannerContext): SkillCategory {
  return primaryWithBasis(candidates, ctx).category;
}

function primaryWithBasis(candidates: Record<SkillCategory, StrengthCandidate[]>, ctx: PlannerContext): { category: SkillCategory; basis: PrimaryBasis } {
  if (ctx.primary) return { category: ctx.primary, basis: "profile" };
  const h = candidates.hard[0]?.strong.length ?? 0;
  const s = candidates.soft[0]?.strong.length ?? 0;
  if (h !== s) return { category: h > s ? "hard" : "soft", basis: "bank" };
  return { category: ctx.target.hard >= 0.5 ? "hard" : "soft", basis: h === 0 ? "no-strong" : "tie" };
}

function toProposal(c: StrengthCandidate, why: string): StrengthProposal {
  return { skill: c.skill, label: labelOf(c.skill), spoken: spokenOf(c.skill), storyIds: c.strong.map((s) => s.id), reason: why };
}

export function proposeStrengths(bank: readonly StorySummary[], ctx: PlannerContext): StrengthPlan {
  const candidates = bothCandidates(bank);
  const { category: primaryCategory, basis: primaryBasis } = primaryWithBasis(candidates, ctx);
  const notes: string[] = [];
  const role = ROLE_TYPE_PROFILE[ctx.roleType];

  const primaryCandidates = candidates[primaryCategory];
  const backed = primaryCandidates.filter((c) => c.strong.length >= MIN_STRONG_FOR_PRIMARY);
  const leads = role.leadFamilies as readonly SoftFamily[];
  // The field's interviewers decide first (a skill they look for), then the role type's lead families.
  const best =
    backed.find((c) => familyStrengthFor(c.skill, ctx) !== null && ctx.field !== "general") ??
    backed.find((c) => c.skill.category === "soft" && leads.includes(c.skill.family)) ??
    backed[0];
  const lookedFor = best && ctx.field !== "general" ? familyStrengthFor(best.skill, ctx) : null;
  const primary = best
    ? toProposal(
        best,
        `${role.primary === null ? `Your stories are strongest on ${CATEGORY_WORDS[primaryCategory]}` : `A ${role.label} leads with ${CATEGORY_WORDS[primaryCategory]}`}, and ${countWord(best.strong.length)} strong stories prove this one.${lookedFor ? ` ${fieldFamily(ctx.field).label} interviewers look for ${lookedFor.label}.` : ""}`,
      )
    : null;
  if (!primary) {
    const near = primaryCandidates[0];
    notes.push(
      near
        ? `None of your ${CATEGORY_WORDS[primaryCategory]} is backed by ${countWord(MIN_STRONG_FOR_PRIMARY)} strong stories yet; the closest is ${inlineOf(near.skill)}, with ${countWord(near.strong.length)}. Write or strengthen one more story that uses it.`
        : `No strong story proves ${CATEGORY_WORDS[primaryCategory]} yet. ${role.primary === null ? "Start with whichever side you know best" : `A ${role.label} leads with ${CATEGORY_WORDS[primaryCategory]}, so start there`}.`,
    );
  }

  const complementCandidates = candidates[other(primaryCategory)];
  // How many of a candidate's strong stories also back the primary strength, counted once per candidate.
  const primaryIds = new Set(primary?.storyIds);
  const keyed = complementCandidates.map((c) => ({
    c,
    paired: primary && pairImpact(primary.skill, c.skill) ? 1 : 0,
    cooccur: primary ? c.strong.reduce((n, s) => n + (primaryIds.has(s.id) ? 1 : 0), 0) : 0,
  }));
  const ranked = keyed
    .sort(
      (a, b) =>
        b.paired - a.paired ||
        b.cooccur - a.cooccur ||
        b.c.strong.length - a.c.strong.length ||
        b.c.total - a.c.total ||
        compareIds(labelOf(a.c.skill), labelOf(b.c.skill)),
    )
    .map((k) => k.c);
  const comp = ranked[0];
  const complementary = comp
    ? toProposal(comp, `Shows you are more than one-dimensional: ${countWord(comp.strong.length)} strong ${comp.strong.length === 1 ? "story proves" : "stories prove"} it.`)
    : null;
  if (!complementary) notes.push(`No strong story proves a ${other(primaryCategory)} skill yet; one would round out your answer.`);

  const weaknessCategory = other(primaryCategory);
  const weakness =
    safeWeaknessesFor(ctx).find(
      (w) => w.category === weaknessCategory && !isContradicted(bank, resolveTable(w)),
    ) ?? null;
  if (!weakness) notes.push(`Every safe ${weaknessCategory} weakness on file for this field and role is contradicted by your own strong stories; choose your own narrow one.`);

  return {
    primaryCategory,
    primaryBasis,
    primary,
    complementary,
    combinedImpact: primary && complementary ? pairImpact(primary.skill, complementary.skill) : null,
    weakness,
    notes,
  };
}

// ---------------------------------------------------------------- a chosen weakness

export type WeaknessChoice = {
  /** The weakness in the user's words, or a SAFE_WEAKNESSES label. */
  skill: string;
  plan: string;
  /** A SAFE_WEAKNESSES id when the user accepted a proposal. */
  weaknessId?: string;
  /** Overrides the category found in the words. */
  category?: SkillCategory;
};

export type WeaknessWarningId =
  | "primary-category"
  | "role-critical"
  | "entry-basics"
  | "contradicted"
  | "unrecognised"
  | "plan-no-action"
  | "plan-no-time-frame";

export type WeaknessWarning = { id: WeaknessWarningId; message: string; storyIds: string[] };

/** What a weakness is about, in the terms the bank's summaries use. */
export type WeaknessSkills = {
  category: SkillCategory | null;
  families: SoftFamily[];
  /** Families named outright ("communication"), so any story showing the family contradicts it. */
  wholeFamilies: SoftFamily[];
  behaviours: string[];
  terms: string[];
  /**
   * Taken from the guide's safe-weakness table for this role. Some of those are
   * narrow slices of the role's primary category ("saying no to stakeholders"
   * for a project manager); the guide vouches for them, so the category
   * warnings do not apply. Contradicting stories and the plan are still checked.
   */
  vetted: boolean;
};

export type WeaknessCheckOptions = {
  /**
   * For a balanced role (no primary category of its own): the side the user
   * leads with, usually StrengthPlan.primaryCategory, to warn against a
   * weakness on that same side.
   */
  leadCategory?: SkillCategory;
};

export type WeaknessCheck = {
  skills: WeaknessSkills;
  warnings: WeaknessWarning[];
  ok: boolean;
};

function resolveTable(w: SafeWeakness): WeaknessSkills {
  return {
    category: w.category,
    families: w.family ? [w.family] : [],
    wholeFamilies: [],
    behaviours: [...w.behaviours],
    terms: [...w.terms],
    vetted: true,
  };
}

/** The skills a weakness names: from the table when chosen there, else from its words. */
export function resolveWeakness(choice: WeaknessChoice, ctx: PlannerContext): WeaknessSkills {
  const fromTable = safeWeaknessesFor(ctx).find((w) => w.id === choice.weaknessId);
  if (fromTable) {
    const r = resolveTable(fromTable);
    return choice.category ? { ...r, category: choice.category } : r;
  }
  const found = findSkillTerms(choice.skill);
  const families = SOFT_FAMILIES.filter((f) => found.soft.some((s) => s.family === f));
  const wholeFamilies = families.filter((f) =>
    found.soft.some((s) => s.family === f && s.phrase.replace(/-/g, " ").startsWith(SOFT_FAMILY_WORDS[f])),
  );
  const behaviours = [...new Set(found.soft.flatMap((s) => s.behaviours))];
  const terms = [...new Set(found.hard.map((h) => h.term))];
  const firstHard = found.hard[0]?.span.start ?? Infinity;
  const firstSoft = found.soft[0]?.span.start ?? Infinity;
  const detected: SkillCategory | null =
    firstHard === Infinity && firstSoft === Infinity ? null : firstHard < firstSoft ? "hard" : "soft";
  return { category: choice.category ?? detected, families, wholeFamilies, behaviours, terms, vetted: false };
}

function contradicts(s: StorySummary, skills: WeaknessSkills): boolean {
  return (
    isStrong(s) &&
    (skills.category === "hard"
      ? skills.terms.some((t) => provesTerm(s, t))
      : skills.behaviours.some((b) => provesBehaviour(s, b)) || skills.wholeFamilies.some((f) => provesFamily(s, f)))
  );
}

/** Strong stories that prove the very skill a weakness names. */
export function contradictingStories(bank: readonly StorySummary[], skills: WeaknessSkills): StorySummary[] {
  return bank.filter((s) => contradicts(s, skills)).sort(byStrength);
}

function isContradicted(bank: readonly StorySummary[], skills: WeaknessSkills): boolean {
  return bank.some((s) => contradicts(s, skills));
}

function wordPattern(words: readonly string[]): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
  return new RegExp(`\\b(?:${alts.join("|")})\\b`, "i");
}

const ACTION_RE = wordPattern(PLAN_ACTION_WORDS);
const TIME_WORDS_RE = wordPattern(PLAN_TIME_WORDS);
const NUMBER_WORD = "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|each|every|per|next|this|last";
const TIME_SPAN_RE = new RegExp(`\\b(?:${NUMBER_WORD})\\s+(?:${TIME_UNITS.join("|")})s?\\b`, "i");
const DATE_RE =
  /\b(?:by|in|since|until|before|from)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|q[1-4]|20\d\d)\b/i;

/** The plan says what the person is doing: a course, practice, a mentor, a concrete step. */
export function hasPlanAction(plan: string): boolean {
  return ACTION_RE.test(plan);
}

/** The plan says when or how often: "every two weeks", "by March", "this quarter". */
export function hasTimeFrame(plan: string): boolean {
  return TIME_SPAN_RE.test(plan) || TIME_WORDS_RE.test(plan) || DATE_RE.test(plan);
}

export function checkWeakness(
  choice: WeaknessChoice,
  bank: readonly StorySummary[],
  ctx: PlannerContext,
  options: WeaknessCheckOptions = {},
): WeaknessCheck {
  const skills = resolveWeakness(choice, ctx);
  const warnings: WeaknessWarning[] = [];
  const role = ROLE_TYPE_PROFILE[ctx.roleType];
  const primary = ctx.primary ?? options.leadCategory ?? null;
  if (skills.category === null) {
    warnings.push({
      id: "unrecognised",
      message: "Name the skill itself (for example \"public speaking\" or \"SQL\"), so it can be checked against the role and your stories.",
      storyIds: [],
    });
  }
  if (!skills.vetted && skills.category !== null && skills.category === primary) {
    warnings.push({
      id: "primary-category",
      message: `A ${role.label} is judged first on ${skills.category} skills; a weakness there undercuts your main case. Pick one from the ${other(skills.category)} side.`,
      storyIds: [],
    });
  }
  const critical = !skills.vetted && skills.category === "soft" ? skills.families.filter((f) => (role.avoidWeaknessFamilies as readonly SoftFamily[]).includes(f)) : [];
  if (critical.length > 0) {
    warnings.push({
      id: "role-critical",
      message: `${critical.join(" and ")} is part of what a ${role.label} needs every day; choose something narrower or further from the core.`,
      storyIds: [],
    });
  }
  const basics = ctx.stage === "entry" && skills.category === "soft" ? skills.families.filter((f) => (ENTRY_AVOID_WEAKNESS_FAMILIES as readonly SoftFamily[]).includes(f)) : [];
  if (basics.length > 0) {
    warnings.push({
      id: "entry-basics",
      message: "Early in a career, reliability and time-keeping are taken as the basics; do not offer them as a weakness.",
      storyIds: [],
    });
  }
  const against = contradictingStories(bank, skills);
  if (against.length > 0) {
    warnings.push({
      id: "contradicted",
      message: `Your own strong ${against.length === 1 ? "story proves" : "stories prove"} this skill (${against.map((s) => `"${s.title}"`).join(", ")}); an interviewer who hears them will not believe the weakness.`,
      storyIds: against.map((s) => s.id),
    });
  }
  if (!hasPlanAction(choice.plan)) {
    warnings.push({
      id: "plan-no-action",
      message: "Say what you are doing about it: a course, regular practice, a mentor, a task you took on.",
      storyIds: [],
    });
  }
  if (!hasTimeFrame(choice.plan)) {
    warnings.push({
      id: "plan-no-time-frame",
      message: "Add when or how often: \"every two weeks\", \"since March\", \"by the end of the quarter\".",
      storyIds: [],
    });
  }
  return { skills, warnings, ok: warnings.length === 0 };
}

// ---------------------------------------------------------------- the answer outline

export type AnswerOutline = {
  strength: string | null;
  complementary: string | null;
  weakness: string;
  plan: string;
  /** The answer as short lines to rehearse, in speaking order. */
  lines: string[];
};

/** The story to prove a strength with, skipping one already told in the answer when another will do. */
function proof(bank: readonly StorySummary[], p: StrengthProposal, told: string[]): string {
  const id = p.storyIds.find((x) => !told.includes(x)) ?? p.storyIds[0];
  const story = bank.find((s) => s.id === id);
  if (!story) return "";
  if (told.includes(story.id)) return ` The same story shows it.`;
  told.push(story.id);
  return ` Prove it with "${story.title}"${story.resultQuote ? `: ${story.resultQuote}` : "."}`;
}

export function answerOutline(
  plan: StrengthPlan,
  weakness: { skill: string; plan: string },
  bank: readonly StorySummary[],
  ctx: PlannerContext,
): AnswerOutline {
  const lines: string[] = [];
  const told: string[] = [];
  if (plan.primary) lines.push(`My greatest strength is ${plan.primary.spoken}.${proof(bank, plan.primary, told)}`);
  if (plan.complementary) {
    const impact = plan.combinedImpact ? ` Together: ${plan.combinedImpact}.` : "";
    lines.push(`It goes with ${plan.complementary.spoken}.${proof(bank, plan.complementary, told)}${impact}`);
  }
  const where = ctx.field === "general" ? `a ${ROLE_TYPE_PROFILE[ctx.roleType].label}` : `work in ${fieldFamily(ctx.field).label.toLowerCase()}`;
  const safe = plan.weakness && plan.weakness.label === weakness.skill ? ` It sits away from the core of ${where}: ${plan.weakness.whySafe}.` : "";
  lines.push(`Something I am working on: ${weakness.skill}.${safe}`);
  lines.push(`What I am doing about it: ${weakness.plan}`);
  return {
    strength: plan.primary?.label ?? null,
    complementary: plan.complementary?.label ?? null,
    weakness: weakness.skill,
    plan: weakness.plan,
    lines,
  };
}
