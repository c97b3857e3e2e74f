// The shape every rule file declares. A rule is data plus one small pure check.
import type { Doc } from "../analyze";
import type { Dimension, Evidence, EvidenceKind, Span } from "../types";

export type RuleDefinition<Id extends string = string> = {
  id: Id;
  dimension: Dimension;
  /** Whether the rule's evidence earns points or costs them. */
  effect: "earns" | "costs";
  description: string;
  /** Texts the rule must fire on (`earns`) and must stay silent on (`misses`). */
  examples: { earns: readonly string[]; misses: readonly string[] };
  detect: (doc: Doc) => Evidence[];
};

export function defineRule<const Id extends string>(rule: RuleDefinition<Id>): RuleDefinition<Id> {
  return rule;
}

/** Build one evidence record; keeps rule files short. */
export function evidence(
  ruleId: string,
  kind: EvidenceKind,
  effect: "earns" | "costs",
  span: Span,
  reason: string,
  fix?: string,
): Evidence {
  return fix === undefined ? { ruleId, kind, effect, span, reason } : { ruleId, kind, effect, span, reason, fix };
}

/** Evidence lists are capped so that adversarial input cannot flood the report. */
export const MAX_EVIDENCE_PER_RULE = 40;

export function capped<T>(xs: T[], max = MAX_EVIDENCE_PER_RULE): T[] {
  return xs.length > max ? xs.slice(0, max) : xs;
}
