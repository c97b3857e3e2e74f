import { describe, expect, it } from "vitest";

import {
  CARRY_MAX_AGE_MS,
  carryStory,
  clearCarried,
  clearDraft,
  draftKey,
  isDraftSlot,
  newDraftSlot,
  newStoryDrafts,
  readCarried,
  readDraft,
  sameContent,
  splitTags,
  writeDraft,
  type DraftStorage,
  type LocalDraft,
} from "@/lib/editor/drafts";

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const draft: LocalDraft = {
  title: "Triage bot",
  role: "technical",
  stage: "mid",
  tags: "Support, automation",
  format: "free",
  text: "I wrote a triage bot 🤖 and tickets fell 41%.",
  parts: { situation: "", task: "", action: "", result: "" },
  baseVersion: 3,
  savedAt: 1,
};

describe("draftKey", () => {
  it("separates users and stories, with 'new' for an unsaved story", () => {
    expect(draftKey("u1", null)).toBe("storybank:draft:v1:u1:new");
    expect(draftKey("u1", "s1")).not.toBe(draftKey("u2", "s1"));
  });
});

describe("new story drafts", () => {
  function listableStorage() {
    const storage = memoryStorage();
    return {
      ...storage,
      key: (i: number) => [...storage.data.keys()][i] ?? null,
      get length() {
        return storage.data.size;
      },
    };
  }

  it("gives each editor of a new story its own key, and keeps the key of a draft from before slots", () => {
    expect(draftKey("u1", null, "a1")).toBe("storybank:draft:v1:u1:new:a1");
    expect(draftKey("u1", null, "a1")).not.toBe(draftKey("u1", null, "b2"));
    expect(draftKey("u1", "s1", "a1")).toBe(draftKey("u1", "s1"));
    expect(isDraftSlot(newDraftSlot(1_800_000_000_000, 0.999))).toBe(true);
    expect(isDraftSlot("../x")).toBe(false);
    expect(isDraftSlot("")).toBe(false);
  });

  it("lists every unsaved new story of this user with words in it, the latest first", () => {
    const storage = listableStorage();
    writeDraft(storage, draftKey("u1", null, "a1"), { ...draft, title: "Older", savedAt: 1 });
    writeDraft(storage, draftKey("u1", null, "b2"), { ...draft, title: "Newer", savedAt: 2 });
    writeDraft(storage, draftKey("u1", null), { ...draft, title: "Before slots", savedAt: 0 });
    writeDraft(storage, draftKey("u1", null, "c3"), { ...draft, title: "Empty", text: "", savedAt: 3 });
    writeDraft(storage, draftKey("u2", null, "d4"), { ...draft, title: "Someone else's", savedAt: 4 });
    writeDraft(storage, draftKey("u1", "s1"), { ...draft, title: "Saved story", savedAt: 5 });
    expect(newStoryDrafts(storage, "u1").map(({ slot, draft: d }) => [slot, d.title])).toEqual([
      ["b2", "Newer"],
      ["a1", "Older"],
      [null, "Before slots"],
    ]);
    expect(newStoryDrafts(null, "u1")).toEqual([]);
  });
});

describe("readDraft and writeDraft", () => {
  it("reads back what was written", () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, "k", draft)).toBe(true);
    expect(readDraft(storage, "k")).toEqual(draft);
  });

  it("returns null for a missing or malformed draft", () => {
    const storage = memoryStorage();
    expect(readDraft(storage, "k")).toBeNull();
    storage.data.set("k", "{not json");
    expect(readDraft(storage, "k")).toBeNull();
    storage.data.set("k", JSON.stringify({ ...draft, parts: null }));
    expect(readDraft(storage, "k")).toBeNull();
  });

  it("survives a storage that throws", () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("blocked");
      },
    };
    expect(writeDraft(broken, "k", draft)).toBe(false);
    expect(readDraft(broken, "k")).toBeNull();
    expect(() => clearDraft(broken, "k")).not.toThrow();
  });

  it("clears a draft", () => {
    const storage = memoryStorage();
    writeDraft(storage, "k", draft);
    clearDraft(storage, "k");
    expect(readDraft(storage, "k")).toBeNull();
  });
});

describe("sameContent", () => {
  it("treats tags as the server does: trimmed, lower-cased, unordered", () => {
    expect(sameContent(draft, { ...draft, tags: "automation,support " })).toBe(true);
  });

  it("notices a changed character in the text", () => {
    expect(sameContent(draft, { ...draft, text: draft.text.replace("41", "42") })).toBe(false);
  });

  it("compares the boxes, not the stale free text, of a story in four parts", () => {
    const star = { ...draft, format: "star" as const, parts: { situation: "a", task: "b", action: "c", result: "d" } };
    expect(sameContent(star, { ...star, text: "anything" })).toBe(true);
    expect(sameContent(star, { ...star, parts: { ...star.parts, result: "e" } })).toBe(false);
  });

  it("ignores whitespace around the title only", () => {
    expect(sameContent(draft, { ...draft, title: " Triage bot " })).toBe(true);
    expect(sameContent(draft, { ...draft, title: "Triage  bot" })).toBe(false);
  });
});

describe("splitTags", () => {
  it("drops empty and repeated tags", () => {
    expect(splitTags(" a, ,B,a ")).toEqual(["a", "b"]);
  });
});

describe("a story carried from /grade through sign-up", () => {
  const story = { text: "I rebuilt the rota in Excel and walked the night staff through it.", role: "leadership", stage: "mid" };

  it("comes back as written, until it is cleared", () => {
    const storage = memoryStorage();
    expect(carryStory(storage, story, 1_000)).toBe(true);
    expect(readCarried(storage, 2_000)).toEqual({ ...story, savedAt: 1_000 });
    clearCarried(storage);
    expect(readCarried(storage, 2_000)).toBeNull();
  });

  it("is dropped once older than an hour, so the next person at a shared computer never finds it", () => {
    const storage = memoryStorage();
    carryStory(storage, story, 1_000);
    expect(readCarried(storage, 1_000 + CARRY_MAX_AGE_MS + 1)).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it("ignores anything unreadable or empty, and a browser that refuses storage", () => {
    const storage = memoryStorage();
    storage.data.set("storybank:carry:v1", "{not json");
    expect(readCarried(storage, 1)).toBeNull();
    storage.data.set("storybank:carry:v1", JSON.stringify({ text: 7, role: "x", stage: "y", savedAt: 1 }));
    expect(readCarried(storage, 2)).toBeNull();
    carryStory(storage, { ...story, text: "   " }, 1);
    expect(readCarried(storage, 2)).toBeNull();
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => undefined,
    };
    expect(carryStory(refusing, story, 1)).toBe(false);
    expect(readCarried(refusing, 1)).toBeNull();
    expect(carryStory(null, story, 1)).toBe(false);
  });
});
