import type { Metadata } from "next";
import Link from "next/link";

import { PlannerNav } from "@/app/_components/planner-nav";
import { answerOutline, checkWeakness, fieldFamily, leadSentence, proposeStrengths, ROLE_TYPE_PROFILE, safeWeaknessesFor, type StrengthProposal } from "@/lib/planner";
import { memoOnBank } from "@/lib/planner-data/memo";
import { loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

import { acceptWeakness } from "./actions";
import { WeaknessForm } from "./weakness-form";

export const metadata: Metadata = { title: "Strengths and a safe weakness" };

function Proposal({ heading, proposal, titles }: { heading: string; proposal: StrengthProposal | null; titles: Map<string, string> }) {
  return (
    <section aria-labelledby={`${heading}-h`.replace(/\W+/g, "-")} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={`${heading}-h`.replace(/\W+/g, "-")} className="text-sm font-semibold uppercase tracking-wide text-muted">
        {heading}
      </h3>
      {proposal ? (
        <>
          <p className="mt-1 text-lg font-semibold" data-testid={`${heading.split(" ")[0]?.toLowerCase()}-strength`}>
            {proposal.label}
          </p>
          <p className="mt-1 text-sm text-muted">{proposal.reason}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {proposal.storyIds.slice(0, 3).map((id) => (
              <li key={id}>
                <Link href={`/stories/${id}`} className="text-brand underline">
                  {titles.get(id) ?? "Story"}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1 text-muted">Nothing to propose yet.</p>
      )}
    </section>
  );
}

export default async function PlanPage() {
  const user = await requireUser("/plan");
  const { bank, ctx, plan: stored, saved, examplesLeftOut } = await loadPlannerState(user.id);
  const plan = memoOnBank(bank, `strengths:${JSON.stringify(ctx)}`, () => proposeStrengths(bank, ctx));
  const titles = new Map(bank.map((s) => [s.id, s.title]));
  const proposed = plan.weakness;
  const chosen = stored.weakness ?? (proposed ? { skill: proposed.label, plan: proposed.plan, weaknessId: proposed.id } : null);
  const accepted = stored.weakness !== undefined && proposed !== null && stored.weakness.weaknessId === proposed.id;
  const check = chosen ? checkWeakness(chosen, bank, ctx, { leadCategory: plan.primaryCategory }) : null;
  const outline = chosen ? answerOutline(plan, chosen, bank, ctx) : null;
  const role = ROLE_TYPE_PROFILE[ctx.roleType];
  const family = fieldFamily(ctx.field);
  const others = safeWeaknessesFor(ctx).filter((w) => w.id !== proposed?.id);

  return (
    <div className="space-y-8">
      <PlannerNav current="/plan" profileSaved={saved} context={ctx} examplesLeftOut={examplesLeftOut} />
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Strengths and a safe weakness</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {leadSentence(ctx.roleType, plan.primaryCategory, plan.primaryBasis)}
        </p>
      </header>

      {ctx.field !== "general" && (
        <section aria-labelledby="field-strengths" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="field-strengths" className="text-lg font-semibold">
            What interviewers in {family.label.toLowerCase()} look for
          </h2>
          <ul className="mt-2 space-y-1 text-sm" data-testid="field-strengths">
            {family.strengths.map((s) => (
              <li key={s.label}>
                <strong>{s.label}</strong>: {s.why}.
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="strengths" className="space-y-3">
        <h2 id="strengths" className="text-xl font-semibold">
          Proposed strengths
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <Proposal heading="Primary strength" proposal={plan.primary} titles={titles} />
          <Proposal heading="Complementary strength" proposal={plan.complementary} titles={titles} />
        </div>
        {plan.combinedImpact && <p className="text-sm">Together they show: {plan.combinedImpact}.</p>}
        {plan.notes.length > 0 && (
          <ul className="list-disc space-y-1 pl-6 text-sm text-muted">
            {plan.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="weakness" className="space-y-4">
        <h2 id="weakness" className="text-xl font-semibold">
          A safe weakness
        </h2>
        {proposed && (
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">Proposed</h3>
            <p className="mt-1 text-lg font-semibold" data-testid="proposed-weakness">
              {proposed.label}
            </p>
            <p className="mt-1 text-sm text-muted">Why it is safe: {proposed.whySafe}.</p>
            <p className="mt-1 text-sm">Sample plan: {proposed.plan}</p>
            {accepted ? (
              <p className="mt-3 text-sm font-semibold text-emerald-800">Accepted.</p>
            ) : (
              <form action={acceptWeakness} className="mt-3">
                <input type="hidden" name="weaknessId" value={proposed.id} />
                <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
                  Accept this weakness
                </button>
              </form>
            )}
          </div>
        )}
        {others.length > 0 && (
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">
              Other safe weaknesses {ctx.field === "general" ? `for a ${role.label}` : `in ${family.label.toLowerCase()}`}
            </h3>
            <ul className="mt-2 space-y-1 text-sm" data-testid="field-weaknesses">
              {others.map((w) => (
                <li key={w.id}>
                  <strong>{w.label}</strong>: {w.whySafe}.
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">Or choose your own</h3>
          {check && chosen && (
            <div className="my-3" data-testid="weakness-check">
              <p className="text-sm">
                Checking: <strong>{chosen.skill}</strong>
                {stored.weakness ? "" : " (the proposal, not saved yet)"}
              </p>
              {check.ok ? (
                <p className="mt-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                  No warnings: it avoids the role&apos;s core, no strong story contradicts it, and the plan names an action and a time frame.
                </p>
              ) : (
                <ul aria-label="Warnings" className="mt-2 space-y-2">
                  {check.warnings.map((w) => (
                    <li key={w.id} data-warning={w.id} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                      <strong>Warning:</strong> {w.message}
                      {w.storyIds.length > 0 && (
                        <span>
                          {" "}
                          {w.storyIds.slice(0, 3).map((id, i) => (
                            <span key={id}>
                              {i > 0 && ", "}
                              <Link href={`/stories/${id}`} className="underline">
                                {titles.get(id) ?? "Story"}
                              </Link>
                            </span>
                          ))}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <WeaknessForm skill={stored.weakness?.skill ?? ""} plan={stored.weakness?.plan ?? ""} />
        </div>
      </section>

      {outline && (
        <section aria-labelledby="outline" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="outline" className="text-xl font-semibold">
            Your answer outline
          </h2>
          <p className="text-sm text-muted">Rehearse these lines in order; the interview sheet prints them.</p>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            {outline.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
