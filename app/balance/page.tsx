import type { Metadata } from "next";
import Link from "next/link";

import { PlannerNav } from "@/app/_components/planner-nav";
import { assessBalance, ROLE_TYPE_PROFILE, type BalanceReport } from "@/lib/planner";
import { loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Hard and soft balance" };

const pct = (n: number) => `${Math.round(n * 100)}%`;

const WIDTH = 480;
const BAR = 30;
const LABEL = 110;

function Bar({ y, label, hard }: { y: number; label: string; hard: number | null }) {
  const span = WIDTH - LABEL;
  if (hard === null) {
    return (
      <g>
        <text x={0} y={y + BAR / 2 + 5} fontSize="13" fill="#1c2430">
          {label}
        </text>
        <rect x={LABEL} y={y} width={span} height={BAR} fill="#f1f5f9" stroke="#94a3b8" strokeDasharray="4 3" />
        <text x={LABEL + 8} y={y + BAR / 2 + 5} fontSize="12" fill="#4b5563">
          no skills shown yet
        </text>
      </g>
    );
  }
  const h = Math.round(hard * span);
  return (
    <g>
      <text x={0} y={y + BAR / 2 + 5} fontSize="13" fill="#1c2430">
        {label}
      </text>
      <rect x={LABEL} y={y} width={h} height={BAR} fill="#1d4ed8" />
      <rect x={LABEL + h} y={y} width={span - h} height={BAR} fill="#0f766e" />
      {hard >= 0.15 && (
        <text x={LABEL + 6} y={y + BAR / 2 + 5} fontSize="12" fill="#ffffff">
          hard {pct(hard)}
        </text>
      )}
      {hard <= 0.85 && (
        <text x={WIDTH - 6} y={y + BAR / 2 + 5} fontSize="12" fill="#ffffff" textAnchor="end">
          soft {pct(1 - hard)}
        </text>
      )}
    </g>
  );
}

function BalanceChart({ report }: { report: BalanceReport }) {
  const { actual, target } = report;
  const described = `${actual.hard === null ? "Your bank shows no skills yet" : `Your bank: ${pct(actual.hard)} hard, ${pct(1 - actual.hard)} soft`}. Target: ${pct(target.hard)} hard, ${pct(target.soft)} soft.`;
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <svg role="img" aria-labelledby="balance-chart-title balance-chart-desc" viewBox={`0 0 ${WIDTH} 100`} className="w-full max-w-2xl">
        <title id="balance-chart-title">Hard and soft skill balance</title>
        <desc id="balance-chart-desc">{described}</desc>
        <Bar y={10} label="Your bank" hard={actual.hard} />
        <Bar y={58} label="Target" hard={target.hard} />
        <line x1={LABEL + target.hard * (WIDTH - LABEL)} x2={LABEL + target.hard * (WIDTH - LABEL)} y1={4} y2={96} stroke="#1c2430" strokeWidth={2} strokeDasharray="3 3" />
      </svg>
      <figcaption data-testid="balance-figures" className="mt-2 text-sm text-muted">
        {described} Counted {report.actual.counted.toLocaleString("en")} {report.actual.counted === 1 ? "story that shows" : "stories that show"} a skill; strong
        stories weigh more.
      </figcaption>
    </figure>
  );
}

export default async function BalancePage() {
  const user = await requireUser("/balance");
  const { bank, ctx, saved, examplesLeftOut } = await loadPlannerState(user.id);
  const report = assessBalance(bank, ctx);
  return (
    <div className="space-y-6">
      <PlannerNav current="/balance" profileSaved={saved} context={ctx} examplesLeftOut={examplesLeftOut} />
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Hard and soft balance</h1>
        <p className="mt-1 text-muted">
          Against the target for {ctx.stage === "entry" || ctx.stage === "executive" ? "an" : "a"} {ctx.stage}-stage {ROLE_TYPE_PROFILE[ctx.roleType].label}.
        </p>
      </header>
      <BalanceChart report={report} />
      <p className="text-lg" data-testid="balance-sentence">
        {report.sentence}
      </p>
      {report.moves.length > 0 && (
        <section aria-labelledby="moves">
          <h2 id="moves" className="text-lg font-semibold">
            Stories that would move it
          </h2>
          <ul className="mt-2 space-y-2">
            {report.moves.map((m) => (
              <li key={`${m.move}-${m.storyId}`} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
                <span className="mr-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold uppercase text-muted">{m.move === "lead-with" ? "Lead with" : "Rewrite"}</span>
                <Link href={`/stories/${m.storyId}`} className="font-medium text-brand underline">
                  {m.title}
                </Link>
                <p className="mt-1 text-sm text-muted">{m.reason}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
