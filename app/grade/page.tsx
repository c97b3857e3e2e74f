import type { Metadata } from "next";

import { getSessionUser } from "@/lib/auth/server";
import { gradeStory, ROLES, STAGES } from "@/lib/grader";

import { GradePlayground } from "@/app/grade/grade-playground";

export const metadata: Metadata = {
  title: "Grade a story",
  description: "Paste an interview answer and see, line by line, what makes it weak or strong. No account, nothing stored.",
};

export default async function GradePage() {
  const user = await getSessionUser();
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Grade a story</h1>
        <p className="text-muted">
          Paste an interview answer and see its grade as you type. It is graded in your browser: nothing is sent or stored, and you
          need no account.
        </p>
      </header>
      <GradePlayground roles={ROLES} stages={STAGES} initialReport={gradeStory("", {})} signedIn={user !== null} />
    </div>
  );
}
