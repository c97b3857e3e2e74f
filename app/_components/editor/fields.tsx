// Labelled form controls shared by the editor and the public grade page. Errors are linked
// with aria-describedby so that a screen reader reads them with the field.
import type { ChangeEvent, ReactNode } from "react";

import { FieldError } from "@/app/_components/field-error";
import { labelFor } from "@/lib/editor/labels";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-ink shadow-sm placeholder:text-slate-500 focus:border-brand aria-invalid:border-rose-700";

type SelectFieldProps = {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  labels: Record<string, string>;
  onChange: (value: string) => void;
  errors?: string[];
  hint?: ReactNode;
};

export function SelectField({ id, label, value, options, labels, onChange, errors, hint }: SelectFieldProps) {
  const describedBy = [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labelFor(labels, option)}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

/** How much of the length limit the story uses, in bold once it is over. */
export function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <p id={id} className={`mt-1 text-right text-xs tabular-nums ${length > max ? "font-semibold text-rose-800" : "text-muted"}`}>
      {length.toLocaleString("en")} / {max.toLocaleString("en")} characters
    </p>
  );
}
