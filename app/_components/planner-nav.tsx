import Link from "next/link";

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

/** The interview plan's sub-navigation (hidden when printing); `profileSaved: false` adds a nudge to set the profile. */
export function PlannerNav({ current, profileSaved = true }: { current: PlannerPath; profileSaved?: boolean }) {
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
    </nav>
  );
}
