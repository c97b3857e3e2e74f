import Link from "next/link";

import type { PostingView } from "@/lib/planner-data/analysis";

const pct = (n: number) => `${Math.round(n * 100)}%`;

const ROLE_LABELS = { technical: "technical or specialist", customer: "customer-facing", leadership: "leadership or management", balanced: "balanced" } as const;

/** "healthcare; the posting says "continuous telemetry"", "a specialist term", "soft: mentor, coach". */
function skillNote(s: PostingView["skills"][number]): string {
  if (s.kind === "soft") return `soft: ${s.phrases.join(", ")}`;
  const field = s.field ?? "a specialist term";
  return s.phrases.length > 0 ? `${field}; the posting says ${s.phrases.map((p) => `“${p}”`).join(", ")}` : field;
}

/** A posting's analysis; plain markup, so both the live analyser and a saved posting's page render it. */
export function PostingResult({ view }: { view: PostingView }) {
  const { emphasis } = view;
  return (
    <div className="space-y-6" data-testid="posting-result">
      <section aria-labelledby="emphasis-h" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="emphasis-h" className="text-lg font-semibold">
          What it emphasises
        </h2>
        <p className="mt-1" data-testid="posting-emphasis">
          {pct(emphasis.hard)} hard skills / {pct(emphasis.soft)} soft skills
          {emphasis.lean === "unclear" ? " (it names no skills we recognise)" : emphasis.lean === "both" ? ": both about equally" : `: it leans ${emphasis.lean}`}.
        </p>
        <div className="mt-2 grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <h3 className="font-semibold">Hard-skill terms</h3>
            <p className="text-muted">{emphasis.hardTerms.length ? emphasis.hardTerms.map((t) => `${t.term} ×${t.count}`).join(", ") : "none"}</p>
          </div>
          <div>
            <h3 className="font-semibold">Soft-skill terms</h3>
            <p className="text-muted">{emphasis.softTerms.length ? emphasis.softTerms.map((t) => `${t.term} ×${t.count}`).join(", ") : "none"}</p>
          </div>
        </div>
        <p className="mt-3 text-sm">
          Lead with <strong>{view.leadCategory}</strong> skills. It reads as a {ROLE_LABELS[view.roleType]} role: {view.roleReason} Aim your answers at about{" "}
          {pct(view.leadMix.hard)} hard / {pct(view.leadMix.soft)} soft.
        </p>
      </section>

      <section aria-labelledby="skills-h" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="skills-h" className="text-lg font-semibold">
          Skills it asks for
        </h2>
        {view.skills.length === 0 ? (
          <p className="mt-1 text-muted">No skill words recognised.</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-2">
                  Skill
                </th>
                <th scope="col" className="py-1 pr-2">
                  Mentions
                </th>
                <th scope="col" className="py-1">
                  Your bank
                </th>
              </tr>
            </thead>
            <tbody>
              {view.skills.map((s) => (
                <tr key={`${s.kind}-${s.name}`} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 font-medium">
                    {s.name} <span className="font-normal text-muted">({skillNote(s)})</span>
                  </th>
                  <td className="py-1 pr-2">{s.mentions}</td>
                  <td className="py-1">{s.proven ? <span className="font-semibold text-emerald-800">Proven</span> : <span className="font-semibold text-red-800">Not proven yet</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="ranking-h" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="ranking-h" className="text-lg font-semibold">
          Your stories ranked by fit
        </h2>
        {view.ranking.length === 0 ? (
          <p className="mt-1 text-muted">None of your stories proves a skill this posting asks for.</p>
        ) : (
          <>
            <p className="text-sm text-muted">
              {view.matchingStories.toLocaleString("en")} {view.matchingStories === 1 ? "story proves" : "stories prove"} at least one asked skill
              {view.matchingStories > view.ranking.length ? `; the best ${view.ranking.length}:` : "."}
            </p>
            <ol className="mt-2 space-y-2" aria-label="Stories ranked by fit">
              {view.ranking.map((r) => (
                <li key={r.storyId} className="rounded-lg bg-surface p-3">
                  <span className="mr-2 font-semibold">#{r.rank}</span>
                  <Link href={`/stories/${r.storyId}`} className="font-medium text-brand underline">
                    {r.title}
                  </Link>
                  <span className="ml-2 text-sm text-muted">fit {pct(r.fit)}</span>
                  <p className="mt-1 text-sm text-muted">{r.reason}</p>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
