import type { StoryDto } from "./dto";

/** The story does not exist, or belongs to someone else: both look the same from outside. */
export class StoryNotFoundError extends Error {
  constructor() {
    super("Story not found.");
    this.name = "StoryNotFoundError";
  }
}

/** The edit started from an older version than the one stored: the newer save must not be lost. */
export class StoryConflictError extends Error {
  constructor(readonly current: StoryDto) {
    super("This story was saved elsewhere since you opened it.");
    this.name = "StoryConflictError";
  }
}
