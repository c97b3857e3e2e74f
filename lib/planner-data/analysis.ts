// The plain shape of a posting analysis that leaves the server (the API's JSON and the pages' props):
// lists trimmed so a 10,000-story bank never sends 10,000 rankings. Isomorphic.
import type { PostingAnalysis, RankedStory, RoleType, SkillCategory } from "@/lib/planner";

export const RANKING_LIMIT = 20;
const STORIES_PER_SKILL = 3;

export type AskedSkillView = {
  kind: SkillCategory;
  /** A hard-skill term, or a soft-skill family. */
  name: string;
  field: string | null;
  /** The posting's own words: a soft skill's phrases, or a hard term's wordings when they differ from the term. */
  phrases: string[];
  mentions: number;
  proven: boolean;
  storyIds: string[];
};

export type PostingView = {
  emphasis: {
    hard: number;
    soft: number;
    lean: "hard" | "soft" | "both" | "unclear";
    hardTerms: { term: string; count: number }[];
    softTerms: { term: string; count: number }[];
  };
  /** The side to lead with: the one the posting stresses, or the role type's mix on a tie. */
  leadCategory: SkillCategory;
  roleType: RoleType;
  roleReason: string;
  leadMix: { hard: number; soft: number };
  skills: AskedSkillView[];
  proven: string[];
  missing: string[];
  /** The best-fitting stories that prove at least one asked skill, best first. */
  ranking: RankedStory[];
  /** How many stories prove at least one asked skill. */
  matchingStories: number;
};

export function postingView(a: PostingAnalysis, limit: number = RANKING_LIMIT): PostingView {
  const skills: AskedSkillView[] = a.asks.map((s) =>
    s.kind === "hard"
      ? { kind: "hard", name: s.term, field: s.field, phrases: s.words, mentions: s.mentions, proven: s.proven, storyIds: s.storyIds.slice(0, STORIES_PER_SKILL) }
      : { kind: "soft", name: s.family, field: null, phrases: s.phrases, mentions: s.mentions, proven: s.proven, storyIds: s.storyIds.slice(0, STORIES_PER_SKILL) },
  );
  const matching = a.ranking.filter((r) => r.fit > 0);
  const { hard, soft } = a.emphasis;
  return {
    emphasis: {
      hard,
      soft,
      lean: a.emphasis.lean,
      hardTerms: a.emphasis.hardTerms.map(({ term, count }) => ({ term, count })),
      softTerms: a.emphasis.softTerms.map(({ term, count }) => ({ term, count })),
    },
    // The side the mix we advise leans to (role and stage together), so "Lead with" never contradicts the
    // figures beside it; an even mix follows the posting's own words.
    leadCategory: a.leadMix.hard !== a.leadMix.soft ? (a.leadMix.hard > a.leadMix.soft ? "hard" : "soft") : hard >= soft ? "hard" : "soft",
    roleType: a.roleType,
    roleReason: a.roleReason,
    leadMix: a.leadMix,
    skills,
    proven: skills.filter((s) => s.proven).map((s) => s.name),
    missing: skills.filter((s) => !s.proven).map((s) => s.name),
    ranking: matching.slice(0, limit),
    matchingStories: matching.length,
  };
}
