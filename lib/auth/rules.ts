/** ASVS 4.0.3 2.1.1: at least 12 characters. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Codes the sign-up form turns into a message beside the password field. */
export const PASSWORD_ERROR_CODES = ["PASSWORD_TOO_SHORT", "PASSWORD_TOO_LONG", "PASSWORD_TOO_COMMON"] as const;

export const PASSWORD_TOO_COMMON_MESSAGE = "This password is one of the most common ones, which attackers try first. Choose another.";

/**
 * A new password is typed twice (sign-up, password change), so that a typo in a hidden field cannot lock
 * its owner out. The forms check it before sending; the server checks it again.
 */
export const PASSWORD_MISMATCH = { code: "PASSWORD_MISMATCH", message: "The two passwords are not the same. Type the new password again in both fields." } as const;

/** Why a new password's confirmation is refused, or null when it repeats the password exactly. */
export function passwordConfirmationProblem(password: unknown, confirmation: unknown): typeof PASSWORD_MISMATCH | null {
  return typeof password === "string" && confirmation === password ? null : PASSWORD_MISMATCH;
}

/** The longest display name a sign-up may give (the form uses the email's local part when it is empty). */
export const NAME_MAX_LENGTH = 100;

// Control characters have no place in a name (one line) or an email.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Why a sign-up's other fields are refused, or null: a name that is too long or holds control characters,
 * an email on the reserved ".invalid" domain (StoryBank's own holding accounts live there), or a profile
 * image (StoryBank has none to show).
 */
export function signUpProblem(body: { name?: unknown; email?: unknown; image?: unknown }): { code: string; message: string } | null {
  if (typeof body.name === "string" && (body.name.length > NAME_MAX_LENGTH || CONTROL.test(body.name))) {
    return { code: "INVALID_NAME", message: `Give a name of at most ${NAME_MAX_LENGTH} characters, on one line.` };
  }
  if (typeof body.email === "string" && (CONTROL.test(body.email) || /\.invalid\.?$/i.test(body.email.trim()))) {
    return { code: "INVALID_EMAIL", message: "Enter an email address you can receive mail at." };
  }
  if (body.image !== undefined && body.image !== null) return { code: "INVALID_IMAGE", message: "A profile picture cannot be set." };
  return null;
}

/** Whether a session signed in at `createdAt` is still within its lifetime of `maxHours` (ASVS 3.3.2). */
export function withinSessionLifetime(createdAt: Date, maxHours: number, now: number = Date.now()): boolean {
  return now - createdAt.getTime() <= maxHours * 3_600_000;
}
