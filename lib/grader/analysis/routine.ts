// Stage: the narrator in the simple present ("I greet each customer", "I start by...") or summing up
// experience in the present perfect ("I've run CNC machines", "I have handled plenty of complaints"):
// a routine, a duty or a career, not one past occasion.
import type { PlainMention } from "./types";
import type { Sentence, Token } from "../text";
import { isPastVerb, setOf, span } from "./core";
import { namesWorkplace, PARTICIPLES } from "./words";

const PRESENT_SKIP = setOf(["kind", "sort", "of", "basically", "literally", "pretty", "also", "always", "usually", "often", "then", "first", "typically", "generally", "normally", "really", "just", "still", "never", "sometimes", "once", "straight", "away", "soon", "right"]);
// Verbs whose past tense is spelled like the present ("I let her explain", "I put the plan on the board").
const SAME_IN_PAST = setOf(["let", "put", "set", "cut", "hit", "read", "quit", "spread", "shut", "cast", "cost", "hurt", "split", "upset", "bet", "broadcast", "forecast", "input", "output", "reset", "rid", "shed"]);
const NOT_PRESENT = setOf(["and", "or", "but", "so", "to", "in", "at", "on", "of", "for", "with", "as", "if", "the", "a", "an", "then", "was", "had", "did", "am", "would", "could", "should", "will", "might", "can", "may", "must", "have", "think", "believe", "feel", "know", "remember", "recall", "guess", "hope", "want", "see", "mean"]);

export type RoutineKind = "present" | "experience";
export type RoutineMention = PlainMention & { kind: RoutineKind };

const PERFECT_SKIP = setOf(["also", "always", "often", "already", "since", "both", "personally", "successfully", "regularly", "frequently", "repeatedly", "consistently", "previously"]);
const NOT_EXPERIENCE = setOf(["been", "had", "got", "gotten", "learned", "learnt", "found", "realized", "noticed", "seen", "heard", "known", "thought", "felt", "wanted", "needed", "tried"]);


/** "I've run", "I have handled", "I've always taken": the narrator sums up experience instead of telling one occasion. */
function experienceAt(tokens: Token[], i: number, s: Sentence): Token | null {
  const t = tokens[i];
  let k = i + 1;
  if (t?.norm === "i've") k = i + 1;
  else if (t?.norm === "i" && tokens[i + 1]?.norm === "have") k = i + 2;
  else return null;
  while (k < s.tokenEnd && PERFECT_SKIP.has(tokens[k]?.norm ?? "")) k++;
  const v = tokens[k];
  if (!v || v.kind !== "word" || !(isPastVerb(v.norm) || PARTICIPLES.has(v.norm)) || NOT_EXPERIENCE.has(v.norm)) return null;
  return v;
}

/** "I greet", "I usually start", "I make sure": the narrator's verb in the simple present; "I've run": experience summed up. */
/** Verbs after which "that I ..." in the present is what was proposed or asked for. */
const PROPOSING = setOf(["suggested", "proposed", "recommended", "asked", "requested", "insisted", "agreed", "arranged", "offered", "volunteered", "pushed", "argued"]);

function proposedBefore(tokens: readonly Token[], i: number, start: number): boolean {
  if (tokens[i - 1]?.norm !== "that") return false;
  for (let k = i - 2; k >= Math.max(start, i - 8); k--) if (PROPOSING.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

export function findPresentActs(tokens: Token[], sentences: readonly Sentence[]): RoutineMention[] {
  const out: RoutineMention[] = [];
  for (const s of sentences) {
    for (let i = s.bodyStart; i < s.tokenEnd - 1; i++) {
      const t = tokens[i];
      const summed = t ? experienceAt(tokens, i, s) : null;
      if (t && summed) {
        out.push({ span: span(t, summed), sentence: s.index, why: "experience summed up", kind: "experience" });
        continue;
      }
      if (!t || t.norm !== "i") continue;
      // "suggested to my shift manager that I replenish those aisles": what was proposed, not a habit.
      if (proposedBefore(tokens, i, s.bodyStart)) continue;
      let k = i + 1;
      while (k < s.tokenEnd && (PRESENT_SKIP.has(tokens[k]?.norm ?? "") || /^[a-z]{3,}ly$/.test(tokens[k]?.norm ?? ""))) k++;
      const v = tokens[k];
      if (!v || v.kind !== "word" || v.norm.length < 3 || NOT_PRESENT.has(v.norm) || SAME_IN_PAST.has(v.norm) || isPastVerb(v.norm) || v.norm.includes("'")) continue;
      // "I re-modelled": a prefix joined to a past verb, not a present one.
      const joined = tokens[k + 1];
      if (joined && joined.start === v.end && /^[-‐‑]$/.test(joined.raw)) continue;
      // "I pressure tested", "I spot checked": a noun before a past verb makes one verb in the past.
      if (joined && joined.kind === "word" && isPastVerb(joined.norm) && !NOT_PRESENT.has(joined.norm)) continue;
      if (v.norm.endsWith("ing") || /^[A-Z]/.test(v.raw)) continue;
      if (namesWorkplace(v.norm, tokens[k + 1]?.norm)) continue;
      out.push({ span: span(t, v), sentence: s.index, why: "present tense", kind: "present" });
    }
  }
  return out;
}

