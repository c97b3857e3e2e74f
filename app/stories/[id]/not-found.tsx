import Link from "next/link";

export default function StoryNotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Story not found</h1>
      <p className="text-muted">This story does not exist, was deleted, or belongs to another account.</p>
      <div className="flex gap-4">
        <Link href="/stories" className="font-medium text-brand underline">
          Back to my stories
        </Link>
        <Link href="/stories/new" className="font-medium text-brand underline">
          Write a new story
        </Link>
      </div>
    </div>
  );
}
