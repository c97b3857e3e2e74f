"use client";

import { useActionState, useState } from "react";

import { FieldError } from "@/app/_components/field-error";
import { FormSubmitRow } from "@/app/_components/form-submit-row";
import { type Stage } from "@/lib/grader";
import { FIELD_FAMILIES, ROLE_TYPES, STAGE_CHOICES, stageForYears, type Profile, type RoleType } from "@/lib/planner";

import { saveProfile, type ProfileFormState } from "./actions";

const ROLE_LABELS: Record<RoleType, string> = {
  technical: "Technical or specialist",
  customer: "Customer-facing",
  leadership: "Leadership or management",
  balanced: "Balanced (a bit of everything)",
};

/** The stage the years being typed would give (the server stores whole years); the stored years until a number is typed. */
function stageFromTyped(typed: string, storedYears: number): Stage {
  const years = Number(typed);
  return typed.trim() !== "" && Number.isFinite(years) && years >= 0 ? stageForYears(Math.round(years)) : stageForYears(storedYears);
}

const STAGE_LABEL = Object.fromEntries(STAGE_CHOICES.map((c) => [c.stage, c.label])) as Record<Stage, string>;

/**
 * `saved`: whether the user has saved a profile. Until then the years field starts empty (the planner's
 * default is shown above the form), so typing "6" gives 6, not "56".
 */
export function ProfileForm({ profile, saved }: { profile: Profile; saved: boolean }) {
  const [state, action, pending] = useActionState<ProfileFormState, FormData>(saveProfile, {});
  const errors = state.fieldErrors ?? {};
  // After a refused save the form shows what was typed, not the stored values. React resets the form
  // after its action to each select's default from when it was mounted, so a select is keyed by its
  // default: a new default mounts it afresh.
  const values = state.values ?? {
    roleType: profile.roleType,
    years: saved ? String(profile.years) : "",
    targetTitle: profile.targetTitle ?? "",
    stage: profile.stage ?? "",
    field: profile.field ?? "",
    includeExamples: profile.includeExamples ?? false,
  };
  // The first stage option names the stage the years give, updated as they are typed.
  const [typedYears, setTypedYears] = useState(values.years);
  const yearsStage = stageFromTyped(typedYears, profile.years);
  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-ink";
  return (
    <form action={action} noValidate className="max-w-xl space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <div>
        <label htmlFor="roleType" className="block text-sm font-semibold">
          Role type
        </label>
        <select
          key={values.roleType}
          id="roleType"
          name="roleType"
          defaultValue={values.roleType}
          aria-invalid={errors.roleType ? true : undefined}
          aria-describedby={errors.roleType ? "roleType-error" : undefined}
          className={input}
        >
          {ROLE_TYPES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <FieldError id="roleType-error" messages={errors.roleType} />
      </div>
      <div>
        <label htmlFor="years" className="block text-sm font-semibold">
          Years of experience
        </label>
        <input
          id="years"
          name="years"
          type="number"
          inputMode="decimal"
          min={0}
          max={60}
          step="any"
          defaultValue={values.years}
          onChange={(event) => setTypedYears(event.target.value)}
          placeholder="e.g. 5"
          aria-invalid={errors.years ? true : undefined}
          aria-describedby={errors.years ? "years-error" : "years-hint"}
          className={input}
        />
        <p id="years-hint" className="mt-1 text-sm text-muted">
          Sets your career stage (under 4 entry, 4–10 mid, over 10 senior, 15 and up executive) unless you choose one below.
        </p>
        <FieldError id="years-error" messages={errors.years} />
      </div>
      <div>
        <label htmlFor="stage" className="block text-sm font-semibold">
          Career stage you are aiming at
        </label>
        <select
          key={values.stage}
          id="stage"
          name="stage"
          defaultValue={values.stage}
          aria-invalid={errors.stage ? true : undefined}
          aria-describedby={errors.stage ? "stage-error stage-hint" : "stage-hint"}
          className={input}
        >
          <option value="">{`Work it out from my years (currently: ${STAGE_LABEL[yearsStage].toLowerCase()})`}</option>
          {STAGE_CHOICES.map((c) => (
            <option key={c.stage} value={c.stage}>
              {`${c.label} (${c.years}): ${c.aim}`}
            </option>
          ))}
        </select>
        <p id="stage-hint" className="mt-1 text-sm text-muted">
          Sets the mix of hard and soft skills your stories should show and the advice the planner gives. Choose one when the job you want is a
          different step from what your years suggest: after 15 years on the tools, a first supervisor job is mid-career, not executive.
        </p>
        <FieldError id="stage-error" messages={errors.stage} />
      </div>
      <div>
        <label htmlFor="targetTitle" className="block text-sm font-semibold">
          Target job title <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id="targetTitle"
          name="targetTitle"
          type="text"
          defaultValue={values.targetTitle}
          aria-invalid={errors.targetTitle ? true : undefined}
          aria-describedby={errors.targetTitle ? "targetTitle-error" : undefined}
          className={input}
        />
        <FieldError id="targetTitle-error" messages={errors.targetTitle} />
      </div>
      <div>
        <label htmlFor="field" className="block text-sm font-semibold">
          Your field
        </label>
        <select
          key={values.field}
          id="field"
          name="field"
          defaultValue={values.field}
          aria-invalid={errors.field ? true : undefined}
          aria-describedby={errors.field ? "field-error field-hint" : "field-hint"}
          className={input}
        >
          <option value="">Guess it from my stories</option>
          {FIELD_FAMILIES.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
        <p id="field-hint" className="mt-1 text-sm text-muted">
          Sets the strengths, safe weaknesses and questions the planner suggests, so a nurse hears what a ward interview panel asks, not a
          software one.
        </p>
        <FieldError id="field-error" messages={errors.field} />
      </div>
      <div className="flex items-start gap-2">
        <input
          id="includeExamples"
          name="includeExamples"
          type="checkbox"
          defaultChecked={values.includeExamples}
          aria-describedby="includeExamples-hint"
          className="mt-1 h-4 w-4"
        />
        <div>
          <label htmlFor="includeExamples" className="text-sm font-semibold">
            Count the example stories in my plan
          </label>
          <p id="includeExamples-hint" className="text-sm text-muted">
            Off by default: the examples are not your own experience. Turn it on to see how the planner works before you have written stories of your
            own.
          </p>
        </div>
      </div>
      <FormSubmitRow label="Save profile" pending={pending} saved={state.saved} message={state.message} />
    </form>
  );
}
