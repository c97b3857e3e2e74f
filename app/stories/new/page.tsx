import type { Metadata } from "next";

import { gradeStory } from "@/lib/grader";
import { requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/planner-data/queries";

import { editorOptions } from "@/app/_components/editor/editor-options";
import { StoryEditor } from "@/app/_components/story-editor";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  const user = await requireUser("/stories/new");
  // A new story starts at the profile's role (a balanced role grades as general) and its stage, chosen or from the years.
  const { ctx, saved } = await getProfile(user.id);
  const defaults = saved ? { role: ctx.graderRole, stage: ctx.stage } : undefined;
  const initialReport = gradeStory("", defaults ?? {});
  return <StoryEditor userId={user.id} story={null} initialReport={initialReport} options={editorOptions()} defaults={defaults} />;
}
