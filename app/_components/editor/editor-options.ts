// What the editor needs from the grader and the schema, computed on the server and handed to the
// client as plain data, so the client bundle does not pull the grader in before it is needed.
import { ROLES, STAGES, STAR_PROMPTS } from "@/lib/grader";
import type { StarPart } from "@/lib/grader/types";
import { STORY_LIMITS } from "@/lib/stories/schema";

export type EditorOptions = {
  roles: readonly string[];
  stages: readonly string[];
  prompts: Record<StarPart, readonly string[]>;
  limits: { title: number; text: number; tags: number };
};

export function editorOptions(): EditorOptions {
  return {
    roles: ROLES,
    stages: STAGES,
    prompts: STAR_PROMPTS,
    limits: { title: STORY_LIMITS.title, text: STORY_LIMITS.text, tags: STORY_LIMITS.tags },
  };
}
