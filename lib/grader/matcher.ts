// A token trie for multi-word lexicon phrases: built once per lexicon, matched
// in one left-to-right pass (longest match wins, no overlaps). Hyphens, slashes
// and similar joiners inside a phrase are skipped, so "stack-up" = "stack up".
import { normalizeWord, type Token } from "./text";

type Entry<T> = { value: T; raws: (string | null)[]; caseSensitive: boolean };
type Node<T> = { next: Map<string, Node<T>>; entries: Entry<T>[] };

const JOINERS = new Set(["-", "/", "+", "&", ".", "'", "’", "‐", "‑", "_"]);
const PHRASE_TOKEN_RE = /[$£€]?\d+(?:[.,:]\d+)*%?|[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*(?:['’.&][\p{L}\p{M}\p{N}_]+)*(?:\+\+|#)?/gu;

/**
 * The first words of every matcher, each with one bit per matcher that can start there. A text's tokens
 * are looked up here once (`firstWordBits`), so each matcher skips in one step the words that cannot
 * start any of its phrases instead of probing its own table for every word. Bits go to the first 31
 * matchers built; any later one probes its table as before.
 */
const FIRST_WORDS = new Map<string, number>();
let matchersBuilt = 0;

type Bits = { matchers: number; bits: Int32Array };
const BITS_OF = new WeakMap<readonly Token[], Bits>();

function bitsOf(t: Token): number {
  return (FIRST_WORDS.get(t.norm) ?? 0) | (t.sing1 !== "" ? (FIRST_WORDS.get(t.sing1) ?? 0) : 0) | (t.sing2 !== "" ? (FIRST_WORDS.get(t.sing2) ?? 0) : 0);
}

/** Per token, which matchers have a phrase starting with it; computed once per token array (and again if a matcher was built since). */
function firstWordBits(tokens: readonly Token[]): Int32Array {
  const known = BITS_OF.get(tokens);
  if (known && known.matchers === matchersBuilt && known.bits.length === tokens.length) return known.bits;
  const bits = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && t.kind !== "punct") bits[i] = bitsOf(t);
  }
  BITS_OF.set(tokens, { matchers: matchersBuilt, bits });
  return bits;
}

export type PhraseMatch<T> = { value: T; tokStart: number; tokEnd: number; start: number; end: number };

/** Split a lexicon phrase the way the tokenizer splits text. "=" marks a case-sensitive variant. */
export function phraseKeys(phrase: string): { keys: string[]; raws: (string | null)[] } {
  const caseSensitive = phrase.startsWith("=");
  const body = caseSensitive ? phrase.slice(1) : phrase;
  const parts = body.match(PHRASE_TOKEN_RE) ?? [];
  return {
    keys: parts.map((p) => (/^[$£€\d]/.test(p) ? p.toLowerCase() : normalizeWord(p))),
    raws: parts.map((p) => (caseSensitive ? p : null)),
  };
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map(), entries: [] };
  /** This matcher's bit in FIRST_WORDS; 0 when it has none. */
  private readonly bit: number;

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of phrases) {
      const { keys, raws } = phraseKeys(phrase);
      if (keys.length === 0) continue;
      let node = this.root;
      for (const k of keys) {
        let nxt = node.next.get(k);
        if (!nxt) {
          nxt = { next: new Map(), entries: [] };
          node.next.set(k, nxt);
        }
        node = nxt;
      }
      node.entries.push({ value, raws, caseSensitive: raws.some((r) => r !== null) });
    }
    this.bit = matchersBuilt < 31 ? 1 << matchersBuilt : 0;
    if (this.bit !== 0) {
      matchersBuilt++;
      for (const k of this.root.next.keys()) FIRST_WORDS.set(k, (FIRST_WORDS.get(k) ?? 0) | this.bit);
    }
  }

  /** Longest non-overlapping matches within tokens[from, to). */
  matchAll(tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const starts = this.bit !== 0 ? firstWordBits(tokens) : null;
    let i = from;
    while (i < to) {
      const t = tokens[i];
      if (!t || t.kind === "punct" || (starts !== null && (starts[i]! & this.bit) === 0)) {
        i++;
        continue;
      }
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.tokEnd;
      } else i++;
    }
    return out;
  }

  matchAt(tokens: readonly Token[], at: number, to: number): PhraseMatch<T> | null {
    const first = tokens[at];
    if (!first || first.kind === "punct") return null;
    let node = this.child(this.root, first);
    if (!node) return null;
    let best: PhraseMatch<T> | null = null;
    let j = at + 1;
    let lastEnd = first.end;
    for (;;) {
      for (const e of node.entries) {
        if (!e.caseSensitive || rawsMatch(tokens, at, j, e.raws)) {
          best = { value: e.value, tokStart: at, tokEnd: j, start: first.start, end: lastEnd };
          break;
        }
      }
      if (node.next.size === 0 || j >= to) break;
      let t = tokens[j];
      if (t && t.kind === "punct") {
        const prev = tokens[j - 1];
        const nxt = tokens[j + 1];
        if (!JOINERS.has(t.raw) || !prev || prev.end !== t.start || !nxt || j + 1 >= to) break;
        j++;
        t = nxt;
      }
      if (!t || t.kind === "punct") break;
      const nxtNode = this.child(node, t);
      if (!nxtNode) break;
      node = nxtNode;
      lastEnd = t.end;
      j++;
    }
    return best;
  }

  private child(node: Node<T>, t: Token): Node<T> | undefined {
    return (
      node.next.get(t.norm) ??
      (t.sing1 !== "" ? node.next.get(t.sing1) : undefined) ??
      (t.sing2 !== "" ? node.next.get(t.sing2) : undefined)
    );
  }
}

/** Case-sensitive check of the word tokens in [from, to) against an entry's raw spellings. */
function rawsMatch(tokens: readonly Token[], from: number, to: number, raws: readonly (string | null)[]): boolean {
  let k = 0;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (!t || t.kind === "punct") continue;
    const r = raws[k++];
    if (r !== null && r !== undefined && t.raw !== r && t.raw !== `${r}s`) return false;
  }
  return true;
}

/** Regular English inflections of a verb lemma (irregular past/participle may be given). */
export function inflect(lemma: string, past?: string, participle?: string): string[] {
  const forms = new Set<string>([lemma]);
  const vowel = /[aeiou]/;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (past) forms.add(past);
  else if (lemma.endsWith("e")) forms.add(`${lemma}d`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`);
  else forms.add(`${lemma}ed`);
  if (participle) forms.add(participle);
  if (lemma.endsWith("ie")) forms.add(`${lemma.slice(0, -2)}ying`);
  else if (lemma.endsWith("e") && !lemma.endsWith("ee") && lemma.length > 2) forms.add(`${lemma.slice(0, -1)}ing`);
  else forms.add(`${lemma}ing`);
  if (past && vowel.test(past) && past.endsWith("ed") && past.length > lemma.length + 2) {
    // doubled consonant ("plan>planned"): present participle doubles too
    forms.add(`${past.slice(0, -2)}ing`);
  }
  return [...forms];
}
