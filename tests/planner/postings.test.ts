import { describe, expect, it } from "vitest";
import { z } from "zod";

import type { HardField } from "@/lib/grader";
import { analysePosting, inferRoleType, postingEmphasis, postingInputSchema, rankStories, type AskedSkill } from "@/lib/planner";

import { story, summary } from "./support";

const TECH =
  "Senior Backend Engineer. You will design and build APIs in Python and Go, run services on AWS with Kubernetes and Terraform, and tune PostgreSQL and SQL queries. Experience with CI/CD and Docker. Good communication skills.";
const LEAD =
  "Engineering Manager. You will lead a team of eight engineers, own hiring and performance reviews for your direct reports, and coach and mentor your team. Strong stakeholder management, communication and decision-making. Familiarity with AWS is a plus.";
const CUSTOMER =
  "Customer Success Manager. You will own a book of client accounts, build relationships with customers, run renewals and handle escalations with empathy. Experience with Salesforce CRM and Zendesk. Strong communication and negotiation skills, problem-solving and resilience.";
const NONE = "We are a friendly company in a nice office with free lunch on Fridays and a dog.";

const hardAsk = (term: string, field: HardField): AskedSkill => ({
  kind: "hard",
  term,
  field,
  words: [],
  mentions: 1,
  proven: false,
  storyIds: [],
});
const softAsk = (family: "communication" | "leadership"): AskedSkill => ({ kind: "soft", family, phrases: [family], mentions: 1, proven: false, storyIds: [] });

describe("postingEmphasis", () => {
  it("reads a tool-heavy posting as hard, with the terms that say so", () => {
    const e = postingEmphasis(TECH);
    expect(e.lean).toBe("hard");
    expect(e.hard).toBeGreaterThanOrEqual(0.6);
    expect(e.hardTerms.map((t) => t.term)).toEqual(expect.arrayContaining(["Python", "Kubernetes", "PostgreSQL"]));
    expect(e.softTerms.map((t) => t.term)).toEqual(["communication skills"]);
  });

  it("reads a people-heavy posting as soft, with the terms that say so", () => {
    const e = postingEmphasis(LEAD);
    expect(e.lean).toBe("soft");
    expect(e.softTerms.map((t) => t.term)).toEqual(expect.arrayContaining(["stakeholder management", "decision-making", "direct reports"]));
  });

  it("gives shares that sum to one", () => {
    for (const text of [TECH, LEAD, CUSTOMER, NONE]) {
      const e = postingEmphasis(text);
      expect(e.hard + e.soft).toBeCloseTo(1, 10);
    }
  });

  it("calls a posting with no skill words unclear and splits it evenly", () => {
    expect(postingEmphasis(NONE)).toMatchObject({ hard: 0.5, soft: 0.5, lean: "unclear", hardTerms: [], softTerms: [] });
  });

  it("counts repeated terms and keeps their spans", () => {
    const text = "We need SQL. SQL every day, and more SQL, plus teamwork.";
    const sql = postingEmphasis(text).hardTerms.find((t) => t.term === "SQL");
    expect(sql?.count).toBe(3);
    expect(sql?.spans.map((s) => text.slice(s.start, s.end))).toEqual(["SQL", "SQL", "SQL"]);
  });
});

describe("inferRoleType", () => {
  it("reads a manager's posting as leadership even though it names a tool", () => {
    expect(inferRoleType(LEAD, postingEmphasis(LEAD)).roleType).toBe("leadership");
  });

  it("reads a client-facing posting as customer-facing", () => {
    expect(inferRoleType(CUSTOMER, postingEmphasis(CUSTOMER)).roleType).toBe("customer");
  });

  it("reads a tool-heavy posting as technical even when it mentions customers", () => {
    const text = `${TECH} Our customers rely on it, and their clients too.`;
    expect(inferRoleType(text, postingEmphasis(text)).roleType).toBe("technical");
  });

  it("does not call one mention of hiring a leadership role", () => {
    const text = "You will help with hiring. Python, SQL, Kubernetes and Terraform every day.";
    expect(inferRoleType(text, postingEmphasis(text)).roleType).toBe("technical");
  });

  it("falls back to balanced with no clear lead", () => {
    expect(inferRoleType(NONE, postingEmphasis(NONE)).roleType).toBe("balanced");
  });
});

describe("analysePosting", () => {
  const bank = [story("churn", "churn"), story("mentor", "mentor"), story("indexes", "indexes"), story("claim", "claim")];

  it("splits the skills asked for into proven and missing", () => {
    const a = analysePosting(TECH, bank);
    const name = (x: AskedSkill) => (x.kind === "hard" ? x.term : x.family);
    expect(a.proven.map(name)).toEqual(expect.arrayContaining(["Python", "SQL", "communication"]));
    expect(a.missing.map(name)).toEqual(expect.arrayContaining(["Kubernetes", "Terraform", "Go"]));
    expect(a.proven.find((x) => name(x) === "Python")?.storyIds).toEqual(["churn"]);
  });

  it("does not count a skill proven only by a weak story", () => {
    const a = analysePosting("We want someone who knows pg_stat_statements and ORM tuning, plus Python and SQL.", bank);
    const orm = a.asks.find((x) => x.kind === "hard" && x.term === "ORM");
    expect(orm).toMatchObject({ proven: false, storyIds: ["indexes"] });
  });

  it("ranks the story matching the technical asks first for a technical posting", () => {
    const a = analysePosting(TECH, bank);
    expect(a.ranking[0]?.storyId).toBe("churn");
    expect(a.ranking[0]?.reason).toMatch(/Python/);
    expect(a.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it("ranks the people story first for a leadership posting", () => {
    const a = analysePosting(LEAD, bank);
    expect(a.ranking[0]?.storyId).toBe("mentor");
    expect(a.ranking[0]?.matchedFamilies).toContain("leadership");
  });

  it("puts a story proving nothing asked for last, and says so", () => {
    const last = analysePosting(TECH, bank).ranking.at(-1);
    expect(last?.storyId).toBe("claim");
    expect(last?.fit).toBe(0);
    expect(last?.reason).toBe("Proves none of the skills this posting asks for.");
  });

  it("gives the mix to lead with for the posting's role type at the user's stage", () => {
    expect(analysePosting(LEAD, bank, { stage: "senior" }).leadMix).toEqual({ hard: 0.2, soft: 0.8 });
    expect(analysePosting(TECH, bank, { stage: "entry" }).leadMix).toEqual({ hard: 0.8, soft: 0.2 });
  });

  it("gives the same analysis whatever order the bank is in", () => {
    expect(analysePosting(TECH, [...bank].reverse())).toEqual(analysePosting(TECH, bank));
  });
});

describe("rankStories", () => {
  const emphasis = { hard: 0.5, soft: 0.5 };
  const asks = [hardAsk("SQL", "data"), hardAsk("Python", "technology"), softAsk("communication")];

  it("ranks a story using the exact tool above one using another tool of the same field", () => {
    const exact = summary({ id: "b", hard: [["SQL", "data"]] });
    const sameField = summary({ id: "a", hard: [["pandas", "data"]] });
    const r = rankStories([sameField, exact], asks, emphasis);
    expect(r.map((x) => x.storyId)).toEqual(["b", "a"]);
    expect(r[1]?.reason).toMatch(/other data tools/);
  });

  it("fits a stronger story better than a weaker one with the same skills", () => {
    const strong = summary({ id: "b", band: "strong", overall: 95, hard: [["SQL", "data"]] });
    const fair = summary({ id: "a", band: "fair", overall: 55, hard: [["SQL", "data"]] });
    const r = rankStories([fair, strong], asks, emphasis);
    expect(r.map((x) => x.storyId)).toEqual(["b", "a"]);
    expect(r[0]?.fit).toBeGreaterThan(r[1]?.fit ?? 1);
  });

  it("weights the side the posting emphasises", () => {
    const hardy = summary({ id: "h", hard: [["SQL", "data"]] });
    const softy = summary({ id: "s", soft: [["communication", "present"]] });
    expect(rankStories([softy, hardy], asks, { hard: 0.9, soft: 0.1 })[0]?.storyId).toBe("h");
    expect(rankStories([softy, hardy], asks, { hard: 0.1, soft: 0.9 })[0]?.storyId).toBe("s");
  });

  it("weights a skill the posting names more often", () => {
    const weighted = [hardAsk("SQL", "data"), { ...hardAsk("Python", "technology"), mentions: 4 }];
    const sql = summary({ id: "a", hard: [["SQL", "data"]] });
    const python = summary({ id: "b", hard: [["Python", "technology"]] });
    expect(rankStories([sql, python], weighted, emphasis).map((x) => x.storyId)).toEqual(["b", "a"]);
  });

  it("breaks a tie by id", () => {
    const b = summary({ id: "b", hard: [["SQL", "data"]] });
    const a = summary({ id: "a", hard: [["SQL", "data"]] });
    const r = rankStories([b, a], asks, emphasis);
    expect(r.map((x) => x.storyId)).toEqual(["a", "b"]);
    expect(r[0]?.fit).toBe(r[1]?.fit);
  });
});

describe("postingInputSchema", () => {
  it("accepts a posting and trims it", () => {
    expect(postingInputSchema.parse({ text: `  ${TECH}  ` }).text).toBe(TECH);
  });

  it("returns a field error for a missing or too-short posting", () => {
    for (const input of [{}, { text: "Python dev" }, { text: 42 }]) {
      const r = postingInputSchema.safeParse(input);
      expect(r.success).toBe(false);
      if (!r.success) expect(Object.keys(z.flattenError(r.error).fieldErrors)).toEqual(["text"]);
    }
  });

  it("returns a field error for a posting over the limit", () => {
    expect(postingInputSchema.safeParse({ text: "a ".repeat(15_000) }).success).toBe(false);
  });

  it("drops invisible control characters from the text and the title (a NUL that PostgreSQL refuses)", () => {
    const parsed = postingInputSchema.parse({ text: `${TECH}\u0000\u0007`, title: "Back\u0000end\u000b" });
    expect(parsed.text).toBe(TECH);
    expect(parsed.title).toBe("Backend");
  });

  it("counts the limits on the visible text, so a posting of control characters is too short", () => {
    const r = postingInputSchema.safeParse({ text: `Python\u0000${"\u0001".repeat(60)}` });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(z.flattenError(r.error).fieldErrors)).toEqual(["text"]);
  });
});
