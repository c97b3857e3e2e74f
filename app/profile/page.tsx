import type { Metadata } from "next";

import { PlannerNav } from "@/app/_components/planner-nav";
import { fieldFamily, ROLE_TYPE_PROFILE } from "@/lib/planner";
import { loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Interview profile" };

const pct = (n: number) => `${Math.round(n * 100)}%`;

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const { profile, saved, ctx } = await loadPlannerState(user.id);
  return (
    <div>
      <PlannerNav current="/profile" />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your interview profile</h1>
      <p className="mt-1 max-w-2xl text-muted">
        The role you are aiming for and your experience set the mix of hard and soft skills your stories should show.
      </p>
      <section aria-labelledby="current-profile" className="my-6 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="current-profile" className="font-semibold">
          {saved ? "Current profile" : "Not set yet: the planner uses these defaults"}
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-muted">Role type</dt>
          <dd data-testid="profile-role">{ROLE_TYPE_PROFILE[ctx.roleType].label}</dd>
          <dt className="text-muted">Stage</dt>
          <dd data-testid="profile-stage">
            {ctx.stage}
            <span className="block text-muted">
              {ctx.stageChosen ? `Chosen below; you have ${ctx.years} ${ctx.years === 1 ? "year" : "years"} of experience.` : `${ctx.stageReason} You can choose another below.`}
            </span>
          </dd>
          <dt className="text-muted">Field</dt>
          <dd data-testid="profile-field">
            {fieldFamily(ctx.field).label}
            <span className="block text-muted">{ctx.fieldChosen ? "Chosen below." : ctx.fieldReason}</span>
          </dd>
          <dt className="text-muted">Example stories</dt>
          <dd>{ctx.includeExamples ? "Counted in your plan" : "Left out of your plan"}</dd>
          <dt className="text-muted">Target mix</dt>
          <dd>
            {pct(ctx.target.hard)} hard / {pct(ctx.target.soft)} soft
          </dd>
          {ctx.targetTitle && (
            <>
              <dt className="text-muted">Target job title</dt>
              <dd>{ctx.targetTitle}</dd>
            </>
          )}
        </dl>
      </section>
      <ProfileForm profile={profile} saved={saved} />
    </div>
  );
}
