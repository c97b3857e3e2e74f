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

/** The bank already holds the most stories one account may keep (MAX_STORIES_PER_USER). */
export class BankFullError extends Error {
  constructor(
    readonly max: number,
    readonly room: number,
    adding: number,
  ) {
    super(
      adding <= 1 || room <= 0
        ? `Your bank holds ${max.toLocaleString("en")} stories, the most it can keep. Delete stories you no longer need to add more.`
        : `This adds ${adding.toLocaleString("en")} stories, but your bank has room for ${room.toLocaleString("en")} more (it keeps at most ${max.toLocaleString("en")}). Nothing was added.`,
    );
    this.name = "BankFullError";
  }
}

/** Undoing a delete would bring back more stories than the bank has room for now. */
export class UndoPastLimitError extends Error {
  constructor(max: number, room: number, restoring: number) {
    super(
      `Undo would bring back ${restoring.toLocaleString("en")} stories, but your bank has room for ${room.toLocaleString("en")} more (it keeps at most ${max.toLocaleString("en")}). ` +
        "Nothing was changed. Delete stories you added since from their own pages, then undo again before it expires.",
    );
    this.name = "UndoPastLimitError";
  }
}
