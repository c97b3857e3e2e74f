// Shapes of the grade report. Everything here is plain, serializable data so a
// Server Component can hand it to a client component unchanged.

export type Role = "technical" | "customer" | "leadership" | "general";
export type Stage = "entry" | "mid" | "senior" | "executive";
export type StarPart = "situation" | "task" | "action" | "result";
export type Dimension = "integration" | "context" | "result";
export type Level = 0 | 1 | 2;
export type Band = "weak" | "fair" | "strong";

export type SoftFamily =
  | "communication"
  | "collaboration"
  | "adaptability"
  | "problem-solving"
  | "leadership"
  | "work-ethic";

export type HardField =
  | "technology"
  | "data"
  | "finance"
  | "creative"
  | "healthcare"
  | "engineering"
  | "sales"
  | "support"
  | "operations"
  | "education"
  | "business-tools";

/** Half-open offsets into the original text: `text.slice(start, end)` is the quote. */
export type Span = { start: number; end: number };

export type EvidenceKind =
  | "hard-skill"
  | "soft-skill"
  | "causal-link"
  | "result-metric"
  | "outcome"
  | "context"
  | "narrator"
  | "claim"
  | "hypothetical"
  | "hidden-narrator"
  | "buzzword"
  | "length";

export type Evidence = {
  ruleId: string;
  kind: EvidenceKind;
  effect: "earns" | "costs";
  span: Span;
  reason: string;
  /** A concrete rewrite hint; evidence with a fix is also reported as a flag. */
  fix?: string;
};

export type Flag = { id: string; span: Span; message: string; fix: string };

export type DimensionScore = { score: number; level: Level; evidence: Evidence[] };

export type StructurePart = { part: StarPart; span: Span; share: number };

export type HardSkillHit = { term: string; field: HardField; span: Span; inAction: boolean };
export type SoftSkillHit = { family: SoftFamily; behaviour: string; span: Span; inAction: boolean };

export type MixVerdict = "no-skills" | "balanced" | "too-hard" | "too-soft";

export type Mix = {
  hard: number | null;
  soft: number | null;
  target: { hard: number; soft: number };
  verdict: MixVerdict;
  message: string;
};

export type Improvement = {
  id: string;
  dimension: Dimension;
  message: string;
  question: string;
};

export type LadderRung = 0 | 1 | 2 | 3;
export type LadderLabel =
  | "claimed skill"
  | "skill in context"
  | "skills integrated"
  | "integrated and measured";

export type Ladder = { rung: LadderRung; label: LadderLabel; next: string };

export type GradeReport = {
  version: string;
  role: Role;
  stage: Stage;
  wordCount: number;
  overall: { score: number; band: Band };
  dimensions: Record<Dimension, DimensionScore>;
  structure: { parts: StructurePart[]; missing: StarPart[]; source: "boxes" | "labels" | "inferred" };
  hardSkills: HardSkillHit[];
  softSkills: SoftSkillHit[];
  flags: Flag[];
  mix: Mix;
  improvements: Improvement[];
  ladder: Ladder;
};
