/** A form's submit button with its outcome announced beside it (saved, or what went wrong). */
export function FormSubmitRow({ label, pending, saved, message }: { label: string; pending: boolean; saved?: boolean; message?: string }) {
  return (
    <div className="flex items-center gap-4">
      <button type="submit" disabled={pending} className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Saving…" : label}
      </button>
      <p aria-live="polite" className={`text-sm ${saved ? "text-emerald-800" : "text-red-700"}`}>
        {message}
      </p>
    </div>
  );
}
