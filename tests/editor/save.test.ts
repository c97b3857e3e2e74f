import { describe, expect, it } from "vitest";

import type { DraftContent } from "@/lib/editor/drafts";
import { decideSave, OFFLINE_MESSAGE, saveOutcome, saveRequest, saveStatus, type Saved } from "@/lib/editor/save";
import type { StoryDto } from "@/lib/stories/dto";

const content: DraftContent = {
  title: "Triage bot",
  role: "technical",
  stage: "mid",
  tags: "Support, automation, support",
  format: "free",
  text: "I wrote a triage bot and tickets fell 41%.",
  parts: { situation: "", task: "", action: "", result: "" },
};
const savedAt = (version: number | null, c: DraftContent = content): Saved => ({ content: c, version });
const base = { conflict: false, storyId: "s1", edited: true, inFlight: false, queued: null, sending: { ...content, text: `${content.text} More.` }, saved: savedAt(3) };

describe("decideSave", () => {
  it("sends a changed story", () => {
    expect(decideSave("autosave", base)).toEqual({ kind: "send" });
    expect(decideSave("manual", { ...base, storyId: null, saved: savedAt(null) })).toEqual({ kind: "send" });
  });

  it("never saves over an open conflict", () => {
    expect(decideSave("manual", { ...base, conflict: true })).toEqual({ kind: "skip", clearMessage: false });
  });

  it("creates a story only on purpose: no autosave or tab-hidden save for a story never saved, or not edited", () => {
    expect(decideSave("autosave", { ...base, storyId: null })).toMatchObject({ kind: "skip" });
    expect(decideSave("hidden", { ...base, storyId: null })).toMatchObject({ kind: "skip" });
    expect(decideSave("hidden", { ...base, edited: false })).toMatchObject({ kind: "skip" });
  });

  it("queues behind a save on its way, a manual save outranking an autosave", () => {
    expect(decideSave("autosave", { ...base, inFlight: true })).toEqual({ kind: "queue", mode: "autosave" });
    expect(decideSave("autosave", { ...base, inFlight: true, queued: "manual" })).toEqual({ kind: "queue", mode: "manual" });
    expect(decideSave("manual", { ...base, inFlight: true, queued: "autosave" })).toEqual({ kind: "queue", mode: "manual" });
  });

  it("sends nothing when nothing changed since the last save, and a manual save clears an old message", () => {
    expect(decideSave("manual", { ...base, sending: content })).toEqual({ kind: "skip", clearMessage: true });
    expect(decideSave("autosave", { ...base, sending: content })).toEqual({ kind: "skip", clearMessage: false });
  });
});

describe("saveRequest", () => {
  it("creates with POST, updates with PATCH naming the version it started from, autosaves marked", () => {
    const created = saveRequest(content, null, savedAt(null), "manual");
    expect(created).toMatchObject({ url: "/api/stories", method: "POST" });
    expect(JSON.parse(created.body)).toEqual({ title: "Triage bot", role: "technical", stage: "mid", format: "free", tags: ["support", "automation"], text: content.text });
    const auto = saveRequest(content, "s1", savedAt(3), "autosave");
    expect(auto).toMatchObject({ url: "/api/stories/s1?autosave=1", method: "PATCH" });
    expect((JSON.parse(auto.body) as { version: unknown }).version).toBe(3);
    expect(saveRequest(content, "s1", savedAt(3), "manual").url).toBe("/api/stories/s1");
  });

  it("sends the boxes, not the text, for a story in four boxes", () => {
    const star = { ...content, format: "star" as const, parts: { situation: "S.", task: "", action: "A.", result: "R." } };
    const body = JSON.parse(saveRequest(star, "s1", savedAt(3), "hidden").body) as Record<string, unknown>;
    expect(body.parts).toEqual(star.parts);
    expect(body).not.toHaveProperty("text");
  });
});

describe("saveOutcome", () => {
  const dto = (over: Partial<StoryDto> = {}) => ({ id: "s1", version: 4, title: "Triage bot", text: content.text, ...over }) as StoryDto;
  const contentOf = (story: StoryDto): DraftContent => ({ ...content, title: story.title, text: story.text });
  const ctx = { sending: content, mode: "manual" as const, storyId: "s1", contentOf };

  it("reads a success as saved, and as created when the story had no id", () => {
    expect(saveOutcome(200, dto(), ctx)).toEqual({ kind: "saved", story: dto(), created: false });
    expect(saveOutcome(201, dto(), { ...ctx, storyId: null })).toMatchObject({ kind: "saved", created: true });
  });

  it("marks refused fields, focusing the first in form order on a manual save only", () => {
    const body = { error: "Check the fields.", fieldErrors: { text: ["Too long."], title: ["Give it a title."] } };
    expect(saveOutcome(400, body, ctx)).toEqual({
      kind: "invalid",
      fieldErrors: body.fieldErrors,
      message: "Not saved. Title: Give it a title. One more field is marked below.",
      focus: "title",
    });
    expect(saveOutcome(400, { error: "Check the fields.", fieldErrors: { text: ["Keep the story under 20,000 characters."] } }, ctx)).toMatchObject({
      message: "Not saved. Story: Keep the story under 20,000 characters.",
      focus: "text",
    });
    expect(saveOutcome(400, { error: "The request body is too large." }, ctx)).toMatchObject({ message: "Not saved: The request body is too large." });
    expect(saveOutcome(400, body, { ...ctx, mode: "autosave" })).toMatchObject({ focus: null });
    expect(saveOutcome(400, {}, ctx)).toMatchObject({ kind: "invalid", fieldErrors: {}, message: "Not saved: some fields are not valid." });
  });

  it("shows a conflict when someone saved other words first, but not when they saved these very words", () => {
    expect(saveOutcome(409, { current: dto({ text: "Their words." }) }, ctx)).toMatchObject({ kind: "conflict" });
    expect(saveOutcome(409, { current: dto() }, ctx)).toMatchObject({ kind: "already-saved", story: { version: 4 } });
  });

  it("keeps the words on this device and says why for every other answer", () => {
    expect(saveOutcome(401, {}, ctx)).toMatchObject({ kind: "failed", signedOut: true });
    expect(saveOutcome(401, {}, ctx)).toHaveProperty("message", expect.stringContaining("signed out") as string);
    expect(saveOutcome(404, {}, ctx)).toHaveProperty("message", expect.stringContaining("no longer exists") as string);
    // Only a signed-out answer offers a sign-in.
    expect(saveOutcome(404, {}, ctx)).not.toHaveProperty("signedOut");
    expect(saveOutcome(409, {}, ctx)).toMatchObject({ kind: "failed" });
    expect(saveOutcome(413, { error: "The story is too long." }, ctx)).toEqual({ kind: "failed", message: "Not saved: The story is too long." });
    expect(saveOutcome(500, {}, ctx)).toEqual({ kind: "failed", message: "Not saved: something went wrong. Try again." });
    expect(OFFLINE_MESSAGE).toContain("kept on this device");
  });
});

describe("saveStatus", () => {
  const calm = { conflict: false, phase: "idle" as const, dirty: false, isNew: false };
  it("puts a conflict before everything else, even a save on its way", () => {
    expect(saveStatus({ ...calm, conflict: true, phase: "saving", dirty: true })).toEqual({ label: "Conflict: choose a version", tone: "alert" });
  });
  it("shows a save on its way before unsaved changes", () => {
    expect(saveStatus({ ...calm, phase: "saving", dirty: true }).label).toBe("Saving…");
  });
  it("says a failed save is not saved, even when the words match the last save", () => {
    expect(saveStatus({ ...calm, phase: "error" })).toEqual({ label: "Not saved", tone: "alert" });
  });
  it("tells unsaved changes from a story never saved and a saved one", () => {
    expect(saveStatus({ ...calm, dirty: true }).label).toBe("Unsaved changes");
    expect(saveStatus({ ...calm, isNew: true })).toEqual({ label: "Not saved yet", tone: "busy" });
    expect(saveStatus(calm)).toEqual({ label: "Saved", tone: "ok" });
  });
});
