// The plain shapes that leave the server (API responses, props of client components). Isomorphic.
import type { StarParts } from "@/lib/grader";

import type { StoredGrade } from "./grading";
import type { StoryFormat } from "./schema";

export type StoryGradeDto = {
  graderVersion: string;
  overall: number;
  band: "weak" | "fair" | "strong";
  integration: { score: number; level: number };
  context: { score: number; level: number };
  result: { score: number; level: number };
};

/** What a story and each of its revisions hold: the content, when it was saved, and its grade. */
type SavedContentDto = {
  id: string;
  version: number;
  title: string;
  role: string;
  stage: string;
  format: StoryFormat;
  text: string;
  parts: StarParts;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  grade: StoryGradeDto;
};

/** `example`: one of the built-in example stories, which the planner leaves out unless the profile includes them. */
export type StoryDto = SavedContentDto & { example: boolean };

export type RevisionDto = SavedContentDto;

type StoryColumns = StoredGrade &
  StarParts & {
    id: string;
    title: string;
    role: string;
    stage: string;
    format: string;
    text: string;
    createdAt: Date;
    updatedAt: Date;
  };

/** A grade as stored in a story's or a revision's columns, and back: the one mapping between the two. */
export function toGradeDto(row: StoredGrade): StoryGradeDto {
  return {
    graderVersion: row.graderVersion,
    overall: row.overallScore,
    band: row.band as StoryGradeDto["band"],
    integration: { score: row.integrationScore, level: row.integrationLevel },
    context: { score: row.contextScore, level: row.contextLevel },
    result: { score: row.resultScore, level: row.resultLevel },
  };
}

export function toGradeColumns(grade: StoryGradeDto): StoredGrade {
  return {
    graderVersion: grade.graderVersion,
    overallScore: grade.overall,
    band: grade.band,
    integrationScore: grade.integration.score,
    contextScore: grade.context.score,
    resultScore: grade.result.score,
    integrationLevel: grade.integration.level,
    contextLevel: grade.context.level,
    resultLevel: grade.result.level,
  };
}

function common(row: StoryColumns) {
  return {
    id: row.id,
    title: row.title,
    role: row.role,
    stage: row.stage,
    format: row.format === "star" ? ("star" as const) : ("free" as const),
    text: row.text,
    parts: { situation: row.situation, task: row.task, action: row.action, result: row.result },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    grade: toGradeDto(row),
  };
}

export function toStoryDto(row: StoryColumns & { version: number; example?: boolean; tags: { tag: string }[] }): StoryDto {
  return { ...common(row), tags: row.tags.map((t) => t.tag).sort(), version: row.version, example: row.example ?? false };
}

export function toRevisionDto(row: StoryColumns & { version: number; tags: string }): RevisionDto {
  return { ...common(row), tags: parseTags(row.tags), version: row.version };
}

function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === "string") : [];
  } catch {
    return [];
  }
}
