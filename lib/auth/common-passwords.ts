import "server-only";

import { dictionary } from "@zxcvbn-ts/language-common";

// The 49,000 most common passwords from zxcvbn-ts's list (leaked-password frequency lists), offline:
// a password on it is guessed within the first few thousand tries of any attack.
const COMMON = new Set(dictionary["passwords-common"].map((password) => password.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}
