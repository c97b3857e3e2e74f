// Turns a grade report into the columns the bank sorts and filters on. Isomorphic.
import { GRADER_VERSION, gradeStory, parseRole, parseStage, type GradeReport, type StarParts } from "@/lib/grader";

export type StoredGrade = {
  graderVersion: string;
  overallScore: number;
  band: string;
  integrationScore: number;
  contextScore: number;
  resultScore: number;
  integrationLevel: number;
  contextLevel: number;
  resultLevel: number;
};

export type StoredSkill = { kind: "hard" | "soft"; name: string; field: string; inAction: boolean };

export type GradableStory = { text: string; role: string; stage: string; format: string } & StarParts;

export function gradeStored(story: GradableStory): GradeReport {
  return gradeStory(story.text, {
    role: parseRole(story.role),
    stage: parseStage(story.stage),
    parts: story.format === "star" ? { situation: story.situation, task: story.task, action: story.action, result: story.result } : undefined,
  });
}

export function storedGrade(report: GradeReport): StoredGrade {
  const { integration, context, result } = report.dimensions;
  return {
    graderVersion: GRADER_VERSION,
    overallScore: report.overall.score,
    band: report.overall.band,
    integrationScore: integration.score,
    contextScore: context.score,
    resultScore: result.score,
    integrationLevel: integration.level,
    contextLevel: context.level,
    resultLevel: result.level,
  };
}

/** One row per distinct hard-skill term and per soft-skill family; "in action" if any mention is. */
export function storedSkills(report: GradeReport): StoredSkill[] {
  const skills = new Map<string, StoredSkill>();
  const add = (skill: StoredSkill) => {
    const key = `${skill.kind}:${skill.name}`;
    const seen = skills.get(key);
    if (seen) seen.inAction ||= skill.inAction;
    else skills.set(key, skill);
  };
  for (const hit of report.hardSkills) add({ kind: "hard", name: hit.term.toLowerCase(), field: hit.field, inAction: hit.inAction });
  for (const hit of report.softSkills) add({ kind: "soft", name: hit.family, field: "", inAction: hit.inAction });
  return [...skills.values()];
}

export function hardShare(report: GradeReport): number | null {
  return report.mix.hard;
}

/** The full report of a story as the API and pages hand it out. */
export function gradeStoryDto(story: { text: string; role: string; stage: string; format: string; parts: StarParts }): GradeReport {
  return gradeStored({ ...story, ...story.parts });
}
