// Soft skills shown as behaviour: what the narrator did with people. Six
// families from the guide. Entry syntax: "lemma[>past[>participle]] [rest]"
// with a trailing "+" when the verb only shows a soft skill if people (or a
// meeting with people) appear in the same clause ("showed the drivers", not
// "showed a 12% rise"). Verbs are written in American spelling; the normaliser
// folds British forms ("apologised", "prioritised") onto them.
import type { SoftFamily } from "../types";

export const SOFT_SKILLS = {
  communication: [
    "present", "presentation", "explain+", "brief+", "debrief+", "walk+", "show>showed>shown+", "talk to", "talk with", "talk+",
    "speak>spoke>spoken to", "speak>spoke>spoken with", "demonstrate+", "demo>demoed+", "pitch", "persuade", "convince+",
    "listen", "ask+", "interview+", "survey+", "inform+", "update+", "report to", "announce+", "clarify+", "translate+",
    "simplify", "summarize+", "facilitate", "host+", "reassure+", "apologize", "share+", "consult+", "advise+", "recommend+",
    "propose+", "argue+", "make the case", "lobby+", "negotiate", "write>wrote>written to", "email+", "call+", "phone+",
    "storytell", "frame+", "reframe", "answer questions", "field questions", "take questions", "gather feedback",
    "ask for feedback", "check understanding", "address+", "tell>told>told+", "warn+", "raise+", "escalate+",
    "document+", "answer>answered their questions", "reach>reached out to", "ask>asked for input", "sit>sat in on", "push>pushed back",
    "write>wrote>written up for", "walk>walked through", "talk>talked through", "let>let+", "keep>kept in touch with",
    "stay>stayed in touch with", "keep>kept in contact with", "stay>stayed in contact with",
  ],
  collaboration: [
    "collaborate", "partner with", "get>got buy-in", "win>won buy-in", "secure buy-in", "arrange+", "schedule+",
    "gather>gathered+", "pair>paired with", "work>worked with+", "co-design", "co-build", "co-create", "co-write",
    "team up", "join>joined forces", "coordinate+", "align+", "agree+", "compromise", "mediate", "broker+", "involve+",
    "include+", "invite+", "sit>sat down with", "sit>sat with", "meet>met with", "meet>met+", "liaise", "cooperate",
    "build>built trust", "build>built consensus", "win>won over", "bring>brought together", "unite+",
    "support+", "help+", "cover for", "hand over+", "share the load", "crowdsource", "connect+", "introduce+",
    "empathize", "de-escalate", "calm+", "resolve the conflict", "resolve the dispute", "defuse",
    "build>built rapport", "build>built relationships", "build>built a relationship", "earn>earned their trust",
    "win>won their trust", "gain>gained their trust", "earn>earned trust",
  ],
  adaptability: [
    "adapt+", "adjust+", "pivot", "rework+", "learn>learned from", "take>took feedback", "incorporate feedback", "act on feedback",
    "iterate with", "change>changed course", "replan", "reprioritize+", "step>stepped in", "switch>switched approach",
    "retrain+", "redesign+", "revise+", "tailor+", "relearn", "cross-train", "flex+", "accommodate+",
    "try>tried a different approach", "rethink+", "absorb+", "take>took on", "stand>stood in",
  ],
  "problem-solving": [
    "brainstorm", "workshop", "run>ran a retrospective", "question+", "challenge+", "pilot", "trial>trialled with",
    "test>tested with", "prototype with", "gather requirements", "shadow+", "observe+", "map>mapped the process with",
    "investigate with", "diagnose with", "troubleshoot>troubleshot with", "find>found out from", "dig>dug into+",
    "root-cause with", "probe+", "scope+", "triage+", "unpick+", "untangle+", "reproduce+",
  ],
  leadership: [
    "lead>led+", "mentor", "coach", "delegate", "motivate", "train+", "teach>taught+", "onboard+", "hire>hired+", "recruit+",
    "empower+", "inspire+", "rally+", "unblock+", "run>ran+", "hold>held+", "chair", "steer+", "set>set the direction",
    "make>made the call", "take>took the decision", "give>gave feedback", "recognize+", "sponsor+", "champion", "advocate",
    "direct+", "organize+", "convene+", "assign+", "set>set up a rota", "build>built a team", "grow>grew the team",
    "develop+", "upskill+", "guide+", "model+", "start>started+", "launch+", "kick>kicked off+", "institute+",
    "get>got+", "push>pushed for", "fight>fought for", "stand>stood up for", "decide",
  ],
  "work-ethic": [
    "volunteer", "stay>stayed late", "stay>stayed behind", "follow up", "follow through", "take>took ownership",
    "double-check", "check in", "cover shifts", "work>worked weekends", "work>worked through the night", "chase+", "remind+",
    "keep>kept+", "persist", "persevere", "own up", "hold>held myself accountable", "meet>met every deadline",
    "go>went the extra mile", "stay>stayed on", "see>saw it through", "commit>committed to",
  ],
} as const satisfies Record<SoftFamily, readonly string[]>;

/** Who counts as "people" for a "+" behaviour: roles, groups, and meetings with people. */
export const PEOPLE_WORDS = [
  "team", "teams", "manager", "managers", "lead", "leads", "leader", "leaders", "leadership", "director", "directors",
  "executive", "executives", "exec", "execs", "board", "cfo", "ceo", "cto", "coo", "cio", "vp", "head", "heads",
  "stakeholder", "stakeholders", "colleague", "colleagues", "coworker", "coworkers", "peer", "peers", "staff", "employee",
  "employees", "agent", "agents", "engineer", "engineers", "developer", "developers", "designer", "designers", "analyst",
  "analysts", "nurse", "nurses", "doctor", "doctors", "resident", "residents", "patient", "patients", "pharmacist",
  "pharmacists", "clinician", "clinicians", "customer", "customers", "client", "clients", "user", "users", "buyer", "buyers",
  "vendor", "vendors", "supplier", "suppliers", "partner", "partners", "family", "families", "parent", "parents", "pupil",
  "pupils", "student", "students", "teacher", "teachers", "learner", "learners", "driver", "drivers", "machinist",
  "machinists", "operator", "operators", "clerk", "clerks", "technician", "technicians", "rep", "reps", "member",
  "members", "committee", "group", "groups", "people", "everyone", "everybody", "him", "her", "them", "someone", "audience",
  "sponsor", "sponsors", "owner", "owners", "founder", "founders", "recruiter", "recruiters", "candidate", "candidates",
  "intern", "interns", "junior", "juniors", "volunteers", "trainee", "trainees", "apprentice", "apprentices",
  "minister", "department", "departments", "ops", "finance", "sales", "marketing", "hr", "legal", "procurement",
  "facilities", "depot", "crew", "crews", "workforce", "council", "residents", "father", "mother",
  "attorney", "attorneys", "child", "children", "kid", "kids", "teen", "teens", "teenager", "teenagers", "toddler", "toddlers",
  "youth", "adolescent", "adolescents", "boss", "bosses", "mentor", "mentors", "mentee", "mentees", "dentist", "dentists",
  "patron", "patrons", "community", "foremen", "waitress", "waitresses", "holder", "holders", "policyholder", "policyholders",
  // family: "explained to his daughter", "stayed with his wife"
  "daughter", "daughters", "son", "sons", "wife", "wives", "husband", "husbands", "spouse", "spouses", "brother", "brothers",
  "sister", "sisters", "grandmother", "grandfather", "grandparents", "mum", "mom", "dad", "fiance", "fiancee",
  "director's", "superintendent", "principal", "surgeon", "surgeons", "midwife", "midwives", "carer", "carers",
  "meeting", "meetings", "huddle", "huddles", "workshop", "workshops", "session", "sessions", "stand-up", "standup",
  "sync", "one-to-one", "one-to-ones", "1:1", "1:1s", "call", "calls", "town", "webinar", "briefing", "briefings",
  "retrospective", "retro", "training", "demo", "presentation", "review", "interview", "interviews", "class", "classes",
  "lesson", "lessons", "everyone's", "counterpart", "counterparts", "account", "accounts", "contractor", "contractors",
  "tenant", "tenants", "guest", "guests", "diner", "diners", "shopper", "shoppers", "passenger", "passengers",
  "citizen", "citizens", "rider", "riders", "donor", "donors", "relative", "relatives", "subcontractor",
  "subcontractors", "landlord", "landlords", "councillor", "councillors", "inspector", "inspectors", "auditor",
  "auditors", "regulator", "regulators", "investor", "investors", "journalist", "journalists", "author", "authors",
  "artist", "artists", "player", "players", "coach", "coaches", "athlete", "athletes", "graduate", "graduates",
  "hires", "newcomer", "newcomers", "worker", "workers", "fitter", "fitters", "electrician", "electricians",
  "plumber", "plumbers", "cleaner", "cleaners", "porter", "porters", "waiter", "waiters", "barista", "baristas",
  "gp", "gps", "physio", "physios", "firefighter", "firefighters", "colleague's", "friend", "friends", "neighbour",
  "neighbours", "learner", "mentee", "mentees", "apprentice", "supervisors", "crew's", "parent's", "caller", "callers",
  "visitor", "visitors", "attendee", "attendees", "participant", "participants", "delegate", "delegates", "trainer",
  "trainers", "student's", "teammate", "teammates", "squad", "squads", "panel", "governors", "trustees", "trustee",
  // by field: legal, health, education, hospitality, warehouse, construction, HR, charity
  "solicitor", "solicitors", "lawyer", "lawyers", "counsel", "paralegal", "paralegals", "barrister", "barristers", "judge",
  "associate", "associates", "prescriber", "prescribers", "consultants", "matron", "registrar", "registrars", "tutors",
  "headteacher", "chef", "chefs", "housekeeper", "housekeepers", "picker", "pickers", "packer", "packers", "operative",
  "operatives", "foreman", "forewoman", "surveyor", "surveyors", "interviewer", "interviewers", "funder", "funders",
  "adviser", "advisers", "advisor", "advisors", "caseworker", "caseworkers", "officer", "officers", "receptionist",
  "receptionists", "dispatcher", "dispatchers", "controller", "controllers", "planner", "planners", "buyer's",
  "payer", "payers", "debtor", "debtors", "borrower", "borrowers", "claimant", "claimants", "applicant", "applicants",
  "member's", "subscriber", "subscribers", "homeowner", "homeowners", "householder", "householders",
  "farmer", "farmers", "caretaker", "caretakers", "builder", "builders", "occupant", "occupants", "vet", "vets",
] as const;

/** Families in the guide's order, for reports and tests. */
export const SOFT_FAMILIES = Object.keys(SOFT_SKILLS) as SoftFamily[];

/** Each family as a person reads it ("work ethic", not "work-ethic"): reports and the planner name families with these. */
export const SOFT_FAMILY_WORDS: Readonly<Record<SoftFamily, string>> = {
  communication: "communication",
  collaboration: "collaboration",
  adaptability: "adaptability",
  "problem-solving": "problem solving",
  leadership: "leadership",
  "work-ethic": "work ethic",
};

/**
 * Soft-skill behaviours that involve nobody else (deciding, persisting, staying late, changing course):
 * they show how the narrator works, not what they did with people, so they are neither the people side
 * of integration (ANNOTATION.md: "does something with people") nor a people act that carries the work.
 */
export const SOLO_BEHAVIOURS = [
  "decide", "make>made the call", "take>took the decision", "volunteer", "stay>stayed late", "stay>stayed behind", "stay>stayed on",
  "double-check", "persist", "persevere", "own up", "hold>held myself accountable", "meet>met every deadline",
  "go>went the extra mile", "see>saw it through", "commit>committed to", "take>took ownership", "follow through",
  "work>worked weekends", "work>worked through the night", "pivot", "replan", "relearn", "change>changed course",
  "switch>switched approach", "try>tried a different approach", "rethink+", "absorb+", "take>took on", "learn>learned from",
  "pilot", "brainstorm",
] as const;

/**
 * People acts that show little of the soft skill (ANNOTATION.md: "told my manager", "escalated it",
 * "worked with IT"), written as soft-skill lexicon entries. They hold integration at 1, and a people act
 * that only passes the technical work on this way does not make the two skills one chain.
 */
export const THIN_BEHAVIOURS = [
  "tell>told>told+", "inform+", "escalate+", "raise+", "worked with people", "work>worked with+", "update+",
  "report to", "schedule+", "assign+", "delegate", "organize+", "arrange+", "get>got+", "keep>kept+", "start>started+",
  "remind+", "direct+", "help+", "support+", "include+", "involve+", "document+", "ask+", "let>let+", "keep>kept in touch with",
  "stay>stayed in touch with", "keep>kept in contact with", "stay>stayed in contact with",
  // Passing a thing on: "sent the dashboard to the finance team", "shared the report with them", "emailed every employee".
  "share+", "email+",
] as const;

/**
 * Verbs that make any act aimed at people thin: passing word up or along ("alerted the physician") and
 * handing out work ("gave the investigation to teammates"). Calling or emailing is not among them: a
 * call to a customer can be the whole negotiation.
 */
export const THIN_VERBS = [
  "told", "informed", "notified", "alerted", "warned", "escalated", "reported", "updated", "forwarded", "copied", "looped", "flagged",
  "pulled", "gave", "handed", "passed", "assigned", "delegated", "allocated", "asked", "got", "brought", "kept",
  "let", "reminded", "included", "involved", "assembled", "gathered", "sent", "emailed", "shared", "circulated", "mailed",
] as const;

/**
 * Acts of telling that imply a hearer: with no people named ("I proposed moving the jobs", "shared the
 * write-up") they are still thin acts with people, as "told" is; with people named they are full acts.
 */
export const AUDIENCE_VERBS = ["propose", "recommend", "share", "explain", "advise"] as const;

/** Contacting someone or taking the work to them: thin when the person is above the narrator (SUPERIOR_WORDS). */
export const CONTACT_VERBS = ["call", "phone", "email", "contact", "message", "page", "text", "ring", "took", "went", "brought"] as const;

/** People above the narrator, whom word is passed up to ("called my supervisor", "took it to the engineering lead"). */
export const SUPERIOR_WORDS = [
  "manager", "managers", "supervisor", "supervisors", "boss", "physician", "doctor", "lead", "director", "head", "superior",
  "principal", "foreman", "owner", "consultant", "prescriber",
] as const;

/** Before "with the team", the verbs that leave working with people thin ("worked with IT", "liaised with"). */
export const THIN_WITH_VERBS = ["worked", "work", "working", "works", "liaised", "partnered", "collaborated", "coordinated", "communicated", "checked"] as const;
