import Link from "next/link";

import { fieldFamily, type PlannerContext } from "@/lib/planner";

export const PLANNER_PAGES = [
  { href: "/profile", label: "Profile" },
  { href: "/balance", label: "Balance" },
  { href: "/coverage", label: "Coverage" },
  { href: "/plan", label: "Strengths & weakness" },
  { href: "/postings", label: "Job postings" },
  { href: "/questions", label: "Questions" },
  { href: "/sheet", label: "Interview sheet" },
] as const;

export type PlannerPath = (typeof PLANNER_PAGES)[number]["href"];

/**
 * The interview plan's sub-navigation (hidden when printing); `profileSaved: false` adds a nudge to set the profile.
 * With `context`, it says which career stage and field the advice is for (chosen or worked out, and why)
 * and how many example stories the planner leaves out (`examplesLeftOut`).
 */
export function PlannerNav({
  current,
  profileSaved = true,
  context,
  examplesLeftOut = 0,
}: {
  current: PlannerPath;
  profileSaved?: boolean;
  context?: PlannerContext;
  examplesLeftOut?: number;
}) {
  return (
    <nav aria-label="Interview plan" className="mb-6 print:hidden">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
        {PLANNER_PAGES.map((p) => (
          <li key={p.href}>
            <Link
              href={p.href}
              aria-current={p.href === current ? "page" : undefined}
              className={`rounded px-3 py-1.5 text-sm font-medium ${p.href === current ? "bg-brand text-white" : "text-ink hover:bg-slate-100"}`}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
      {!profileSaved && (
        <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Using a balanced, mid-career profile until you{" "}
          <Link href="/profile" className="font-medium underline">
            set your own
          </Link>
          .
        </p>
      )}
      {context && (
        <div className="mt-3 space-y-1 text-sm">
          <StageNote context={context} />
          <FieldNote context={context} examplesLeftOut={examplesLeftOut} />
        </div>
      )}
    </nav>
  );
}

function StageNote({ context }: { context: PlannerContext }) {
  return (
    <p data-testid="stage-note">
      <span className="font-semibold">Stage: {context.stage}.</span> {context.stageReason}{" "}
      <Link href="/profile" className="text-brand-dark underline">
        Change the stage
      </Link>
    </p>
  );
}

function FieldNote({ context, examplesLeftOut }: { context: PlannerContext; examplesLeftOut: number }) {
  const family = fieldFamily(context.field);
  return (
    <div className="space-y-1" data-testid="field-note">
      <p>
        <span className="font-semibold">Field: {family.label}.</span> {context.fieldChosen ? "Chosen in your profile." : context.fieldReason}{" "}
        <Link href="/profile" className="text-brand-dark underline">
          {context.fieldChosen ? "Change it" : "Choose your field"}
        </Link>
      </p>
      {examplesLeftOut > 0 && (
        <p className="text-muted" data-testid="examples-left-out">
          {examplesLeftOut === 1 ? "One example story is" : `${examplesLeftOut} example stories are`} left out of your plan, since they are not
          yours. You can{" "}
          <Link href="/profile" className="text-brand-dark underline">
            include them in your profile
          </Link>{" "}
          to try the planner out.
        </p>
      )}
    </div>
  );
}
