// The planner's profile: the role type the user is aiming for, their years of
// experience (mapped to the guide's career stages unless they choose the stage
// they are aiming at) and an optional job title.
// Isomorphic: pages, the API and tests share this one definition.
import { z } from "zod";

import { targetMix } from "@/lib/grader/report";
import { STAGES, type Role, type Stage } from "@/lib/grader";
import { visibleText } from "@/lib/visible-text";

import type { StorySummary } from "./bank";
import { FIELD_FAMILY_IDS, type FieldFamilyId } from "./families";
import { guessFieldFamily, guessReason } from "./field-guess";
import { ROLE_TYPE_PROFILE, ROLE_TYPES, type RoleType, type SkillCategory } from "./tables";

export { ROLE_TYPES, type RoleType };

export const PROFILE_LIMITS = { years: 60, title: 120 } as const;

/**
 * Years of experience where each stage starts. The guide gives mid as 4-10 and
 * senior as 10-15, so ten years sits in both; we keep exactly 10 in mid (the
 * guide's mid range is inclusive and its senior table reads "10+", i.e. past
 * ten) and anything above 10 is senior. 15 and up is executive. Fractions
 * count: 3.5 years is still entry, because mid starts at 4.
 */
export const STAGE_BY_YEARS = [
  { stage: "executive", from: 15, inclusive: true },
  { stage: "senior", from: 10, inclusive: false },
  { stage: "mid", from: 4, inclusive: true },
  { stage: "entry", from: 0, inclusive: true },
] as const satisfies readonly { stage: Stage; from: number; inclusive: boolean }[];

/** A career stage from years of experience; negative or non-finite input counts as 0. */
export function stageForYears(years: number): Stage {
  const y = Number.isFinite(years) && years > 0 ? years : 0;
  for (const row of STAGE_BY_YEARS) {
    if (row.inclusive ? y >= row.from : y > row.from) return row.stage;
  }
  return "entry";
}

export function isStage(value: unknown): value is Stage {
  return (STAGES as readonly unknown[]).includes(value);
}

/**
 * The stages as the profile offers them, with the guide's year ranges ("Career Stage
 * Considerations") as STAGE_BY_YEARS reads them (the guide's own ranges share 10 and 15), and what
 * each stage's interviews look for, in our own words.
 */
export const STAGE_CHOICES = [
  { stage: "entry", label: "Entry level", years: "under 4 years", aim: "show you can do the job and are learning fast" },
  { stage: "mid", label: "Mid-career", years: "4–10 years", aim: "work on your own and help others, e.g. a first supervisor job" },
  { stage: "senior", label: "Senior", years: "over 10 and under 15 years", aim: "lead teams and make the judgement calls" },
  { stage: "executive", label: "Executive", years: "15 years and up", aim: "set direction for a whole organisation" },
] as const satisfies readonly { stage: Stage; label: string; years: string; aim: string }[];

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const profileSchema = z.object({
  roleType: z.enum(ROLE_TYPES, { error: `Role type is one of: ${ROLE_TYPES.join(", ")}.` }),
  years: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "Give your years of experience as a number." })
      .min(0, "Years of experience cannot be negative.")
      .max(PROFILE_LIMITS.years, `Years of experience is at most ${PROFILE_LIMITS.years}.`),
  ),
  targetTitle: z.preprocess(
    emptyToUndefined,
    z.string().transform(visibleText).pipe(z.string().trim().max(PROFILE_LIMITS.title, `Keep the job title under ${PROFILE_LIMITS.title} characters.`)).optional(),
  ),
  /** A career stage, or "" (or nothing) to work it out from the years. */
  stage: z.enum(["", ...STAGES], { error: "Choose a career stage from the list, or let the planner work it out from your years." }).optional(),
  /** A field family id, or "" (or nothing) to have it guessed from the bank. */
  field: z.enum(["", ...FIELD_FAMILY_IDS], { error: "Choose a field from the list, or let the planner guess it." }).optional(),
  /** A checkbox: "on" (or true) counts the built-in example stories in the planner. */
  includeExamples: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).optional(),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type Profile = z.infer<typeof profileSchema>;

/** A profile with everything the rules need worked out once. */
export type PlannerContext = {
  roleType: RoleType;
  /** The stage the profile chose, or else the one its years give. */
  stage: Stage;
  /** Whether the user chose the stage in the profile, and where it came from otherwise. */
  stageChosen: boolean;
  stageReason: string;
  /** No profile is saved: the defaults stand in, so the years are not the user's and nothing may quote them. */
  assumed: boolean;
  years: number;
  targetTitle: string | null;
  /** The grader's name for the role ("balanced" is the grader's "general"). */
  graderRole: Role;
  /** The category strengths lead with; null for balanced roles, where the bank decides. */
  primary: SkillCategory | null;
  target: { hard: number; soft: number };
  /** The field family the planner's strengths, weaknesses and questions come from. */
  field: FieldFamilyId;
  /** Whether the user chose the field in the profile, and how it was worked out otherwise. */
  fieldChosen: boolean;
  fieldReason: string;
  /** Whether the built-in example stories count in the planner. */
  includeExamples: boolean;
};

export function graderRoleFor(roleType: RoleType): Role {
  return roleType === "balanced" ? "general" : roleType;
}

/**
 * The target hard/soft mix: the stage's mix from the guide, shifted by the role
 * type with the grader's own rule (lib/grader/lexicon/role-mix ROLE_SHIFT), so
 * a story's mix and the bank's mix are judged against the same target:
 * technical +10 points hard, leadership -10 points hard, customer-facing pulled
 * halfway to an even split, balanced unchanged.
 */
export function targetMixFor(roleType: RoleType, stage: Stage): { hard: number; soft: number } {
  return targetMix(graderRoleFor(roleType), stage);
}

const yearsWord = (years: number) => `${years} ${years === 1 ? "year" : "years"}`;

/**
 * Everything the rules need from the profile. A chosen stage wins over the years. With no field
 * chosen, the field is guessed from `bank` (the stories the planner counts); without a bank the
 * general tables are used. `assumed` says no profile is saved (the defaults stand in).
 */
export function plannerContext(profile: Profile, bank: readonly StorySummary[] = [], { assumed = false }: { assumed?: boolean } = {}): PlannerContext {
  const chosenStage = profile.stage !== undefined && profile.stage !== "" ? profile.stage : null;
  const stage = chosenStage ?? stageForYears(profile.years);
  const chosen = profile.field !== undefined && profile.field !== "" ? profile.field : null;
  const guess = chosen ? null : guessFieldFamily(bank);
  return {
    roleType: profile.roleType,
    stage,
    stageChosen: chosenStage !== null,
    stageReason: chosenStage
      ? "Chosen in your profile."
      : assumed
        ? "Assumed until you give your years of experience in your profile."
        : `From ${yearsWord(profile.years)} of experience.`,
    assumed,
    years: profile.years,
    targetTitle: profile.targetTitle ?? null,
    graderRole: graderRoleFor(profile.roleType),
    primary: ROLE_TYPE_PROFILE[profile.roleType].primary,
    target: targetMixFor(profile.roleType, stage),
    field: chosen ?? guess?.field ?? "general",
    fieldChosen: chosen !== null,
    fieldReason: guess ? guessReason(guess) : "Chosen in your profile.",
    includeExamples: profile.includeExamples ?? false,
  };
}
