// The typed records the stages hand to the rules: each mention quotes its span and sentence, and a
// skill mention says who used it (SkillStatus). Numbers have their own record in numbers.ts.
import type { HardField, SoftFamily, Span } from "../types";
import type { Actor, SkillStatus } from "./core";

export type HardMention = { term: string; field: HardField; span: Span; sentence: number; status: SkillStatus };

export type SoftMention = { family: SoftFamily; behaviour: string; span: Span; sentence: number; status: SkillStatus };

export type OutcomeMention = { span: Span; sentence: number; kind: "vague" | "projected" | "negated" | "human" };

export type LinkMention = { span: Span; sentence: number; why: string };

export type ClaimMention = { span: Span; sentence: number; kind: "self-praise" | "skill-list" };

export type ActMention = { span: Span; sentence: number; actor: Actor; tok: number };

export type PlainMention = { span: Span; sentence: number; why: string };

/**
 * A people act of the narrator's that carries the technical work (thin when it only passes it on: "gave
 * staff the steps") or that informs it (what people said fed the narrator's finding).
 */
export type BridgeMention = PlainMention & { thin: boolean; informs: boolean };

/** A word everyday English seldom uses, inside a clause: "reconciled", "spirometry", "WorldCat". */
export type DomainMention = { term: string; span: Span; sentence: number; status: SkillStatus };

/** How many clauses have each kind of subject. */
export type Subjects = { narrator: number; team: number; passive: number; fragment: number };
