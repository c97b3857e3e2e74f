import Link from "next/link";

/** Marks one of the built-in example stories, which the planner leaves out unless the profile includes them. */
export function ExampleBadge() {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full bg-violet-50 px-2 py-0.5 text-xs font-semibold text-violet-900 ring-1 ring-inset ring-violet-200">
      Example
    </span>
  );
}

/** The line above an example story in the editor: what it is and where it counts. */
export function ExampleNote() {
  return (
    <p className="mb-4 flex flex-wrap items-center gap-2 rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950" data-testid="example-note">
      <ExampleBadge />
      <span>
        One of StoryBank&apos;s example stories, here to compare with your own. Your interview plan leaves it out unless you{" "}
        <Link href="/profile" className="underline">
          include the examples in your profile
        </Link>
        .
      </span>
    </p>
  );
}
