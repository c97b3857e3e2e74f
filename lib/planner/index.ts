// The bank planner: pure, deterministic, isomorphic rules that turn a bank of
// graded stories into an interview plan. No I/O, no clock, no randomness.
export * from "./balance";
export * from "./bank";
export * from "./coverage";
export * from "./families";
export * from "./field-guess";
export * from "./postings";
export * from "./profile";
export * from "./questions";
export * from "./sheet";
export * from "./situations";
export * from "./skill-terms";
export * from "./strengths";
export * from "./tables";
export * from "./stored-summary";
