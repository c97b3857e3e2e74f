import { describe, expect, it } from "vitest";

import { findClaims } from "@/lib/grader/analysis/claims";
import { analyze } from "@/lib/grader/analyze";
import { readText } from "@/lib/grader/text";

const claimsOf = (text: string) => analyze(text).claims.map((c) => [text.slice(c.span.start, c.span.end), c.kind]);

describe("claims", () => {
  it("quotes self-praise and stops before the narrator's next own clause", () => {
    expect(claimsOf("I'm a natural leader and I mentored two juniors.")).toEqual([["I'm a natural leader", "self-praise"]]);
  });

  it("reads a 'Skills:' line as a skill list and its skills as claimed, not used", () => {
    const text = "Skills: SQL, Excel, Tableau.";
    expect(claimsOf(text)).toEqual([["Skills: SQL, Excel, Tableau", "skill-list"]]);
    expect(analyze(text).hard.map((h) => h.status)).toEqual(["claimed", "claimed", "claimed"]);
  });

  it.each(["My strength is communication.", "I excel at building rapport with customers.", "I have strong analytical skills."])("finds the claim in %j", (text) => {
    expect(claimsOf(text)).toHaveLength(1);
  });

  it("leaves a plain act alone", () => {
    expect(claimsOf("I mentored two juniors through their first audit.")).toEqual([]);
  });

  it("gives the token range the claim covers", () => {
    const doc = readText("Honestly, I'm very organised.");
    const s = doc.sentences[0];
    if (!s) throw new Error("no sentence");
    const [c] = findClaims(doc.tokens, s);
    expect(c && doc.tokens.slice(c.from, c.to).map((t) => t.raw)).toEqual(["I'm", "very", "organised"]);
  });
});
