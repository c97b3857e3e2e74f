// Stage: the people side: lexicon behaviours used as verbs ("walked the ops leads through it"),
// working with people ("with the machinists") and any act aimed at people ("trained operators",
// "explained it to the crew"), each with its family and the status of its clause.
import { AUDIENCE_VERBS, CONTACT_VERBS, SOFT_SKILLS, SOLO_BEHAVIOURS, SUPERIOR_WORDS, THIN_BEHAVIOURS, THIN_VERBS, THIN_WITH_VERBS } from "../lexicon/soft-skills";
import { inflect, PhraseMatcher } from "../matcher";
import type { Sentence, Token } from "../text";
import type { SoftFamily } from "../types";
import { innerHyphen, isPastVerb, PEOPLE, setOf, span, statusAt, tokenIndexAt, type Ctx } from "./core";
import type { SoftMention } from "./types";
import { ADVERBS, BUZZ_WORDS, DETERMINERS, FINDING, MEETING_WORDS, METRIC, NUMBER_VALUE, PEOPLE_PREPS, SUBORDINATORS, TIME } from "./words";

type SoftValue = { family: SoftFamily; behaviour: string; needsPeople: boolean };

/** Parse "lemma>past>pp rest+" into the inflected phrases it stands for. */
export function softEntryForms(entry: string): { forms: string[]; behaviour: string; needsPeople: boolean } {
  const needsPeople = entry.endsWith("+");
  const body = needsPeople ? entry.slice(0, -1) : entry;
  const [head = "", ...rest] = body.split(" ");
  const [lemma = head, past, pp] = head.split(">");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  return { forms: inflect(lemma, past, pp).map((f) => `${f}${tail}`), behaviour: `${lemma}${tail}`, needsPeople };
}

export const SOLO = setOf(SOLO_BEHAVIOURS.map((entry) => softEntryForms(entry).behaviour));

/** A soft-skill behaviour that involves nobody else ("decided", "stayed late"): not an act with people. */
export function isSoloBehaviour(behaviour: string): boolean {
  return SOLO.has(behaviour);
}

const THIN = setOf(THIN_BEHAVIOURS.map((entry) => softEntryForms(entry).behaviour));
const THIN_VERB = setOf(THIN_VERBS);
const THIN_WITH = setOf(THIN_WITH_VERBS);
/** The behaviour of an act aimed at people that no lexicon entry names ("gave + people"). */
const GENERIC = " + people";
/** The behaviour of an audience act whose hearers are not named (AUDIENCE_VERBS): a thin act. */
const UNADDRESSED = " (to whom is not said)";
const AUDIENCE = setOf(AUDIENCE_VERBS);

/** "to" and a verb right after the people an act is aimed at ("got the team | to adopt it"). */
function causes(tokens: Token[], end: number): boolean {
  const k = tokenIndexAt(tokens, end);
  const to = (tokens[k]?.start ?? -1) >= end ? tokens[k] : undefined;
  const verb = tokens[k + 1];
  return to?.norm === "to" && verb !== undefined && verb.kind === "word" && !DETERMINERS.has(verb.norm) && !/ing$/.test(verb.norm);
}

const CONTACT_BEHAVIOURS = setOf(CONTACT_VERBS);
const SUPERIORS = setOf(SUPERIOR_WORDS);

/** A person above the narrator among the words of the act ("called the physician", "took it to the engineering lead"). */
function reachesSuperior(tokens: Token[], m: SoftMention): boolean {
  for (let k = tokenIndexAt(tokens, m.span.start); k < tokens.length && (tokens[k]?.start ?? Infinity) < m.span.end; k++) {
    if (SUPERIORS.has(tokens[k]?.norm ?? "")) return true;
  }
  return false;
}

/** An audience act whose hearers are not named ("I proposed moving the jobs"): thin, and the report says so. */
export function isUnaddressed(m: SoftMention): boolean {
  return m.behaviour.endsWith(UNADDRESSED);
}

/**
 * A thin people act ("told my manager", "worked with IT", calling or taking it to someone above the
 * narrator, which only passes word up); "with the machinists" after a real act ("spent a shift with") is not thin.
 */
export function isThinAct(tokens: Token[], m: SoftMention): boolean {
  if (isUnaddressed(m)) return true;
  const generic = m.behaviour.endsWith(GENERIC);
  const verb = generic ? m.behaviour.slice(0, -GENERIC.length) : m.behaviour;
  if (CONTACT_BEHAVIOURS.has(verb) && reachesSuperior(tokens, m)) return true;
  if (generic) return THIN_VERB.has(verb);
  if (!THIN.has(m.behaviour)) return false;
  // "got the onboarding team to link them": getting people to act is persuading them; "got approval" is thin.
  if (m.behaviour === "get") return !causes(tokens, m.span.end);
  if (m.behaviour !== "worked with people") return true;
  let i = tokenIndexAt(tokens, m.span.start) - 1;
  while (i >= 0 && tokens[i]?.kind !== "word") i--;
  const before = i >= 0 ? (tokens[i]?.norm ?? "") : "";
  return before === "" || THIN_WITH.has(before);
}

const SOFT_MATCHER = new PhraseMatcher<SoftValue>(
  (Object.entries(SOFT_SKILLS) as [SoftFamily, readonly string[]][]).flatMap(([family, entries]) =>
    entries.flatMap((entry) => {
      const { forms, behaviour, needsPeople } = softEntryForms(entry);
      return forms.map((f) => [f, { family, behaviour, needsPeople }] as const);
    }),
  ),
);

const VERB_LEADERS = setOf(["i", "we", "to", "and", "then", "also", "they", "he", "she", "you", "personally", "would", "will", "could", "did", "usually", "always", "often", "normally", "typically", "sometimes"]);
/** Verbs of money to or from people ("saved clients £2 million", "paid the plumber"): no act with them. */
const MONEY_VERBS = setOf(["saved", "cost", "charged", "billed", "paid", "owed", "earned", "refunded", "fined", "invoiced"]);
const UNIT_VERBS = setOf(["closed", "cut", "merged", "disbanded", "restructured", "reorganized", "outsourced", "downsized", "dissolved", "shut", "axed", "consolidated"]);
const SOFT_NOUNS = setOf(["presentation", "workshop", "brainstorm", "pilot", "storytell"]);

/** Words before a noun phrase: "the two teaching assistants", "our nursing staff". */
const NOUN_PHRASE_OPENERS = setOf([...DETERMINERS, "my", "two", "three", "four", "five", "six", "several", "some", "many", "new"]);

/** "I presented", "presenting", "- Briefed the minister": a verb, not "the support team". */
function usedAsVerb(tokens: Token[], at: number, s: Sentence): boolean {
  const t = tokens[at];
  if (!t) return false;
  // "the two teaching assistants": an -ing word between a determiner and people names them; it is not an act.
  if (t.norm.endsWith("ing") && PEOPLE.has(tokens[at + 1]?.norm ?? "") && (NOUN_PHRASE_OPENERS.has(tokens[at - 1]?.norm ?? "") || tokens[at - 1]?.kind === "number")) return false;
  if (isPastVerb(t.norm) || t.norm.endsWith("ing") || at === s.bodyStart) return true;
  const p = tokens[at - 1];
  return p !== undefined && VERB_LEADERS.has(p.norm);
}

/** Departments named as people ("worked with legal", "told finance"). */
/** Things a people word can describe ("client documents", "patient records", "customer data"): after it, the people word names no one. */
const PEOPLE_THINGS = setOf([
  "documents", "document", "records", "record", "files", "file", "notes", "data", "details", "database", "databases", "list",
  "lists", "folders", "folder", "letters", "charts", "chart", "information", "portal", "orders", "numbers", "forms", "form",
  // "average lead times", "a customer service survey", "the client account": a people word naming a kind of thing.
  "time", "times", "survey", "surveys", "service", "satisfaction", "journey", "journeys", "base", "segment", "segments",
  // "the customer ID column", "a customer segmentation model", "the user stories", "a Group Policy change": a people word naming a piece of the system.
  "id", "ids", "table", "tables", "model", "models", "segmentation", "story", "stories", "policy", "policies", "profile", "profiles",
  "experience", "acceptance", "testing", "churn", "retention", "login", "logins", "permissions",
]);
/** Software before "client" that makes it a program, not a person: "the VPN client", "an email client". */
const SOFTWARE_CLIENTS = setOf(["vpn", "api", "email", "mail", "desktop", "web", "mobile", "thin", "ftp", "ssh", "sql", "rest", "http"]);
const DEPARTMENTS = setOf(["ops", "finance", "sales", "marketing", "hr", "legal", "procurement", "facilities", "depot"]);
/** Words that may follow a department named as people: "told legal about it", "gave finance the figures", "asked sales straight away". */
const AFTER_PEOPLE = setOf([
  "and", "or", "but", "nor", "about", "to", "for", "with", "on", "in", "at", "by", "from", "of", "over", "through", "into", "that",
  "which", "who", "whom", "the", "a", "an", "this", "these", "those", "it", "them", "their", "our", "my", "its", "so", "as", "when",
  "because", "before", "after", "while", "until", "if", "again", "too", "first", "straight", "back", "up", "early", "later", "once",
  "together", "what", "how", "why", "whether", "team", "teams", "department", "departments",
]);

/** Before "account", the words that make it a client ("a key account") rather than a ledger ("several accounts"). */
const CLIENT_ACCOUNT = setOf(["key", "major", "strategic", "client", "customer", "biggest", "largest", "big", "top", "national", "corporate", "enterprise"]);

/** Forms of "be" and "become": what follows is who the narrator was. */
const BEING = setOf(["been", "was", "were", "became", "become", "being", "am", "is", "are", "be"]);

/** Words between "as" and the role it names: "as a nurse", "as the team's first analyst". */
const ROLE_OPENERS = setOf(["a", "an", "the", "our", "my", "their", "its", "senior", "junior", "lead", "head", "first", "new"]);

/** Words that cannot describe a job title ("as a retail sales associate"): they end the title's words. */
const NOT_ROLE_MODIFIERS = setOf(["as", "and", "or", "of", "in", "at", "on", "by", "from", "i", "we", "they", "he", "she", "you", "it", "them", "us", "me", "such"]);

/** A word inside a job title before its people word: "retail", "sales" in "as a retail sales associate". */
function roleModifier(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !isPastVerb(t.norm) && !NOT_ROLE_MODIFIERS.has(t.norm) && !PEOPLE_PREPS.has(t.norm) && !SUBORDINATORS.has(t.norm);
}

/**
 * A people word that names the job someone held, after "as": "worked as a nurse", "started out as a Quality
 * Engineer". "such as nurses" lists people, and "as a mentor to two new nurses" still reaches the nurses.
 */
function namesARole(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - 4 && (ROLE_OPENERS.has(tokens[j]?.norm ?? "") || /^[A-Z]/.test(tokens[j]?.raw ?? "") || roleModifier(tokens[j]))) j--;
  return tokens[j]?.norm === "as" && tokens[j - 1]?.norm !== "such";
}

/**
 * A people word that here names no people: a department before a noun ("the legal strategy", "the sales
 * figures") names the work, an account is a client only as "a key account", not "reconciled the accounts",
 * "on board" is aboard, and "as a nurse" is a role.
 */
/** Words before "board" that make it a piece of equipment or a surface, not a board of people. */
const EQUIPMENT_BOARDS = setOf([
  "distribution", "circuit", "switch", "fuse", "consumer", "control", "notice", "white", "black", "dash", "key", "mother", "sound",
  "story", "cutting", "skirting", "floor", "plaster", "chip", "bread", "diving", "ironing", "drawing", "display", "task", "kanban",
  "job", "vision", "mood", "message", "leader", "score", "sign", "dart", "chalk", "clip", "card", "patch", "terminal", "junction",
]);

const LARGE_COUNTS = setOf(["million", "millions", "thousand", "thousands", "billion", "k", "m"]);

/** Panels of people ("the interview panel"); any other kind before "panel" is a test or a piece of kit ("an antibody panel", "a solar panel"). */
const PEOPLE_PANELS = setOf([
  "interview", "review", "selection", "expert", "judging", "advisory", "hiring", "parent", "patient", "citizens", "citizen", "community",
  "assessment", "appeals", "appeal", "disciplinary", "stakeholder", "user", "customer", "the", "a", "an", "our", "their", "my", "his", "her",
]);

/** Verbs of work on kit: "the panel" after one is a panel of switches, not of people. */
const KIT_VERBS = setOf(["rewired", "wired", "isolated", "replaced", "repaired", "fitted", "installed", "tested", "opened", "fixed", "reset", "upgraded", "mounted", "cleaned", "stripped", "earthed", "grounded", "powered"]);

/** A past verb at `from` or up to eight words before it, within its clause ("co-planned three lessons with two colleagues"). */
function verbBefore(tokens: Token[], from: number): boolean {
  for (let j = from; j >= Math.max(0, from - 8); j--) {
    const w = tokens[j];
    if (!w || w.kind === "punct") return false;
    if (isPastVerb(w.norm)) return true;
  }
  return false;
}

function namesNoPeople(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if ((t?.norm === "panel" || t?.norm === "panels") && !PEOPLE_PANELS.has(tokens[k - 1]?.norm ?? "")) return true;
  // "won the Account Manager of the Year award": a people word inside the name of an award.
  if (t !== undefined && ((tokens[k + 1]?.norm === "of" && tokens[k + 2]?.norm === "the" && tokens[k + 3]?.norm === "year") || tokens[k + 1]?.norm === "award")) return true;
  // "I rewired the panel", "isolated the panel": work on a piece of kit.
  if ((t?.norm === "panel" || t?.norm === "panels") && KIT_VERBS.has(tokens[k - 2]?.norm ?? "")) return true;
  if ((t?.norm === "account" || t?.norm === "accounts") && !CLIENT_ACCOUNT.has(tokens[k - 1]?.norm ?? "")) return true;
  // "for installation on board": aboard a ship, not the board of directors; "the distribution board": equipment.
  if ((t?.norm === "board" || t?.norm === "boards") && (tokens[k - 1]?.norm === "on" || EQUIPMENT_BOARDS.has(tokens[k - 1]?.norm ?? ""))) return true;
  if (namesARole(tokens, k)) return true;
  const next = tokens[k + 1];
  // "18,000 client documents", "the patient records": a people word before a thing it describes.
  if (t !== undefined && next !== undefined && PEOPLE_THINGS.has(next.norm)) return true;
  if ((t?.norm === "client" || t?.norm === "clients") && SOFTWARE_CLIENTS.has(tokens[k - 1]?.norm ?? "")) return true;
  // "the spare-driver rota": a people word inside a hyphenated modifier names the thing after it.
  if (innerHyphen(tokens, k - 1) && next !== undefined && next.kind === "word" && !AFTER_PEOPLE.has(next.norm)) return true;
  // "a food manufacturer with 300 staff": a head-count after a noun is the size of the place, not whom anyone worked with.
  const p1 = tokens[k - 1];
  const p3 = tokens[k - 3];
  if (p1 && (p1.kind === "number" || NUMBER_VALUE.has(p1.norm)) && tokens[k - 2]?.norm === "with" && p3 !== undefined && p3.kind === "word" && !ADVERBS.has(p3.norm) && !verbBefore(tokens, k - 3)) return true;
  // "a startup with 2 million monthly users": thousands of people are the scale, not anyone the act reached.
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokens[j];
    if (w && (LARGE_COUNTS.has(w.norm) || (w.kind === "number" && Number(w.raw.replace(/[,_]/g, "")) >= 1000))) return true;
  }
  return t !== undefined && DEPARTMENTS.has(t.norm) && next !== undefined && next.kind === "word" && !AFTER_PEOPLE.has(next.norm) && !next.norm.endsWith("ly") && !PEOPLE.has(next.norm);
}

/** A word that names people here: a people word (or its singular, or "IT") that is not a department before a noun, a ledger or "on board". */
function isPeopleWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (PEOPLE.has(t.norm) || (t.sing1 !== "" && PEOPLE.has(t.sing1)) || t.raw === "IT") && !namesNoPeople(tokens, k);
}

/**
 * Index of the first people word in tokens[from, to), or -1 ("walked the ops leads" -> "leads"). People
 * inside a reported clause ("asked whether something in her life...") or who own the object ("got the
 * managers' approval") are not whom the act reached.
 */
function peopleAt(tokens: Token[], from: number, to: number, verb: string): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct" && (t.raw === ";" || t.raw === ":")) break;
    if (REPORTED.has(t.norm)) break;
    if (ownerOfObject(tokens, k, verb)) continue;
    if (t.kind === "word" && isPeopleWord(tokens, k)) return k;
    // "updated the screens in Figma and reviewed them with the PM": the people belong to the next act.
    if (t.norm === "and" && k > from && isPastVerb(tokens[k + 1]?.norm ?? "")) break;
  }
  return -1;
}

const TEACHING_VERBS = setOf([
  "taught", "trained", "coached", "mentored", "onboarded", "showed", "guided", "led", "supervised", "teach", "train",
  "coach", "mentor", "show", "guide", "lead", "managed", "developed", "upskilled",
]);

const TALKING_VERBS = setOf([
  "told", "explained", "called", "emailed", "asked", "briefed", "wrote", "sent", "gave", "took", "presented", "answered",
  "updated", "warned", "reminded", "phoned", "messaged", "texted", "tell", "explain", "call", "email", "ask", "brief",
  "write", "send", "give", "take", "present", "talk", "talked", "spoke", "speak", "visited", "visit", "reassured",
]);

const OBJECT_FILLERS = setOf([
  "the", "a", "an", "my", "our", "their", "his", "her", "its", "all", "each", "every", "both", "two", "three", "four",
  "five", "six", "new", "other", "senior", "junior", "night", "day", "local", "key", "main", "whole", "it", "this",
  "that", "these", "those", "them", "some", "several", "few", "many",
]);

/** "cut debtor days", "reduced patient falls": the people word names a measure, not whom the act reached. */
function measureAfter(next: Token | undefined): boolean {
  return next !== undefined && next.kind === "word" && (TIME.has(next.norm) || METRIC.has(next.norm) || (next.sing1 !== "" && METRIC.has(next.sing1)));
}

/** Words after "her" that show it is the object itself ("gave her the leaflet", "asked her to bring them"), not an owner. */
const AFTER_OBJECT = setOf([
  "the", "a", "an", "to", "and", "that", "what", "how", "why", "whether", "through", "about", "into", "with", "back", "up", "down", "some", "all", "this",
  "these", "those", "it", "my", "our", "her", "his", "their", "aside", "out", "along", "round", "around", "over", "home", "in", "on", "off", "for",
]);

/**
 * A people word that owns the object rather than being it: "the patient's chart", "the nurses' rota", or
 * "her" before a noun after a verb that does not talk or teach ("checked her blood pressure"; but
 * "told her the plan", "helped her sort them" keep her as the one the act reached).
 */
function ownerOfObject(tokens: Token[], k: number, verb: string): boolean {
  const t = tokens[k];
  if (!t) return false;
  // "the patient's chart" ('s on the word) or "the nurses' rota" (an apostrophe token after it).
  const ownedAt = /['’]s$/i.test(t.raw) ? k + 1 : tokens[k + 1]?.raw === "'" || tokens[k + 1]?.raw === "’" ? k + 2 : -1;
  // "briefed the minister's office", "met the client's team": what they own is people too.
  if (ownedAt > 0) return !OWNED_PEOPLE.has(tokens[ownedAt]?.norm ?? "");
  // "took her through the plan" reaches her; "took her tablets" is her tablets.
  const talking = TALKING_VERBS.has(verb) && verb !== "took" && verb !== "take";
  if (t.norm !== "her" || talking || TEACHING_VERBS.has(verb) || HELPING_VERBS.has(verb)) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.kind === "word" && !AFTER_OBJECT.has(next.norm) && !next.norm.endsWith("ly");
}

/** What people own that is people too: "the minister's office", "the client's team". */
const OWNED_PEOPLE = setOf([...PEOPLE, "office", "offices", "union", "unions", "household"]);

const HELPING_VERBS = setOf(["helped", "help", "supported", "support", "assisted", "assist", "let", "made", "make", "got", "get", "encouraged", "reminded", "invited", "allowed", "persuaded", "convinced", "urged", "asked"]);

const LEAD_FORMS = setOf(["led", "lead", "leads", "leading"]);

/** The people an act is aimed at: a people object ("trained operators") or "to/for/with" + people, within the clause. */
function peopleObject(tokens: Token[], verb: number, s: Sentence): number {
  let sawPrep = false;
  for (let k = verb + 1; k < Math.min(s.tokenEnd, verb + 8); k++) {
    const t = tokens[k];
    if (!t) return -1;
    if (t.kind === "punct") {
      if (t.raw === "-" || t.raw === "'" || t.raw === "’") continue;
      return -1;
    }
    // "was tempering chocolate as customers walked in": "as" opens another clause with its own subject.
    if (k > verb + 1 && (isPastVerb(t.norm) || SUBORDINATORS.has(t.norm) || t.norm === "and" || t.norm === "as")) return -1;
    // "reviewed the patient's chart", "checked her blood pressure": the people own the object; the act is on the thing.
    if (ownerOfObject(tokens, k, tokens[verb]?.norm ?? "")) continue;
    const isPeople = isPeopleWord(tokens, k) && t.norm !== "them" && t.norm !== "it" && !measureAfter(tokens[k + 1]);
    if (isPeople && !MEETING_WORDS.has(t.norm) && !MEETING_WORDS.has(t.sing1)) return k;
    if (PEOPLE_PREPS.has(t.norm)) sawPrep = true;
    // "matched them to invoice lines on supplier": the prepositional object ended before the people word.
    else if (sawPrep && OBJECT_END_PREPS.has(t.norm)) return -1;
    else if (!OBJECT_FILLERS.has(t.norm) && !sawPrep && k > verb + 3) return -1;
  }
  return -1;
}

/** Verbs of what the narrator thought: "assumed the principal investigator had submitted it" is about them, not an act with them. */
const COGNITION_VERBS = setOf(["assumed", "thought", "believed", "presumed", "expected", "supposed", "figured", "guessed", "knew", "hoped", "wondered", "trusted"]);

/** Verbs of making a thing. */
const MAKING_VERBS = setOf(["designed", "built", "created", "developed", "configured", "ordered", "booked", "bought", "coded", "rebuilt", "redesigned"]);

/** "for" + the people, with no meeting between the verb and them: what was made was for them. */
function madeFor(tokens: Token[], verb: number, person: number): boolean {
  let sawFor = false;
  for (let k = verb + 1; k < person; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (MEETING_WORDS.has(t.norm) || MEETING_WORDS.has(t.sing1)) return false;
    if (t.norm === "for") sawFor = true;
  }
  return sawFor;
}

/** Verbs that meet a situation rather than act on it: "faced a tricky employee", "encountered an angry client". */
const SITUATION_VERBS = setOf(["faced", "encountered", "inherited", "faces", "face", "encounter"]);

/**
 * "Sat" and "put" with a person are placing them ("sat him up", "put her on oxygen"), a seat on a body
 * ("sat on the committee") or assembling people ("put a team together"), not an act with them, except
 * a talk: "sat them down", "put her at ease", "put them in touch".
 */
const PLACING_VERBS = setOf(["sat", "put"]);

function placesPeople(tokens: Token[], v: number, person: number): boolean {
  if (!PLACING_VERBS.has(tokens[v]?.norm ?? "")) return false;
  const after = tokens[person + 1]?.norm;
  const after2 = tokens[person + 2]?.norm;
  const talk = (tokens[v]?.norm === "sat" && after === "down") || (after === "at" && after2 === "ease") || (after === "in" && after2 === "touch");
  return !talk;
}

/**
 * Hands-on care or checks done to a person's body: "turned him", "examined the patient", "transferred
 * her". The patient is the object, but nothing is said or agreed with them: no act with people.
 */
const BODY_VERBS = setOf([
  "moved", "turned", "lifted", "positioned", "repositioned", "rolled", "propped", "hoisted", "transferred",
  "examined", "assessed", "reassessed", "monitored", "observed", "weighed", "cannulated", "catheterised", "catheterized",
  "intubated", "sedated", "restrained", "bathed", "washed", "fed", "swabbed", "vaccinated", "injected", "resuscitated",
  "ventilated", "suctioned", "scanned", "triaged", "admitted", "discharged", "sutured", "bandaged", "splinted",
  "shocked", "defibrillated", "immobilised", "immobilized", "arrested", "handcuffed", "searched", "detained", "cuffed",
]);

const OBJECT_END_PREPS = setOf(["on", "in", "at", "by", "from", "into", "onto", "per", "against", "than"]);

/** After "get" and the people: the start of a thing handed to them ("got her a pill organiser"). */
const GIVEN_THING_LEADS = setOf(["a", "an", "some", "the", "new", "more", "extra", "their", "his", "her", "its"]);

/** "got her a pill organiser", "get the crew some gloves": the people come right after the verb and a thing after them. */
const fetchedFor = (tokens: Token[], verbEnd: number, who: number) => who === verbEnd && GIVEN_THING_LEADS.has(tokens[who + 1]?.norm ?? "");

/** Words that open a reported clause after a verb ("recognised that...", "showed how..."). */
const REPORTED = setOf(["that", "what", "how", "why", "whether"]);

export function findSoft(ctx: Ctx): SoftMention[] {
  const out: SoftMention[] = [];
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    const taken = new Set<number>();
    for (const m of SOFT_MATCHER.matchAll(tokens, s.bodyStart, s.tokenEnd)) {
      if (!usedAsVerb(tokens, m.tokStart, s) && !SOFT_NOUNS.has(m.value.behaviour)) continue;
      // "recognised that the patient was hypoxic", "showed that the nurses...": a finding about people, not an act with them.
      if (m.value.needsPeople && REPORTED.has(tokens[m.tokEnd]?.norm ?? "") && (FINDING.has(tokens[m.tokStart]?.norm ?? "") || m.value.behaviour === "recognize")) continue;
      // "which led to the case going to MARAC": "led to" is what caused what, not leading anyone.
      if (LEAD_FORMS.has(tokens[m.tokStart]?.norm ?? "") && m.tokEnd === m.tokStart + 1 && tokens[m.tokEnd]?.norm === "to") continue;
      const who = m.value.needsPeople ? peopleAt(tokens, m.tokEnd, Math.min(s.tokenEnd, m.tokEnd + 10), tokens[m.tokStart]?.norm ?? "") : -1;
      if (m.value.needsPeople && who < 0) {
        // "I proposed moving the pools", "shared the write-up": someone heard it, though no one is named; a thin act.
        if (AUDIENCE.has(m.value.behaviour) && ctx.actTok[m.tokStart] && ctx.actors[m.tokStart] === "narrator") {
          out.push({ family: m.value.family, behaviour: `${m.value.behaviour}${UNADDRESSED}`, span: { start: m.start, end: m.end }, sentence: s.index, status: statusAt(ctx, m.tokStart, s.index) });
          for (let k = m.tokStart; k < m.tokEnd; k++) taken.add(k);
        }
        continue;
      }
      // Fetching something for people is not getting them to act.
      if (m.value.behaviour === "get" && fetchedFor(tokens, m.tokEnd, who)) continue;
      if (ctx.purpose[m.tokStart] && ctx.actors[m.tokStart] !== "narrator") continue;
      const status = statusAt(ctx, m.tokStart, s.index);
      // Quote the people too when they follow closely: "walked the ops leads", not just "walked".
      let whoEnd = who;
      while (whoEnd >= 0 && whoEnd + 1 < s.tokenEnd && PEOPLE.has(tokens[whoEnd + 1]?.norm ?? "")) whoEnd++;
      const whom = who >= 0 && who - m.tokEnd <= 4 ? tokens[whoEnd] : undefined;
      const end = whom ? whom.end : m.end;
      out.push({ family: m.value.family, behaviour: m.value.behaviour, span: { start: m.start, end }, sentence: s.index, status });
      // The people it reached are taken with it, up to the next act ("met him, took him through the invoices").
      for (let k = m.tokStart; k < m.tokEnd + 6; k++) {
        if (k >= m.tokEnd && ctx.actTok[k]) break;
        taken.add(k);
      }
    }
    // "...with the machinists", "...with four customers": working alongside people.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || (t.norm !== "with" && t.norm !== "alongside") || taken.has(i)) continue;
      let reach = i + 6;
      for (let k = i + 1; k < Math.min(s.tokenEnd, reach); k++) {
        const p = tokens[k];
        // "with the front-of-house team": a hyphenated modifier runs on to the people it describes.
        if (innerHyphen(tokens, k)) {
          // At most four hyphens: a long hyphenated run ("with-with-with-...") must not scan the whole sentence.
          reach = Math.min(reach + 2, i + 14);
          continue;
        }
        if (!p || p.kind === "punct" || p.norm === "and" || p.norm === "or" || isPastVerb(p.norm)) break;
        // "a plan with weekly town halls": a meeting after "with" is what the thing came with, not people worked alongside.
        if ((MEETING_WORDS.has(p.norm) || MEETING_WORDS.has(p.sing1)) && !PEOPLE.has(tokens[k + 1]?.norm ?? "")) break;
        if (PEOPLE.has(p.norm) && p.norm !== "them" && !namesNoPeople(tokens, k)) {
          const status = statusAt(ctx, i, s.index);
          out.push({ family: "collaboration", behaviour: "worked with people", span: span(t, p), sentence: s.index, status });
          for (let q = i; q <= k; q++) taken.add(q);
          break;
        }
      }
    }
    // Any act aimed at people: "explained it to the operators", "took the maps to the crews",
    // "trained operators", "set up a review call for the leads". The verb's class gives the family.
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      if (!ctx.actTok[i] || taken.has(i)) continue;
      const v = tokens[i];
      if (!v) continue;
      // "found most users left", "noticed the drivers skipped it": a finding about people, not an act with them;
      // "faced a tricky employee", "had a customer who...": the situation, not something done with them.
      if ((FINDING.has(v.norm) && !TEACHING_VERBS.has(v.norm) && !TALKING_VERBS.has(v.norm)) || SITUATION_VERBS.has(v.norm) || COGNITION_VERBS.has(v.norm)) continue;
      // "leveraged synergies across the group", "spearheaded the team": a buzzword is padding, not an act with people.
      // "closed four regional finance teams", "merged the two crews": done to a group as a unit, not with its people.
      // "I have been a payroll officer", "I became the team's first analyst": a job held, not an act with anyone.
      if (BUZZ_WORDS.has(v.norm) || UNIT_VERBS.has(v.norm) || BODY_VERBS.has(v.norm) || BEING.has(v.norm) || MONEY_VERBS.has(v.norm)) continue;
      // "recognised that the patient needed...": the people open a reported clause; they are not the act's object.
      if (REPORTED.has(tokens[i + 1]?.norm ?? "")) continue;
      const k = peopleObject(tokens, i, s);
      if (k < 0 || taken.has(k)) continue;
      if ((v.norm === "got" || v.norm === "get") && fetchedFor(tokens, i + 1, k)) continue;
      if (placesPeople(tokens, i, k)) continue;
      // "designed a new dashboard for our sales team": something made for people, not done with them (a meeting set up for them still is).
      if (MAKING_VERBS.has(v.norm) && madeFor(tokens, i, k)) continue;
      const p = tokens[k];
      if (!p) continue;
      const family: SoftFamily = TEACHING_VERBS.has(v.norm) ? "leadership" : TALKING_VERBS.has(v.norm) ? "communication" : "collaboration";
      out.push({ family, behaviour: `${v.norm} + people`, span: span(v, p), sentence: s.index, status: statusAt(ctx, i, s.index) });
      for (let q = i; q <= k; q++) taken.add(q);
    }
  }
  return out;
}
