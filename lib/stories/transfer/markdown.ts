// Markdown, to read or paste into a doc: story text shown exactly as text (no HTML, no links).
import type { StarParts } from "@/lib/grader";

import type { StoryGradeDto } from "../dto";
import type { ExportStory } from "./format";

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const BAND_LABEL: Record<string, string> = { weak: "Weak", fair: "Fair", strong: "Strong" };

function escapeInline(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

// Characters that make Markdown out of plain text: raw HTML (<, >, &), links and images ([ ] and the
// autolink <…>), emphasis and code. Story text is plain text, so each is shown as itself.
const MARKDOWN_INLINE = /([\\`*_[\]<>|&~])/g;

/**
 * Story text as Markdown paragraphs that show exactly the text: no raw HTML, no link (so no
 * javascript: URL), and a line that Markdown would read as a heading, rule or list marker is escaped.
 */
function escapeBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(MARKDOWN_INLINE, "\\$1").replace(/^(\s*)(#|[-*_]{3,}\s*$|[-+*]\s|\d+[.)]\s|=+\s*$)/, "$1\\$2"))
    .join("\n")
    .trim();
}

function gradeLine(grade: StoryGradeDto): string {
  const dimension = (name: string, value: { score: number; level: number }) => `${name} ${value.score} (level ${value.level})`;
  return [
    `**${BAND_LABEL[grade.band] ?? grade.band}** · overall ${grade.overall}/100`,
    dimension("integration", grade.integration),
    dimension("context", grade.context),
    dimension("result", grade.result),
  ].join(" · ");
}

const PART_LABELS: [keyof StarParts, string][] = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
];

/** The Markdown document's title and count. */
export function markdownHead(count: number, { exportedAt }: { exportedAt: string }): string {
  return ["# My StoryBank stories", "", `${count.toLocaleString("en")} ${count === 1 ? "story" : "stories"}, exported ${DATE.format(new Date(exportedAt))}.`, ""].join("\n");
}

/** One story: a rule, its heading, grade and details, then its text. */
export function markdownStory(story: ExportStory): string {
  const details = [`Role: ${story.role}`, `Stage: ${story.stage}`];
  if (story.tags.length > 0) details.push(`Tags: ${story.tags.map(escapeInline).join(", ")}`);
  details.push(`Updated: ${story.updatedAt.slice(0, 10)}`);
  const lines = ["", "---", "", `## ${escapeInline(story.title)}`, "", gradeLine(story.grade), "", details.join(" · "), ""];
  if (story.format === "star") {
    for (const [part, label] of PART_LABELS) {
      if (story.parts[part].trim() !== "") lines.push(`**${label}.** ${escapeBlock(story.parts[part])}`, "");
    }
  } else {
    lines.push(escapeBlock(story.text), "");
  }
  return lines.join("\n");
}

/** The bank as one Markdown document: a heading per story, its grade and details, then its text. */
export function toMarkdown(stories: ExportStory[], { exportedAt }: { exportedAt: string }): string {
  return `${(markdownHead(stories.length, { exportedAt }) + stories.map(markdownStory).join("")).trimEnd()}\n`;
}
