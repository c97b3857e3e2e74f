// The planner's data: the guide's tables (role types, lead/also/safe weakness by
// position, safe weaknesses by role, strength pairs) in our own words, plus the
// thresholds the planner's rules use. Source: ../shared/seed/guide.txt.
// Hard-skill terms and soft-skill behaviours are not repeated here: they come
// from lib/grader/lexicon; this file only names grader behaviours by lemma.
import type { Band, HardField, SoftFamily } from "@/lib/grader";

export type SkillCategory = "hard" | "soft";

export const ROLE_TYPES = ["technical", "customer", "leadership", "balanced"] as const;
export type RoleType = (typeof ROLE_TYPES)[number];

/**
 * What each role type values most. `primary` is the category strengths lead
 * with and weaknesses must avoid; null means the bank decides (balanced roles).
 * Customer-facing roles weigh both equally in the mix, but the guide's position
 * table has sales, support and account managers lead with people skills, so
 * their primary category is soft.
 */
export const ROLE_TYPE_PROFILE = {
  technical: {
    label: "technical or specialist role",
    primary: "hard",
    leadWith: "technical depth, supported by the soft skills that let it land",
    leadFamilies: [],
    avoidWeaknessFamilies: ["collaboration"],
  },
  customer: {
    label: "customer-facing role",
    primary: "soft",
    leadWith: "relationship building, persuasion and resilience, backed by product knowledge",
    leadFamilies: ["collaboration", "communication"],
    avoidWeaknessFamilies: ["communication", "collaboration"],
  },
  leadership: {
    label: "leadership or management role",
    primary: "soft",
    leadWith: "people leadership, communication and judgement, with enough technical context to guide a team",
    leadFamilies: ["leadership", "communication"],
    avoidWeaknessFamilies: ["leadership", "communication"],
  },
  balanced: {
    label: "balanced role",
    primary: null,
    leadWith: "whichever side the bank proves best, with the other close behind",
    leadFamilies: [],
    avoidWeaknessFamilies: [],
  },
} as const satisfies Record<
  RoleType,
  {
    label: string;
    primary: SkillCategory | null;
    leadWith: string;
    /** Soft families a soft primary strength is drawn from first, when two strong stories back one. */
    leadFamilies: readonly SoftFamily[];
    avoidWeaknessFamilies: readonly SoftFamily[];
  }
>;

/** The guide's position table for customer-facing work, kept for the plan page's hints. */
export const CUSTOMER_POSITIONS = [
  {
    position: "Sales",
    leadWith: "building relationships, persuading, bouncing back from a lost deal",
    alsoEmphasise: "knowing the product and the market",
    safeWeakness: "technical depth in areas customers never see",
  },
  {
    position: "Customer support",
    leadWith: "empathy, patience, working the problem",
    alsoEmphasise: "product expertise and troubleshooting",
    safeWeakness: "long-range strategic planning or data analysis",
  },
  {
    position: "Account management",
    leadWith: "clear communication, strategic thinking, earning trust",
    alsoEmphasise: "industry knowledge and business sense",
    safeWeakness: "the details of technical implementation",
  },
] as const;

/** How much each band counts when the bank's emphasis is averaged: strong stories carry it. */
export const BAND_WEIGHT = { strong: 3, fair: 1.5, weak: 0.5 } as const satisfies Record<Band, number>;

/** A bank whose hard share is within this distance of the target counts as balanced. */
export const BALANCE_TOLERANCE = 0.1;

/** How many stories a balance or coverage suggestion lists at most. */
export const MAX_SUGGESTIONS = 3;

/** Strong stories a primary strength needs behind it (the guide: "backed by" more than one example). */
export const MIN_STRONG_FOR_PRIMARY = 2;

/**
 * A story that is the best answer to more than this many questions gets a
 * warning: a typical interview asks five to eight behavioural questions, so a
 * story carrying more than five would be told twice in one sitting.
 */
export const OVERUSE_LIMIT = 5;

/** A posting leans to one side when that side has at least this share of its skill terms. */
export const POSTING_LEAN = 0.6;

export type SafeWeakness = {
  id: string;
  label: string;
  category: SkillCategory;
  /** The guide's example role this comes from. */
  example: string;
  /** Grader behaviour lemmas that, used in a strong story, prove the opposite. */
  behaviours: readonly string[];
  /** Hard-skill terms (grader display names) that, used in a strong story, prove the opposite. */
  terms: readonly string[];
  family?: SoftFamily;
  field?: HardField;
  /** A sample plan with an action and a time frame, so an accepted proposal passes its own check. */
  plan: string;
  whySafe: string;
};

/** Safe weaknesses by role type, most broadly safe first. Written from the guide's table of safe weaknesses by role. */
export const SAFE_WEAKNESSES = {
  technical: [
    {
      id: "public-speaking",
      label: "speaking to large audiences",
      category: "soft",
      example: "software engineer",
      family: "communication",
      behaviours: ["present", "presentation", "address", "pitch"],
      terms: [],
      plan: "I joined a Toastmasters club and give a short talk there every two weeks; next quarter I am presenting at our team's demo day.",
      whySafe: "the role is judged on building things; talking to a big room is a bonus, not the job",
    },
    {
      id: "networking",
      label: "building a network outside my own team",
      category: "soft",
      example: "software engineer",
      family: "collaboration",
      behaviours: ["introduce", "connect"],
      terms: [],
      plan: "I go to one local meetup a month and set up a coffee with someone from another team every two weeks.",
      whySafe: "day-to-day work happens inside the team, so a thin outside network does not slow delivery",
    },
    {
      id: "executive-communication",
      label: "pitching to senior executives",
      category: "soft",
      example: "software engineer, data analyst",
      family: "communication",
      behaviours: ["pitch", "brief", "make the case"],
      terms: [],
      plan: "I asked my manager to let me brief the director on our project each month, and I rehearse the one-page summary with her the week before.",
      whySafe: "engineers and analysts rarely own the executive conversation early on",
    },
    {
      id: "niche-technology",
      label: "a niche technology the team does not use yet",
      category: "hard",
      example: "software engineer",
      behaviours: [],
      terms: [],
      plan: "I am working through an online course on it for two hours a week and will ship a small side project with it by the end of next month.",
      whySafe: "it sits at the edge of the stack, and the core skills are already proven",
    },
  ],
  customer: [
    {
      id: "product-internals",
      label: "the technical detail behind the product or service",
      category: "hard",
      example: "sales representative, customer support",
      behaviours: [],
      terms: [],
      plan: "I sit in with one of our specialists for an hour every two weeks and keep notes on how the product works underneath.",
      whySafe: "customers need answers and trust; specialists stay one message away for the deep detail",
    },
    {
      id: "data-analysis",
      label: "deep data analysis",
      category: "hard",
      example: "customer support",
      field: "data",
      behaviours: [],
      terms: ["SQL", "data analysis", "statistics", "pandas"],
      plan: "I am taking an evening SQL course, one module a week, and will build my own ticket-trend report by the end of the quarter.",
      whySafe: "the analysts own the numbers; the role owns the customer",
    },
    {
      id: "too-friendly",
      label: "getting too personal with clients",
      category: "soft",
      example: "sales representative",
      family: "collaboration",
      behaviours: [],
      terms: [],
      plan: "I now write a short agenda before every client call and review it with my manager once a month to keep the relationship professional.",
      whySafe: "it is the overdone version of the role's key strength, and easy to fix",
    },
  ],
  leadership: [
    {
      id: "hands-on-code",
      label: "being less hands-on with the latest code",
      category: "hard",
      example: "engineering manager",
      field: "technology",
      behaviours: [],
      terms: [],
      plan: "I pair with one engineer for half a day every sprint and read every design document before review, so my context stays current.",
      whySafe: "the role succeeds through the team's execution, not the manager's own commits",
    },
    {
      id: "implementation-detail",
      label: "advanced technical implementation",
      category: "hard",
      example: "project manager",
      behaviours: [],
      terms: [],
      plan: "I finished an introductory cloud course last month and now sit in on one architecture review a week to keep up.",
      whySafe: "project managers coordinate the work; specialists carry out the technical detail",
    },
    {
      id: "saying-no",
      label: "saying no to stakeholders early enough",
      category: "soft",
      example: "project manager",
      family: "communication",
      behaviours: [],
      terms: [],
      plan: "I now write down the scope trade-off for every new request within two days and review it with the sponsor in our weekly check-in.",
      whySafe: "it is a narrow habit within communication, not the whole skill, and it comes with a working fix",
    },
  ],
  balanced: [
    {
      id: "niche-tool",
      label: "a specialist tool outside my main field",
      category: "hard",
      example: "any role",
      behaviours: [],
      terms: [],
      plan: "I am taking a short online course for two hours a week and will use the tool on a real task by the end of next month.",
      whySafe: "it is narrow, learnable and away from the core of the job",
    },
    {
      id: "public-speaking",
      label: "speaking to large audiences",
      category: "soft",
      example: "any role",
      family: "communication",
      behaviours: ["present", "presentation", "address", "pitch"],
      terms: [],
      plan: "I joined a Toastmasters club and give a short talk there every two weeks; next quarter I am presenting at our all-hands.",
      whySafe: "it is a narrow slice of communication, and it has a clear practice plan",
    },
  ],
} as const satisfies Record<RoleType, readonly SafeWeakness[]>;

/**
 * Behaviours the guide says never to offer as a weakness early in a career:
 * basic professional habits. A weakness in these families warns at entry stage.
 */
export const ENTRY_AVOID_WEAKNESS_FAMILIES = ["work-ethic"] as const satisfies readonly SoftFamily[];

/**
 * The guide's pairs of a primary strength and its complement, as fields and
 * families so the planner can prefer a complement that makes one of them.
 */
export const STRENGTH_PAIRS = [
  { hard: "data", soft: "communication", impact: "the analysis changes decisions because the people deciding understand it" },
  { hard: "technology", soft: "collaboration", impact: "the technical solution fits what the business needs, not only what is elegant" },
  { hard: "finance", soft: "communication", impact: "the model shapes strategy because executives can read what it implies" },
  { hard: "sales", soft: "collaboration", impact: "clients trust you, and your recommendations are informed" },
  { hard: "support", soft: "collaboration", impact: "customers trust the advice because it is backed by real product knowledge" },
  { hard: "engineering", soft: "leadership", impact: "the team is led with a grip on what can really be built" },
  { hard: "technology", soft: "leadership", impact: "the team is led with a grip on what can really be built" },
  { hard: "operations", soft: "collaboration", impact: "disputes end in better processes, not just a truce" },
] as const satisfies readonly { hard: HardField; soft: SoftFamily; impact: string }[];

/** Soft-skill words as postings and weaknesses write them (nouns and adjectives), by family. */
export const SOFT_TERMS = {
  communication: [
    { phrase: "communication skills", behaviours: [] },
    { phrase: "communication", behaviours: [] },
    { phrase: "communicator", behaviours: [] },
    { phrase: "communicate", behaviours: [] },
    { phrase: "communicating", behaviours: [] },
    { phrase: "written and verbal", behaviours: [] },
    { phrase: "presentation skills", behaviours: ["present", "presentation"] },
    { phrase: "public speaking", behaviours: ["present", "presentation", "address", "pitch"] },
    { phrase: "speaking to large audiences", behaviours: ["present", "presentation", "address", "pitch"] },
    { phrase: "presenting", behaviours: ["present", "presentation"] },
    { phrase: "executive communication", behaviours: ["pitch", "brief", "make the case"] },
    { phrase: "executive presence", behaviours: ["pitch", "brief", "make the case"] },
    { phrase: "pitching", behaviours: ["pitch"] },
    { phrase: "stakeholder management", behaviours: ["update", "brief", "consult"] },
    { phrase: "active listening", behaviours: ["listen"] },
    { phrase: "listening", behaviours: ["listen"] },
    { phrase: "persuasion", behaviours: ["persuade", "convince"] },
    { phrase: "persuasive", behaviours: ["persuade", "convince"] },
    { phrase: "negotiation", behaviours: ["negotiate"] },
    { phrase: "storytelling", behaviours: ["storytell"] },
    { phrase: "explain complex", behaviours: ["explain", "simplify", "translate"] },
    { phrase: "translating technical findings", behaviours: ["explain", "simplify", "translate"] },
    { phrase: "saying no", behaviours: [] },
  ],
  collaboration: [
    { phrase: "collaboration", behaviours: ["collaborate"] },
    { phrase: "collaborative", behaviours: ["collaborate"] },
    { phrase: "teamwork", behaviours: [] },
    { phrase: "team player", behaviours: [] },
    { phrase: "cross-functional", behaviours: [] },
    { phrase: "conflict resolution", behaviours: ["mediate", "resolve the conflict", "resolve the dispute", "de-escalate"] },
    { phrase: "resolving conflict", behaviours: ["mediate", "resolve the conflict", "resolve the dispute", "de-escalate"] },
    { phrase: "empathy", behaviours: ["empathize"] },
    { phrase: "empathetic", behaviours: ["empathize"] },
    { phrase: "relationship building", behaviours: ["build trust"] },
    { phrase: "building relationships", behaviours: ["build trust"] },
    { phrase: "build relationships", behaviours: ["build trust"] },
    { phrase: "networking", behaviours: ["introduce", "connect"] },
    { phrase: "building a network", behaviours: ["introduce", "connect"] },
    { phrase: "compromise", behaviours: ["compromise"] },
    { phrase: "patience", behaviours: [] },
  ],
  adaptability: [
    { phrase: "adaptability", behaviours: ["adapt"] },
    { phrase: "adaptable", behaviours: ["adapt"] },
    { phrase: "flexibility", behaviours: [] },
    { phrase: "learning agility", behaviours: ["upskill", "relearn"] },
    { phrase: "learn quickly", behaviours: ["upskill", "relearn"] },
    { phrase: "fast learner", behaviours: ["upskill", "relearn"] },
    { phrase: "resilience", behaviours: [] },
    { phrase: "resilient", behaviours: [] },
    { phrase: "open-minded", behaviours: [] },
    { phrase: "ambiguity", behaviours: ["pivot", "replan"] },
    { phrase: "fast-paced", behaviours: [] },
  ],
  "problem-solving": [
    { phrase: "problem-solving", behaviours: [] },
    { phrase: "problem solver", behaviours: [] },
    { phrase: "critical thinking", behaviours: ["challenge", "question"] },
    { phrase: "analytical thinking", behaviours: [] },
    { phrase: "creativity", behaviours: ["brainstorm"] },
    { phrase: "creative", behaviours: ["brainstorm"] },
    { phrase: "resourcefulness", behaviours: [] },
    { phrase: "resourceful", behaviours: [] },
  ],
  leadership: [
    { phrase: "leadership", behaviours: [] },
    { phrase: "people management", behaviours: ["mentor", "coach", "delegate"] },
    { phrase: "line management", behaviours: ["mentor", "coach", "delegate"] },
    { phrase: "direct reports", behaviours: ["mentor", "coach", "delegate"] },
    { phrase: "mentoring", behaviours: ["mentor"] },
    { phrase: "mentor", behaviours: ["mentor"] },
    { phrase: "coach", behaviours: ["coach"] },
    { phrase: "mentorship", behaviours: ["mentor"] },
    { phrase: "coaching", behaviours: ["coach"] },
    { phrase: "delegation", behaviours: ["delegate"] },
    { phrase: "delegating", behaviours: ["delegate"] },
    { phrase: "decision-making", behaviours: ["decide", "make the call", "take the decision"] },
    { phrase: "strategic thinking", behaviours: ["set the direction"] },
    { phrase: "strategic planning", behaviours: ["set the direction"] },
    { phrase: "influence without authority", behaviours: ["champion", "advocate"] },
    { phrase: "influencing", behaviours: ["champion", "advocate"] },
    { phrase: "motivating", behaviours: ["motivate", "inspire"] },
    { phrase: "hiring", behaviours: ["hire", "recruit"] },
    { phrase: "vision", behaviours: ["set the direction"] },
  ],
  "work-ethic": [
    { phrase: "work ethic", behaviours: [] },
    { phrase: "reliability", behaviours: [] },
    { phrase: "reliable", behaviours: [] },
    { phrase: "punctuality", behaviours: [] },
    { phrase: "time management", behaviours: [] },
    { phrase: "accountability", behaviours: ["take ownership"] },
    { phrase: "ownership", behaviours: ["take ownership"] },
    { phrase: "attention to detail", behaviours: ["double-check"] },
    { phrase: "self-starter", behaviours: ["volunteer"] },
    { phrase: "self-motivated", behaviours: [] },
    { phrase: "meet deadlines", behaviours: ["meet every deadline"] },
    { phrase: "persistence", behaviours: ["persist", "persevere"] },
    { phrase: "professionalism", behaviours: [] },
  ],
} as const satisfies Record<SoftFamily, readonly { phrase: string; behaviours: readonly string[] }[]>;

/** Words in a posting that say which kind of role it is. */
export const ROLE_SIGNALS = {
  leadership: [
    "direct reports", "people management", "line management", "manage a team", "managing a team", "lead a team",
    "leading a team", "build the team", "grow the team", "hiring", "performance reviews", "head of", "director",
    "engineering manager", "team lead", "headcount",
  ],
  customer: [
    "customer", "customers", "client", "clients", "account management", "accounts", "quota", "sales", "support tickets",
    "customer success", "renewals", "end users", "patients",
  ],
} as const satisfies Record<"leadership" | "customer", readonly string[]>;

/** Signals a role type needs before the posting is read as that type. */
export const ROLE_SIGNAL_MIN = 2;

/** Words that make an improvement plan concrete: something the person is doing. */
export const PLAN_ACTION_WORDS = [
  "course", "class", "classes", "toastmasters", "practice", "practise", "practising", "practicing", "mentor", "coach",
  "workshop", "book", "certification", "certificate", "volunteer", "volunteered", "joined", "join", "enrolled",
  "signed up", "taking", "attend", "attending", "shadow", "pair", "pairing", "rehearse", "rehearsing", "present",
  "presenting", "study", "studying", "read", "reading", "asked", "ask", "schedule", "scheduled", "set up", "meetup",
  "feedback", "review", "finished", "completed", "build", "ship", "write", "writing", "sit in",
] as const;

/** Words that give an improvement plan a time frame (numbers with a time unit are matched separately). */
export const PLAN_TIME_WORDS = [
  "daily", "weekly", "fortnightly", "monthly", "quarterly", "every day", "every week", "every month", "every sprint",
  "each week", "each month", "each sprint", "this quarter", "next quarter", "this month", "next month", "this year",
  "by the end of", "since january", "since last", "last month", "last quarter", "twice a", "once a",
] as const;

export const TIME_UNITS = ["day", "week", "month", "quarter", "year", "sprint", "hour", "minute"] as const;
