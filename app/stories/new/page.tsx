import type { Metadata } from "next";

import { gradeStory, type Role } from "@/lib/grader";
import { requireUser } from "@/lib/auth/session";
import { stageForYears } from "@/lib/planner/profile";
import { getProfile } from "@/lib/planner-data/queries";

import { editorOptions } from "@/app/_components/editor/editor-options";
import { StoryEditor } from "@/app/_components/story-editor";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  const user = await requireUser("/stories/new");
  // A new story starts at the profile's role and stage (a balanced role grades as general).
  const { profile, saved } = await getProfile(user.id);
  const role: Role = profile.roleType === "balanced" ? "general" : profile.roleType;
  const defaults = saved ? { role, stage: stageForYears(profile.years) } : undefined;
  const initialReport = gradeStory("", defaults ?? {});
  return <StoryEditor userId={user.id} story={null} initialReport={initialReport} options={editorOptions()} defaults={defaults} />;
}
