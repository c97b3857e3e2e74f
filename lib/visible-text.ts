// Text as a person sees it, for every field a person types or pastes. Isomorphic: no server imports.

/**
 * A vertical tab or form feed (Word's line break, pasted) becomes a line break, and other invisible control
 * characters go: a NUL that SQLite would store and PostgreSQL refuse, so the same words save on either
 * database. Tabs and line breaks stay.
 */
export const visibleText = (value: string): string => value.replace(/[\u000b\u000c]/g, "\n").replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "");
