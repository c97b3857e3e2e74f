// The one definition of a valid story, shared by the forms, the REST API, import and the data layer.
// Isomorphic: no server imports.
import { z } from "zod";

import { joinStarParts, ROLES, STAGES } from "@/lib/grader";
import { visibleText } from "@/lib/visible-text";

export const STORY_LIMITS = { title: 200, text: 20_000, tags: 20, tag: 40 } as const;
/** The highest version a story may name: far past any real history, far inside a 32-bit integer. */
export const MAX_STORY_VERSION = 1_000_000;
export const STORY_FORMATS = ["free", "star"] as const;
export type StoryFormat = (typeof STORY_FORMATS)[number];


const partSchema = z
  .string()
  .transform(visibleText)
  .pipe(z.string().max(STORY_LIMITS.text, `Keep each part under ${STORY_LIMITS.text.toLocaleString("en")} characters.`));

export const starPartsSchema = z.object({
  situation: partSchema.default(""),
  task: partSchema.default(""),
  action: partSchema.default(""),
  result: partSchema.default(""),
});

/** Tags are trimmed, lower-cased and de-duplicated; a comma-separated string is accepted too. */
const tagsSchema = z
  .union([z.array(z.string()), z.string().transform((value) => value.split(","))])
  .transform((tags) => [...new Set(tags.map((tag) => visibleText(tag).trim().toLowerCase()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(STORY_LIMITS.tag, `Keep each tag under ${STORY_LIMITS.tag} characters.`))
      .max(STORY_LIMITS.tags, `Use at most ${STORY_LIMITS.tags} tags.`),
  );

const storyFields = {
  title: z
    .string({ error: "Give the story a title." })
    .transform(visibleText)
    .pipe(z.string().trim().min(1, "Give the story a title.").max(STORY_LIMITS.title, `Keep the title under ${STORY_LIMITS.title} characters.`)),
  role: z.enum(ROLES, { error: `Role is one of: ${ROLES.join(", ")}.` }),
  stage: z.enum(STAGES, { error: `Career stage is one of: ${STAGES.join(", ")}.` }),
  format: z.enum(STORY_FORMATS, { error: 'Format is "free" or "star".' }),
  text: z
    .string({ error: "Write the story text." })
    .transform(visibleText)
    .pipe(z.string().max(STORY_LIMITS.text, `Keep the story under ${STORY_LIMITS.text.toLocaleString("en")} characters.`)),
  parts: starPartsSchema,
  tags: tagsSchema,
};

type NormalisedFields = { format?: StoryFormat; text?: string; parts?: z.infer<typeof starPartsSchema> };

/** A story written in four boxes is stored with its joined text, so search and grading see one text. */
function withDerivedText<T extends NormalisedFields>(story: T, ctx: z.RefinementCtx): T {
  if (story.format === "star" && story.parts) {
    const text = joinStarParts(story.parts);
    if (text.length > STORY_LIMITS.text) {
      ctx.addIssue({ code: "custom", path: ["parts"], message: `Keep the story under ${STORY_LIMITS.text.toLocaleString("en")} characters.` });
    }
    return { ...story, text };
  }
  return story;
}

export const storyInputSchema = z
  .object({
    ...storyFields,
    role: storyFields.role.default("general"),
    stage: storyFields.stage.default("mid"),
    format: storyFields.format.default("free"),
    text: storyFields.text.default(""),
    parts: storyFields.parts.default({ situation: "", task: "", action: "", result: "" }),
    tags: storyFields.tags.default([]),
  })
  .transform(withDerivedText)
  .superRefine((story, ctx) => {
    if (story.text.trim() === "") {
      ctx.addIssue({
        code: "custom",
        path: [story.format === "star" ? "parts" : "text"],
        message: "Write the story before saving it.",
      });
    }
  });
export type StoryInput = z.output<typeof storyInputSchema>;

/** An edit names the version it started from, so that a newer save elsewhere is never overwritten. */
export const storyPatchSchema = z
  .object({
    ...Object.fromEntries(Object.entries(storyFields).map(([key, schema]) => [key, schema.optional()])),
    version: z.number({ error: "Say which version you edited (the story's `version`)." }).int().positive().max(MAX_STORY_VERSION),
  } as { [K in keyof typeof storyFields]: z.ZodOptional<(typeof storyFields)[K]> } & { version: z.ZodNumber })
  .transform(withDerivedText)
  .superRefine((patch, ctx) => {
    // The parts and format "star" come together: parts alone were stored as sent (four times the text's
    // limit) beside a text that no longer matched them, and "star" alone showed a free-text story as
    // empty boxes, whose next save replaced its text.
    if (patch.parts !== undefined && patch.format !== "star") ctx.addIssue({ code: "custom", path: ["format"], message: 'Send "format": "star" with the four parts.' });
    if (patch.format === "star" && patch.parts === undefined) ctx.addIssue({ code: "custom", path: ["parts"], message: 'Send the four parts with "format": "star".' });
    if (patch.text !== undefined && patch.text.trim() === "") {
      ctx.addIssue({ code: "custom", path: [patch.format === "star" ? "parts" : "text"], message: "The story cannot be empty." });
    }
  });
export type StoryPatch = z.output<typeof storyPatchSchema>;

export const gradeRequestSchema = z.object({
  text: z.string({ error: "Send the story as `text`." }).min(1, "Send the story as `text`.").max(STORY_LIMITS.text, `Keep the story under ${STORY_LIMITS.text.toLocaleString("en")} characters.`),
  role: z.enum(ROLES).optional(),
  stage: z.enum(STAGES).optional(),
});

export const SORT_KEYS = ["updated", "created", "overall", "integration", "context", "result", "title"] as const;
export const BANDS = ["weak", "fair", "strong"] as const;

export const storyListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  band: z.enum(BANDS).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  family: z.string().trim().max(40).optional().catch(undefined),
  skill: z.string().trim().max(80).optional().catch(undefined),
  tag: z.string().trim().toLowerCase().max(STORY_LIMITS.tag).optional().catch(undefined),
  sort: z.enum(SORT_KEYS).default("updated").catch("updated"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).catch(20),
});
export type StoryListQuery = z.output<typeof storyListQuerySchema>;

/** Field errors in the shape the forms and the API return. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors;
}
