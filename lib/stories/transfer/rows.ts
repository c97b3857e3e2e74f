// The database rows that store one imported (or seeded) story: graded now, with its tags, skills and
// revisions. Pure: lib/stories/import.ts writes them, scripts/seed.ts and the benches reuse them.
import { storedSummary } from "@/lib/planner/stored-summary";

import { toGradeColumns } from "../dto";
import { gradeStored, hardShare, storedGrade, storedSkills, type StoredGrade } from "../grading";
import { STORY_LIMITS, type StoryInput } from "../schema";
import type { ImportStory } from "./validate";

export type StoryRows = {
  story: {
    id: string;
    userId: string;
    version: number;
    createdAt: Date;
    updatedAt: Date;
    hardShare: number | null;
    /** The planner's summary of the grade (lib/planner/stored-summary.ts). */
    summary: string;
    /** One of the built-in examples (carried by a JSON export). */
    example: boolean;
  } & ContentColumns &
    StoredGrade;
  tags: { storyId: string; tag: string }[];
  skills: { storyId: string; kind: string; name: string; field: string; inAction: boolean }[];
  revisions: ({
    id: string;
    storyId: string;
    version: number;
    tags: string;
    autosave: boolean;
    createdAt: Date;
    updatedAt: Date;
  } & ContentColumns &
    StoredGrade)[];
};

/** A story's content as its columns (the story row and each revision row hold the same ones). */
type ContentColumns = { title: string; role: string; stage: string; format: string; text: string; situation: string; task: string; action: string; result: string };

function contentColumns(input: StoryInput): ContentColumns {
  const { title, role, stage, format, text } = input;
  return { title, role, stage, format, text, ...input.parts };
}

/**
 * The rows that store one story: graded now (the bank sorts on current grades), its tags and skills,
 * and its revisions with the grade each had (or, when the file has none, one revision like a first save).
 */
export function buildStoryRows(userId: string, story: Omit<ImportStory, "row">, options: { newId: () => string; now: Date }): StoryRows {
  const steps = storyRowSteps(userId, story, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildStoryRows, calling `pause` after each grading (the story's, then each ungraded revision's: up to
 * 101 of a few ms each), so that a story with many revisions does not hold the event loop for long.
 */
export async function buildStoryRowsPaced(userId: string, story: Omit<ImportStory, "row">, options: { newId: () => string; now: Date }, pause: () => Promise<void>): Promise<StoryRows> {
  const steps = storyRowSteps(userId, story, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The work of buildStoryRows, yielding after each grading. */
function* storyRowSteps(userId: string, story: Omit<ImportStory, "row">, { newId, now }: { newId: () => string; now: Date }): Generator<void, StoryRows> {
  const storyId = newId();
  const content = contentColumns(story.input);
  const report = gradeStored(content);
  const grade = storedGrade(report);
  yield;
  const createdAt = story.createdAt ?? now;
  const updatedAt = story.updatedAt ?? createdAt;
  const revisions = story.revisions.length > 0 ? story.revisions : [{ input: story.input, version: story.version, autosave: false, createdAt: updatedAt, updatedAt }];
  const revisionRows: StoryRows["revisions"] = [];
  for (const revision of revisions) {
    const columns = contentColumns(revision.input);
    const graded = "grade" in revision && revision.grade ? toGradeColumns(revision.grade) : revision.input === story.input ? grade : null;
    const revisionGrade = graded ?? storedGrade(gradeStored(columns));
    const at = revision.createdAt ?? updatedAt;
    revisionRows.push({
      id: newId(),
      storyId,
      version: revision.version,
      ...columns,
      tags: JSON.stringify(revision.input.tags),
      autosave: revision.autosave,
      createdAt: at,
      updatedAt: revision.updatedAt ?? at,
      ...revisionGrade,
    });
    if (!graded) yield;
  }
  return {
    story: {
      id: storyId,
      userId,
      ...content,
      version: story.version,
      createdAt,
      updatedAt,
      example: story.example ?? false,
      ...grade,
      hardShare: hardShare(report),
      summary: storedSummary({ id: storyId, title: content.title, text: content.text }, report, story.version),
    },
    tags: story.input.tags.slice(0, STORY_LIMITS.tags).map((tag) => ({ storyId, tag })),
    skills: storedSkills(report).map((skill) => ({ storyId, ...skill })),
    revisions: revisionRows,
  };
}
