// The ordered rule registry. RuleId is derived from it, so a typo is a type error.
import { buzzwordPadding } from "./buzzword-padding";
import { causalChain } from "./causal-chain";
import { claimedSkill } from "./claimed-skill";
import { contextConstraint } from "./context-constraint";
import { contextDetail } from "./context-detail";
import { contextProblem } from "./context-problem";
import { contextSetting } from "./context-setting";
import { domainTermInAction } from "./domain-term-in-action";
import { hardSkillInAction } from "./hard-skill-in-action";
import { hypotheticalAnswer } from "./hypothetical-answer";
import { narratorAction } from "./narrator-action";
import { narratorHidden } from "./narrator-hidden";
import { narratorVagueVerb } from "./narrator-vague-verb";
import { placeholderName } from "./placeholder-name";
import { resultEnding } from "./result-ending";
import { resultImplausible } from "./result-implausible";
import { resultNegated } from "./result-negated";
import { resultProjected } from "./result-projected";
import { resultQuantified } from "./result-quantified";
import { resultVague } from "./result-vague";
import { routineNotEpisode } from "./routine-not-episode";
import { runOnSentence } from "./run-on-sentence";
import { skillList } from "./skill-list";
import { skillBridge } from "./skill-bridge";
import { skillShared } from "./skill-shared";
import { softSkillInAction } from "./soft-skill-in-action";
import { storyLength } from "./story-length";

export const RULES = [
  hardSkillInAction,
  domainTermInAction,
  softSkillInAction,
  causalChain,
  skillBridge,
  skillShared,
  claimedSkill,
  skillList,
  narratorAction,
  narratorVagueVerb,
  contextSetting,
  contextProblem,
  contextDetail,
  contextConstraint,
  hypotheticalAnswer,
  routineNotEpisode,
  placeholderName,
  narratorHidden,
  buzzwordPadding,
  storyLength,
  runOnSentence,
  resultQuantified,
  resultVague,
  resultEnding,
  resultProjected,
  resultNegated,
  resultImplausible,
] as const;

export type RuleId = (typeof RULES)[number]["id"];

export { defineRule, type RuleDefinition } from "./define";
