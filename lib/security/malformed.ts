// Requests that no page or client of this app sends, refused with a 4xx before they reach Next's
// own decoding (which answers them with a 500): undecodable paths and malformed server action calls.

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Whether every path segment percent-decodes to valid UTF-8 without control characters ("%FF",
 * "%E0%A4%A", "%ED%A0%80" and "%00" do not: PostgreSQL refuses a NUL in any text it is asked to match).
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    return pathname.split("/").every((segment) => !CONTROL.test(decodeURIComponent(segment)));
  } catch {
    return false;
  }
}

// A server action id is a hex digest (42 characters in Next 16).
const ACTION_ID = /^[0-9a-f]{2,128}$/i;

/**
 * Why a server action call is malformed, or null. This app calls its actions only from forms, so a
 * call is a POST of multipart/form-data that parses; anything else (JSON or text, a broken body, an id
 * that is not hex) is refused.
 */
export async function malformedActionCall(request: Request): Promise<string | null> {
  const id = request.headers.get("next-action");
  if (id === null) return null;
  if (request.method !== "POST") return "Server actions are called with POST.";
  if (!ACTION_ID.test(id)) return "The server action id is malformed.";
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!/^multipart\/form-data;\s*boundary=\S+/.test(type)) return "Server actions take a form (multipart/form-data).";
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return "The form data could not be read.";
  }
  return isActionReply(form) ? null : "The form is not a server action call.";
}

/**
 * What this app's forms send among an action's arguments, besides plain JSON: "$K4" (the FormData whose
 * fields are parts "4_…", which may be absent), "$undefined" and the special numbers. Other references
 * ("$Q1" a Map, "$W" a Set, "$@" a promise, "$F" a function, "$1" a model part...) are never sent by
 * them, and React's decoder answers several malformed ones with a 500.
 */
const SENT_REFERENCE = /^\$(?:K[0-9a-f]+|undefined|NaN|Infinity|-Infinity|-0)$/;

/**
 * Whether a form is what React sends for an action call from this app: the arguments as JSON in field
 * "0", every string that starts with "$" one of the references above or escaped ("$$…").
 */
function isActionReply(form: FormData): boolean {
  const root = form.get("0");
  if (typeof root !== "string") return false;
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return false;
  }
  if (!Array.isArray(args)) return false;
  let unexpected = false;
  JSON.stringify(args, (_key, value: unknown) => {
    if (typeof value === "string" && value.startsWith("$") && !value.startsWith("$$") && !SENT_REFERENCE.test(value)) unexpected = true;
    return value;
  });
  return !unexpected;
}

/** A form's fields, or null when an action was called with something else. */
export function formDataOrNull(value: unknown): FormData | null {
  return value instanceof FormData ? value : null;
}

export const NOT_A_FORM = "Send this form from its page.";

/** A string with every lone UTF-16 surrogate replaced by U+FFFD: the databases refuse lone ones. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A surrogate in the text itself, or one written as an escape (\uD800-\uDFFF): only then can a string
// in the parsed value be ill-formed.
const MAY_HOLD_SURROGATE = /[\uD800-\uDFFF]|\\u[dD][89a-fA-F]/;

/** JSON.parse that also makes every string well-formed ("\ud800" arrives as U+FFFD). */
export function parseJsonWellFormed(raw: string): unknown {
  // The reviver costs a call per value (an 8 MB import: ~4× the parse, all of it blocking the event
  // loop), so it runs only when the text holds a surrogate at all.
  if (!MAY_HOLD_SURROGATE.test(raw)) return JSON.parse(raw);
  return JSON.parse(raw, (_key, value: unknown) => (typeof value === "string" ? wellFormed(value) : value));
}
