export const PASSWORD_MIN_LENGTH = 8;

/** Codes the sign-up form turns into a message beside the password field. */
export const PASSWORD_ERROR_CODES = ["PASSWORD_TOO_SHORT", "PASSWORD_TOO_LONG", "PASSWORD_TOO_COMMON"] as const;

export const PASSWORD_TOO_COMMON_MESSAGE = "This password is one of the most common ones, which attackers try first. Choose another.";
