// Text layer: tokens and sentences that carry offsets into the ORIGINAL text.
//
// NLP choice: a hand-written tokenizer plus lexicon tries, not wink-nlp. Measured on
// this 2-core machine (Node 20; p50 per text; machine shared with other work):
//   wink-nlp 2.4 + wink-eng-lite-web-model 1.8, pipeline sbd/negation/pos, reading
//   tokens, POS and spacing back out (tagging only, no grading): 250 words 0.44 ms,
//   1,000 words 0.86 ms, 4,000 words 3.3 ms; model load 80-110 ms, first call ~5 ms,
//   and about 1 MB gzip added to the browser bundle.
//   This grader, whole report (tokenize, analyse, 19 rules, score; 1.1.0): 250 words
//   0.28-0.40 ms, 1,000 words 1.0-1.1 ms, 4,000 words 3.7-4.0 ms (best to p50 under a
//   load average of 5 on 2 cores); every adversarial 20,000-character input under 8 ms
//   p50 (`npm run bench`); the bundled grader is about 40 KB gzip with its lexicons,
//   and needs no load step.
// The budget is 0.5 ms for a whole 250-word grade on every keystroke: wink's tagger
// alone would use almost all of it, so the grader stays dependency-free and
// synchronous, and leans on closed word lists (lexicon/) and word position instead
// of POS tags.
// Blind spot: without a tagger, verbs are recognised by form (-ed, a list of irregular
// pasts and participles) and by position after a subject, so rare verbs and unusual
// word orders can be missed.

import { memoizeWord } from "./memo";

export type TokenKind = "word" | "number" | "punct";

export type Token = {
  start: number;
  end: number;
  raw: string;
  /** Lower case, straight apostrophes, possessive 's dropped, American spelling. */
  norm: string;
  kind: TokenKind;
  /** Singular guesses for lexicon lookup ("indexes" -> "indexe", "index"); "" when none. */
  sing1: string;
  sing2: string;
  sentence: number;
  /** A line break sits between this token and the previous one. */
  lineStart: boolean;
};

export type SentenceLabel = "situation" | "task" | "action" | "result";

export type Sentence = {
  index: number;
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** First token after any bullet marker or "Label:" prefix. */
  bodyStart: number;
  bullet: boolean;
  label: SentenceLabel | null;
};

export type TextDoc = { text: string; tokens: Token[]; sentences: Sentence[]; wordCount: number };

const TOKEN_RE =
  /([$£€]?\d+(?:[.,:]\d+)*(?:%|(?:st|nd|rd|th|k|K|m|M|bn|BN|x|×)(?![\p{L}\p{N}]))?)|([\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*(?:['’.&][\p{L}\p{M}\p{N}_]+)*(?:\+\+|#)?)|([^\s\p{L}\p{M}\p{N}\p{Cf}]{5,}|[^\s\p{Cf}])/gu;

const KEEP_APOSTROPHE_S = new Set(["it's", "that's", "what's", "here's", "there's", "he's", "she's", "let's", "who's"]);

const ISE_EXCEPTIONS = new Set([
  "adv", "exerc", "expert", "enterpr", "prom", "franch", "prem", "surpr", "comprom", "rev", "superv", "telev", "dev",
  "prec", "conc", "parad", "improv", "compr", "pra", "cru", "merchand", "disgu", "appr", "desp", "exc", "treat", "dem",
  "advert", "repr", "surm", "chast", "bru", "torto", "porpo", "lou", "circumc", "rem", "chem", "mort", "dent", "pract",
]);

const WORD_MAP: Readonly<Record<string, string>> = {
  programme: "program", programmes: "programs", catalogue: "catalog", catalogues: "catalogs", licence: "license",
  licences: "licenses", defence: "defense", offence: "offense", practise: "practice", practised: "practiced",
  practising: "practicing", enrol: "enroll", enrolled: "enrolled", enrolment: "enrollment", fulfil: "fulfill",
  fulfilment: "fulfillment", judgement: "judgment", ageing: "aging", grey: "gray", cheque: "check", cheques: "checks",
  tyre: "tire", tyres: "tires", aluminium: "aluminum", learnt: "learned", spelt: "spelled", whilst: "while",
  amongst: "among", towards: "toward", manoeuvre: "maneuver", sceptical: "skeptical", mould: "mold", moulding: "molding",
  storey: "story", kerb: "curb", plough: "plow", analogue: "analog", dialogue: "dialog", travelled: "traveled",
  "one-to-one": "one-to-one", "1-1": "one-to-one", "1:1": "one-to-one", "1:1s": "one-to-ones",
};

// Maps, not object lookups: words like "__proto__" or "constructor" must not hit Object.prototype.
const WORD_MAP_LOOKUP: ReadonlyMap<string, string> = new Map(Object.entries(WORD_MAP));

/** Fold one lower-case word onto American spelling. */
export function americanize(w: string): string {
  const mapped = WORD_MAP_LOOKUP.get(w);
  if (mapped !== undefined) return mapped;
  if (w.length < 5) return w;
  let out = w;
  if (out.includes("analys")) out = out.replace(/analys(e|ed|es|ing|er|ers)$/, "analyz$1");
  if (out.includes("is")) {
    const m = /^([a-z-]{3,}?)is(e|ed|es|ing|ation|ations|ational|er|ers)$/.exec(out);
    if (m) {
      const stem = m[1] ?? "";
      if (!ISE_EXCEPTIONS.has(stem) && !stem.endsWith("w")) out = `${stem}iz${m[2] ?? ""}`;
    }
  }
  if (out.includes("our")) out = out.replace(/(behavi|col|fav|hon|lab|neighb|rum|hum|flav|harb|endeav|vap|vig|od|arm|savi|glam)our/, "$1or");
  if (out.includes("ll")) {
    out = out.replace(
      /^(un|re)?(model|travel|cancel|label|level|signal|channel|fuel|funnel|counsel|tunnel|total|marshal|dial|equal|jewel|pedal|quarrel|shovel)l(ed|ing|er|ers)$/,
      "$1$2$3",
    );
  }
  if (out.endsWith("re") || out.endsWith("res") || out.endsWith("red")) {
    out = out.replace(/^(cent|met|theat|fib|lit|calib|spect|somb)re(s|d)?$/, (_, stem: string, end?: string) => `${stem}er${end === "d" ? "ed" : (end ?? "")}`);
  }
  if (out.includes("ae")) out = out.replace(/^(p|orthop|encyclop)aed/, "$1ed").replace(/^anaes/, "anes").replace(/^haem/, "hem");
  if (out.startsWith("oesophag")) out = out.replace(/^oe/, "e");
  return out;
}

/** Normalise a raw word as the tokenizer does (used for lexicon entries too). */
export const normalizeWord = memoizeWord((raw: string): string => {
  let w = raw.toLowerCase();
  if (w.includes("’") || w.includes("‘")) w = w.replace(/[’‘]/g, "'");
  if (w.length > 3 && w.endsWith("'s") && !KEEP_APOSTROPHE_S.has(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s'")) w = w.slice(0, -1);
  return americanize(w);
});

const SENTENCE_END = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const BULLETS = new Set(["-", "*", "•", "–", "—", "·", "▪", "○", "◦", "‣", "+", ">"]);
const ABBREVIATIONS = new Set([
  "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "inc", "ltd", "co", "no", "approx", "e.g", "i.e", "jr", "sr",
  "dept", "fig", "vol", "est", "incl", "cf", "al", "mt", "u.s", "u.k", "ph.d", "a.m", "p.m",
]);
const LABELS: Readonly<Record<string, SentenceLabel>> = {
  situation: "situation", context: "situation", background: "situation", challenge: "situation", problem: "situation",
  task: "task", goal: "task", objective: "task", action: "action", actions: "action", approach: "action",
  result: "result", results: "result", outcome: "result", outcomes: "result", impact: "result",
  s: "situation", t: "task", a: "action", r: "result",
};

const LABEL_LOOKUP: ReadonlyMap<string, SentenceLabel> = new Map(Object.entries(LABELS));

function isLowerStart(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const c = raw.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Line breaks in text[from, to) (the whitespace between two tokens); "\r\n" counts once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(k + 1) !== 10)) n++;
  }
  return n;
}

/** Tokenize and split into sentences; never throws, linear in the input. */
export function readText(text: string): TextDoc {
  const tokens: Token[] = [];
  let wordCount = 0;
  let lastEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const kind: TokenKind = m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "punct";
    let lineStart = tokens.length === 0;
    for (let k = lastEnd; k < start && !lineStart; k++) {
      const c = text.charCodeAt(k);
      lineStart = c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
    }
    const norm =
      kind === "word"
        ? normalizeWord(raw)
        : kind === "number"
          ? raw.toLowerCase()
          : raw === "’" || raw === "‘"
            ? "'"
            : raw === "“" || raw === "”"
              ? '"'
              : raw;
    if (kind !== "punct") wordCount++;
    let sing1 = "";
    let sing2 = "";
    if (kind === "word" && norm.length > 3 && norm.endsWith("s") && !norm.endsWith("ss")) {
      sing1 = norm.slice(0, -1);
      if (norm.endsWith("ies")) sing2 = `${norm.slice(0, -3)}y`;
      else if (norm.endsWith("es")) sing2 = norm.slice(0, -2);
    }
    tokens.push({ start, end, raw, norm, kind, sing1, sing2, sentence: 0, lineStart });
    lastEnd = end;
  }
  markContinuations(tokens);
  const sentences = splitSentences(text, tokens);
  return { text, tokens, sentences, wordCount };
}

/** "keep" before a verb in -ing only says something went on ("patients kept falling"). */
const CONTINUES: ReadonlyMap<string, string> = new Map([
  ["keep", "continue"],
  ["keeps", "continues"],
  ["kept", "continued"],
  ["keeping", "continuing"],
]);

/**
 * Reads "kept falling" as "continued falling", so that the going-on of a problem is never taken for
 * the narrator keeping something (a soft skill) or for something kept (an outcome). The raw text and
 * every span are unchanged.
 */
function markContinuations(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next || t.kind !== "word" || next.kind !== "word") continue;
    const as = CONTINUES.get(t.norm);
    if (as !== undefined && next.norm.length >= 5 && next.norm.endsWith("ing")) t.norm = as;
  }
}

function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let sentStart = 0;
  const close = (endTok: number) => {
    if (endTok <= sentStart) return;
    const first = tokens[sentStart];
    const last = tokens[endTok - 1];
    if (!first || !last) return;
    const index = sentences.length;
    for (let i = sentStart; i < endTok; i++) {
      const t = tokens[i];
      if (t) t.sentence = index;
    }
    sentences.push({
      index, start: first.start, end: last.end, tokenStart: sentStart, tokenEnd: endTok, bodyStart: sentStart,
      bullet: false, label: null,
    });
    sentStart = endTok;
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t || !prev) continue;
    let brk = false;
    if (t.lineStart) {
      const blank = countLineBreaks(text, prev.end, t.start) >= 2;
      brk =
        blank ||
        BULLETS.has(t.raw) ||
        SENTENCE_END.has(prev.raw) ||
        prev.raw === ":" ||
        prev.raw === ";" ||
        !isLowerStart(t.raw);
    } else if (t.start > prev.end) {
      // Whitespace before this token: end a sentence after . ! ? (and closers).
      // (Runs of five or more punctuation marks are one token: never meaningful, and cheap.
      // Invisible format characters such as zero-width spaces are skipped like whitespace.)
      let j = i - 1;
      let p = tokens[j];
      while (p && CLOSERS.has(p.raw) && j > sentStart) {
        j--;
        p = tokens[j];
      }
      if (p && SENTENCE_END.has(p.raw) && !isLowerStart(t.raw)) {
        const before = tokens[j - 1];
        const abbrev = p.raw === "." && before !== undefined && before.end === p.start && ABBREVIATIONS.has(before.norm);
        const initial = p.raw === "." && before !== undefined && before.kind === "word" && before.raw.length === 1 && /[A-Z]/.test(before.raw);
        brk = !abbrev && !initial;
      }
    }
    if (brk) close(i);
  }
  close(tokens.length);
  for (const s of sentences) markBulletAndLabel(s, tokens);
  return sentences;
}

function markBulletAndLabel(s: Sentence, tokens: Token[]): void {
  let i = s.tokenStart;
  const first = tokens[i];
  if (!first) return;
  if (first.kind === "punct" && BULLETS.has(first.raw)) {
    s.bullet = true;
    i++;
  } else if (first.kind === "number" && /^\d{1,2}$/.test(first.raw)) {
    const nxt = tokens[i + 1];
    if (nxt && (nxt.raw === "." || nxt.raw === ")") && nxt.start === first.end) {
      s.bullet = true;
      i += 2;
    }
  }
  // Markdown decoration before a label: "## Situation", "**Action:**"
  while (i < s.tokenEnd && (tokens[i]?.raw === "#" || tokens[i]?.raw === "*" || tokens[i]?.raw === "_")) i++;
  const word = tokens[i];
  const colon = tokens[i + 1];
  if (word && word.kind === "word") {
    const label = LABEL_LOOKUP.get(word.norm);
    const headingOnly = label !== undefined && word.norm.length > 1 && (i + 1 >= s.tokenEnd || isDecoration(tokens, i + 1, s.tokenEnd));
    if (label !== undefined && colon && (colon.raw === ":" || ((colon.raw === "-" || colon.raw === "–") && word.norm.length > 1))) {
      s.label = label;
      i += 2;
      while (i < s.tokenEnd && (tokens[i]?.raw === "*" || tokens[i]?.raw === "_")) i++;
    } else if (headingOnly) {
      s.label = label;
      i = s.tokenEnd;
    }
  }
  s.bodyStart = Math.min(i, s.tokenEnd);
}

/** Only markdown emphasis or a colon left on the line ("**Result**", "Result:"). */
function isDecoration(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const r = tokens[k]?.raw;
    if (r !== "*" && r !== "_" && r !== ":" && r !== "#") return false;
  }
  return true;
}
