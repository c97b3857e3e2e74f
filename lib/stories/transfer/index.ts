// Export and import formats of the bank, one file each: JSON (lossless, re-importable), Markdown (to
// read or paste into a doc) and CSV (RFC 4180, for a spreadsheet); then reading an upload into rows,
// validating every row, and the database rows of one story. Isomorphic and pure: the database side
// lives in lib/stories/import.ts and lib/stories/queries.ts.
export * from "./csv";
export * from "./duplicates";
export * from "./format";
export * from "./json";
export * from "./markdown";
export * from "./parse";
export * from "./rows";
export * from "./validate";
