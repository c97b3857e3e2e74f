/** A field's error messages, linked to the field by `id` through its aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-800">
      {messages.join(" ")}
    </p>
  );
}
