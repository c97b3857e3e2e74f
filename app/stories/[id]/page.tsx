import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { requireUser } from "@/lib/auth/session";
import { gradeStoryDto } from "@/lib/stories/grading";
import { getStory } from "@/lib/stories/queries";

import { editorOptions } from "@/app/_components/editor/editor-options";
import { ExampleNote } from "@/app/_components/example-badge";
import { StoryEditor } from "@/app/_components/story-editor";

export const metadata: Metadata = { title: "Edit story" };

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/stories/${id}`);
  const story = await getStory(user.id, id);
  if (!story) notFound();
  return (
    <>
      {story.example && <ExampleNote />}
      <StoryEditor key={story.id} userId={user.id} story={story} initialReport={gradeStoryDto(story)} options={editorOptions()} />
    </>
  );
}
