import type { Metadata } from "next";

import { gradeStory } from "@/lib/grader";
import { requireUser } from "@/lib/auth/session";

import { editorOptions } from "@/app/_components/editor/editor-options";
import { StoryEditor } from "@/app/_components/story-editor";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  const user = await requireUser("/stories/new");
  return <StoryEditor userId={user.id} story={null} initialReport={gradeStory("", {})} options={editorOptions()} />;
}
