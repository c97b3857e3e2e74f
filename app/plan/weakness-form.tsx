"use client";

import { useActionState } from "react";

import { FieldError } from "@/app/_components/field-error";
import { FormSubmitRow } from "@/app/_components/form-submit-row";

import { saveWeakness, type WeaknessFormState } from "./actions";

export function WeaknessForm({ skill, plan }: { skill: string; plan: string }) {
  const [state, action, pending] = useActionState<WeaknessFormState, FormData>(saveWeakness, {});
  const errors = state.fieldErrors ?? {};
  // After a refused save the form shows what was typed, not the stored weakness (React resets the form
  // after its action to the fields' defaults).
  const values = state.values ?? { skill, plan };
  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-ink";
  return (
    <form action={action} noValidate className="space-y-4">
      <div>
        <label htmlFor="weakness-skill" className="block text-sm font-semibold">
          Your weakness
        </label>
        <input
          id="weakness-skill"
          name="skill"
          type="text"
          defaultValue={values.skill}
          aria-invalid={errors.skill ? true : undefined}
          aria-describedby={errors.skill ? "weakness-skill-error" : undefined}
          className={input}
        />
        <FieldError id="weakness-skill-error" messages={errors.skill} />
      </div>
      <div>
        <label htmlFor="weakness-plan" className="block text-sm font-semibold">
          Improvement plan
        </label>
        <textarea
          id="weakness-plan"
          name="plan"
          rows={3}
          defaultValue={values.plan}
          aria-invalid={errors.plan ? true : undefined}
          aria-describedby={errors.plan ? "weakness-plan-error" : "weakness-plan-hint"}
          className={input}
        />
        <p id="weakness-plan-hint" className="mt-1 text-sm text-muted">
          Say what you are doing about it and when: a course, practice, a mentor; every week, by March.
        </p>
        <FieldError id="weakness-plan-error" messages={errors.plan} />
      </div>
      <FormSubmitRow label="Use my weakness" pending={pending} saved={state.saved} message={state.message} />
    </form>
  );
}
