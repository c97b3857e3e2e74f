// Closed word lists the analyser leans on. All entries are lower case and in
// American spelling (the normaliser folds British forms onto them).

/** Past forms that do not end in -ed; used to spot "I <did something>". */
export const IRREGULAR_PAST = [
  "built", "rebuilt", "ran", "wrote", "rewrote", "made", "remade", "took", "sat", "met", "taught", "led", "brought",
  "bought", "found", "saw", "got", "gave", "went", "set", "put", "cut", "held", "kept", "spent", "sent", "told", "thought",
  "drew", "redrew", "chose", "began", "drove", "rose", "fell", "grew", "knew", "won", "sold", "paid", "left", "heard",
  "understood", "fought", "caught", "beat", "broke", "spoke", "stood", "shut", "hit", "undertook", "oversaw", "withdrew",
  "forgot", "shook", "dug", "fed", "lent", "lost", "meant", "sought", "swapped", "wound", "upheld", "overcame",
  "became", "came", "did", "redid", "had", "was", "were", "threw", "split", "spun", "stuck", "struck", "taught",
  "tore", "woke", "wore", "proofread", "read", "reread", "led", "misled", "outgrew", "withheld", "laid", "mislaid",
  "rode", "bet", "quit", "shed", "slid", "spread", "sped", "strove", "swore", "swept", "flew", "froze", "hid",
  "sank", "sang", "stole", "stung", "dealt", "felt", "rang", "misread", "misunderstood", "mistook", "misheard", "misspoke", "overrode",
  "overran", "overtook", "overheard", "overdid", "underwent", "undid", "foresaw", "retook", "reran", "rewound", "outran",
  // past participles (for the passive: "was written", "were shown")
  "written", "rewritten", "taken", "undertaken", "given", "done", "redone", "seen", "overseen", "shown", "known",
  "grown", "drawn", "chosen", "driven", "spoken", "broken", "begun", "forgotten", "hidden", "risen", "fallen",
  "stolen", "torn", "worn", "frozen", "beaten", "flown", "thrown", "blown", "shaken", "mistaken", "proven", "built",
  "overridden", "overtaken", "undergone", "undone", "foreseen", "retaken",
] as const;

/** First-person verbs that describe being or claiming rather than doing. */
export const NON_ACTION_VERBS = [
  "was", "were", "had", "became", "came", "felt", "believed", "cared", "loved", "enjoyed", "learned", "learnt",
  "thought", "knew", "wanted", "hoped", "liked", "tried", "needed", "seemed", "joined", "started", "worked", "helped",
  "supported", "handled", "drove", "leveraged", "utilized", "spearheaded", "championed", "did", "got", "went",
  "contributed", "participated", "assisted", "improved", "managed", "owned", "oversaw",
] as const;

/** Buzzword padding: words that sound like action but carry none. */
export const BUZZWORDS = [
  "leverage", "leveraged", "leveraging", "synergy", "synergies", "best-in-class", "best in class", "world-class",
  "world class", "data-driven", "customer-centric", "step-change", "step change", "move the needle", "moved the needle",
  "paradigm", "holistic", "game-changer", "game changer", "spearheaded", "thought leadership", "value-add",
  "low-hanging fruit", "circle back", "ecosystem", "disrupt", "disruptive", "ways of working", "end-to-end",
  "best practices", "best practice", "transformation", "transformational", "results-driven", "impactful", "deep dive",
  "north star", "unlock value", "unlocked value", "drive efficiency", "drove efficiency", "drive alignment",
  "stakeholder alignment", "cross-functional synergies", "value creation", "next-level", "cutting-edge", "cutting edge",
  "robust", "seamless", "seamlessly", "innovative", "dynamic", "passionate", "go-getter", "rockstar", "ninja",
  "scalable solutions", "strategic initiatives", "operational excellence", "mission-critical", "optimize processes",
  "synergize", "synergized", "synergizing", "omnichannel", "360-degree", "agile methodologies", "methodologies", "value-driven",
  "future-proof", "future-proofed", "blue-sky",
] as const;

/** Verbs that announce a claim about oneself rather than an event. */
export const CLAIM_ADJECTIVES = [
  "strong", "good", "great", "skilled", "proficient", "expert", "experienced", "excellent", "natural", "passionate",
  "confident", "fluent", "comfortable", "detail-oriented", "hard-working", "hardworking", "people-first", "consultative",
  "seasoned", "adept", "talented", "organized", "reliable", "creative", "analytical", "strategic", "motivated",
  "dedicated", "results-driven", "quick", "fast", "effective", "highly", "very", "really", "extremely", "team",
  "natural-born", "born", "gifted", "capable", "competent", "accomplished", "self-motivated", "versatile",
  "well-organized", "diligent", "meticulous", "empathetic", "collaborative", "committed", "driven", "energetic",
  "curious", "resilient", "adaptable", "flexible", "known", "recognized", "solid", "deep", "extensive", "advanced",
] as const;

/** Nouns that make a claim when the narrator calls themselves one ("a strong communicator"). */
export const CLAIM_NOUNS = [
  "communicator", "leader", "seller", "player", "person", "problem-solver", "problem solver", "learner", "thinker",
  "listener", "self-starter", "perfectionist", "multitasker", "networker", "negotiator", "collaborator", "manager",
  "strength", "strengths", "skills", "skill", "expertise", "background", "experience", "knowledge", "proficiency",
] as const;

/** Words that mark a problem, stake or constraint in the situation. */
export const PROBLEM_WORDS = [
  "complaint", "complaints", "complained", "stalled", "blamed", "failing", "failed", "failure", "failures", "late",
  "delay", "delays", "delayed", "slow", "slower", "backlog", "attrition", "turnover", "scrap", "outage", "outages", "bug",
  "bugs", "error", "errors", "incident", "incidents", "issue", "issues", "problem", "problems", "risk", "risks",
  "deadline", "overdue", "bottleneck", "crept", "refused", "angry", "furious", "frustrated", "frustration",
  "struggling", "struggled", "below", "behind", "missed", "missing", "costly", "expensive", "waste", "wasted", "manual",
  "manually", "retyping", "mismatched", "mismatch", "truncating", "undercut", "competitor", "pressure", "flooded",
  "useless", "trapped", "unlabeled", "couldn't", "cannot", "can't", "unable", "stuck", "broken", "crash", "crashes",
  "crashing", "churn", "churning", "leaving", "leavers", "quit", "losing", "lost", "drop", "dropped", "decline",
  "declining", "falling", "slid", "grown", "rising", "spiked", "spike", "surge", "shortage", "understaffed",
  "under-staffed", "overloaded", "overtime", "escalations", "escalated", "disputes", "dispute", "defects", "defect",
  "rejected", "rejection", "abandoned", "abandon", "confusing", "confused", "inconsistent", "unreliable", "vulnerable",
  "breach", "non-compliant", "audit finding", "fines", "penalty", "deficit", "overspend", "overspent", "over budget",
  "budget", "constraint", "constraints", "without adding", "no budget", "hard", "tight", "only", "limited", "cut-over",
  "go-live", "go live", "critical", "urgent", "blocked", "blocker", "high", "worst", "poor", "rushed", "stale",
  "waited", "waiting", "paused", "cancelled", "canceled", "unsubscribed", "lapsed", "inactive", "dormant", "slipping",
  "overran", "overrun", "stalling", "bounced", "bouncing", "queue", "queues", "wrong", "unhappy", "dissatisfied",
  "uncovered", "unfilled", "gaps", "gap", "patchy", "no-shows", "locked", "lockouts", "lock-outs", "conflict",
  "conflicts", "tension", "disagreement", "disagreed", "friction", "by hand", "on paper", "paper-based",
  "duplicated", "duplicate", "rework", "outdated", "legacy", "fragile", "flaky", "noisy", "complained",
  "wasn't", "weren't", "didn't", "doesn't", "don't", "hadn't", "isn't", "aren't", "wouldn't", "not", "no", "never", "nobody",
  "dropping", "went down", "loss", "losses",
  // Incidents of the emergency and public services: "a run of shed burglaries", "a house fire broke out", "threatening to hurt himself".
  "burglary", "burglaries", "theft", "thefts", "robbery", "robberies", "assault", "assaulted", "break-in", "break-ins",
  "vandalism", "arson", "stabbing", "overdose", "collision", "house fire", "fire broke out", "blaze", "barricaded",
  "threatening", "abuse", "evicted", "eviction", "homeless", "arrears",
] as const;

/** Nouns that place a story somewhere: an organisation, a unit, a product. */
export const SETTING_WORDS = [
  "company", "startup", "start-up", "firm", "business", "hospital", "ward", "clinic", "clinics", "practice", "school",
  "college", "university", "class", "plant", "factory", "warehouse", "store", "shop", "agency", "council", "bank",
  "distributor", "retailer", "charity", "ministry", "department", "team", "platform", "app", "product", "service",
  "site", "centre", "center", "call-centre", "office", "airline", "restaurant", "hotel", "lab", "laboratory", "fintech",
  "insurer", "consultancy", "studio", "newsroom", "publisher", "manufacturer", "supplier", "carrier", "utility",
  "nonprofit", "non-profit", "government", "agency", "unit", "branch", "region", "territory", "portfolio", "project",
  "programme", "program", "account", "accounts", "deal", "checkout", "website", "page", "pipeline", "system", "floor",
  "cafe", "café", "bar", "pub", "kitchen", "job", "placement", "internship", "apprenticeship", "role", "library",
  "depot", "trust", "district", "county", "marketplace", "subscription", "organization", "group", "division",
] as const;

/** Job titles and roles ("as a shift lead", "I was project manager"). */
export const ROLE_WORDS = [
  "manager", "lead", "engineer", "developer", "analyst", "designer", "nurse", "teacher", "assistant", "agent",
  "representative", "rep", "consultant", "director", "cfo", "ceo", "cto", "coo", "vp", "head", "officer", "accountant",
  "recruiter", "pharmacist", "doctor", "physician", "technician", "supervisor", "coordinator", "administrator",
  "specialist", "associate", "intern", "apprentice", "scientist", "researcher", "architect", "owner", "founder",
  "controller", "planner", "buyer", "clerk", "editor", "writer", "producer", "tutor", "lecturer", "principal",
  "paramedic", "therapist", "surgeon", "midwife", "receptionist", "cashier", "chef", "driver", "operator", "executive",
  "partner", "advisor", "adviser", "strategist", "marketer", "salesperson", "seller", "counsellor", "counselor",
  "captain", "cook", "steward", "labourer", "laborer", "constable", "sergeant", "magistrate", "physiotherapist",
  "governor", "traveller", "lender", "banker", "underwriter", "broker", "mechanic", "welder", "installer", "volunteer",
] as const;

/** Verbs whose clause states a finding of analysis, not a result. */
export const FINDING_VERBS = [
  "found", "find", "finds", "saw", "see", "noticed", "notice", "discovered", "discover", "realized", "realize",
  "revealed", "reveal", "reveals", "showed", "show", "shows", "identified", "identify", "spotted", "learned", "diagnosed",
  "calculated", "estimated", "measured", "confirmed", "established", "determined", "traced", "uncovered", "highlighted",
  "indicated", "suggested",
] as const;

/** Words that give a number a direction of change. */
export const DIRECTION_WORDS = [
  "fell", "fall", "falls", "fallen", "dropped", "drop", "drops", "decreased", "decrease", "declined", "decline",
  "reduced", "reduce", "reduces", "reduction", "reducing", "cut", "cuts", "cutting", "lowered", "lower", "shrank",
  "shrunk", "shortened", "halved", "halving", "rose", "rise", "risen", "rises", "grew", "grow", "grown", "growth",
  "increased", "increase", "increases", "increasing", "improved", "improve", "improvement", "improving", "boosted",
  "boost", "raised", "doubled", "tripled", "quadrupled", "climbed", "jumped", "up", "down", "saved", "save", "saving",
  "savings", "removed", "eliminated", "recovered", "gained", "gain", "fewer", "more", "less", "higher", "faster",
  "quicker", "slower", "shorter", "longer", "better", "went", "moved", "back", "from", "plummeted", "soared", "slashed",
  "trimmed", "avoided", "freed", "won", "secured", "generated", "added", "closed", "signed", "kept", "retained",
  "reached", "hit", "exceeded", "beat", "achieved", "completed", "lifted", "accelerated", "sped", "narrowed", "widened",
  "halve", "double", "triple", "cleared", "resolved", "recouped", "earned", "landed", "converted", "reactivated",
] as const;

/** Named metrics that count as a measured outcome when a value is reported after the action. */
export const METRIC_WORDS = [
  "auc", "accuracy", "precision", "recall", "f1", "nps", "csat", "uptime", "availability", "conversion", "churn",
  "retention", "reactivation", "activation", "latency", "throughput", "margin", "revenue", "sales", "profit", "cost",
  "costs", "spend", "savings", "score", "scores", "rating", "satisfaction", "engagement", "attendance", "occupancy",
  "utilization", "yield", "otif", "arr", "mrr", "ltv", "cac", "roi", "error", "errors", "defect", "defects", "scrap",
  "attrition", "turnover", "time-to-hire", "aht", "sla", "response", "resolution", "open", "click-through", "ctr",
  "bounce", "pass", "grade", "grades", "average", "median", "p95", "p99", "win", "renewal", "adoption", "usage",
  "downtime", "incidents", "tickets", "complaints", "refunds", "returns", "backlog", "wait", "waiting", "cycle",
  "lead-time", "readmissions", "readmission", "mortality", "infections", "falls", "errors", "sign-ups", "signups",
  "orders", "bookings", "traffic", "visits", "sessions", "users", "customers", "subscribers", "pipeline", "bookings",
] as const;

/** Referents too vague to name a metric ("10x value", "things improved"). */
export const VAGUE_REFERENTS = [
  "value", "things", "thing", "everything", "results", "efficiency", "synergies", "outcomes", "impact", "performance",
  "alignment", "productivity", "it", "this", "that", "stuff", "morale", "success", "growth",
] as const;

/** Outcome verbs and phrases with no number: partial results. */
export const VAGUE_OUTCOMES = [
  "improved", "got better", "went well", "worked out", "paid off", "was a success", "were a success", "succeeded",
  "was faster", "were faster", "was quicker", "became faster", "was better", "were better", "liked it", "loved it",
  "were happy", "was happy", "were pleased", "was pleased", "thanked", "praised", "adopted", "opted in", "approved",
  "amended", "was amended", "went live", "was ready", "was cleared", "were cleared", "stopped", "reused", "promoted",
  "closed it", "closed the deal", "won the deal", "won the contract", "was resolved", "were resolved", "increased",
  "decreased", "reduced", "rose", "fell", "grew", "dropped", "went up", "went down", "gone up", "gone down", "came down", "moved up", "was lower", "were lower", "sped up", "was smoother",
  "became smoother", "was fixed", "were fixed", "nobody had to", "no one had to", "no longer", "went smoothly",
  "turned around", "turned it around", "turned things around", "was solved", "were solved", "signed off", "signed", "kept", "retained", "renewed", "hit the target",
  "met the deadline", "on time", "was praised", "got positive feedback", "positive feedback", "was adopted",
  "were adopted", "was rolled out", "was accepted", "accepted", "agreed to", "changed their", "started using",
  "began using", "now use", "now uses", "now used", "started planning", "began planning", "more confident",
  "was recognized", "won an award", "got promoted", "was promoted", "happier", "found it useful", "found it helpful",
  "found it valuable", "found them useful", "found them helpful", "appreciated it", "were faster", "got faster",
  "cleared", "completed", "became", "let us", "let me", "allowed us", "enabled", "turned out well",
  "is more", "are more", "was more", "were more", "is now", "are now", "now takes", "now runs", "now run", "easier",
  "smoother", "more reliable", "more stable", "more scalable", "much better", "much faster",
  "sorted out", "sorted it out", "sorted them out", "hit every target", "met every target", "hit our target",
  "hit our targets", "hit the targets", "got quicker", "got easier", "got better", "get better", "things improved", "was lifted", "were lifted",
  "went down well", "paid for itself", "stopped happening", "disappeared", "it worked", "that worked", "took off",
  "caught on", "was well received", "were well received", "was solved", "got sorted", "was sorted", "calmed down",
  "settled down", "came back", "renewed their contract", "signed up", "bought in", "were delighted",
  "up and running", "running again", "working again", "back online", "back in service", "back to normal", "back on track",
  "was back up", "were back up", "back up within",
  "was grateful", "were grateful", "was very grateful", "were very grateful", "was really grateful", "were really grateful",
  "went away", "saw an increase", "saw a rise", "saw a drop", "saw a fall", "saw a reduction",
  "saw an improvement", "saw a significant increase", "saw a marked improvement", "saw a big improvement",
  // outcomes without numbers: others changed course, things got calmer, a decision or policy moved
  "were redrawn", "was redrawn", "were changed", "was changed", "were updated", "was updated", "was extended",
  "were extended", "was expanded", "were expanded", "was funded", "was reversed", "was overturned", "migrated", "was put right", "were put right",
  "switched over", "moved over", "changed its", "changed course", "changed the decision", "calmer", "quieter",
  "less stressful", "less chaotic", "eased", "tension eased", "settled", "calmed", "was strong", "were strong", "really strong", "very strong", "sold out",
  "fully booked", "oversubscribed", "started putting", "started sending", "started asking", "started coming",
  "began sending", "began asking", "took it up", "took up", "rolled it out", "made it standard", "became standard",
  "became the standard", "became policy", "was written into", "wrote it into", "was built into", "kept using",
  "still use", "still uses", "still used", "asked for more", "asked me to", "was asked to roll", "picked it up",
] as const;

/** Connectives and time markers that tie an act to what followed. */
export const CAUSAL_CONNECTIVES = [
  "so that", "so", "which led to", "that led to", "led to", "leading to", "which meant", "meaning", "resulting in",
  "which resulted in", "as a result", "because", "thanks to", "so when", "which let", "which allowed", "allowing",
  "enabling", "which enabled", "after that", "afterwards", "since then", "from then on", "now", "once", "until",
  "it started when", "this started when", "that started when", "in turn", "consequently", "therefore", "then",
  "which cut", "which saved", "which freed", "which reduced", "which raised", "which increased", "which helped",
  "by the end", "by the time", "in the end", "eventually", "as a consequence", "this meant", "that meant",
] as const;

/**
 * Limits and times a story worked within, told in words rather than numbers (ANNOTATION.md, context: "the
 * time frame, the constraint"). Each entry is a regular expression over the text (matched case-insensitively,
 * at word boundaries) and what it names. Measured in the tenth round: README, "Measured figures".
 */
export const CONSTRAINT_PATTERNS: readonly (readonly [pattern: string, why: string])[] = [
  ["only (?:had |have |got )?(?:a few|a couple of|one|two|three|four|five|\\d+|partial|limited|half)", "a limit on people, time or means"],
  ["with (?:just|only) (?:a|one|two|three|\\d+)", "a limit on people, time or means"],
  ["short-staffed|understaffed|short-handed|skeleton (?:crew|staff)|stretched thin", "too few people"],
  ["(?:off|out|called in) sick|on (?:leave|holiday|vacation)", "someone away"],
  ["(?:no|limited|tight|small|fixed) budget", "a budget limit"],
  ["tight (?:deadline|timeline|schedule|window)|short (?:notice|timeline|deadline)", "little time"],
  ["before the (?:deadline|launch|audit|inspection|release|go-live|opening|event|game|show)", "a deadline"],
  ["sold out|fully booked|at capacity", "no room to spare"],
  ["had never (?:done|used|worked|handled|led|run)", "no experience of it"],
  ["in the middle of (?:a|the|our)", "when it happened"],
  ["last (?:year|month|week|summer|winter|spring|autumn|fall|semester|quarter|term)|earlier this year", "when it happened"],
  ["without (?:compromising|disrupting|affecting|losing|delaying|extra)", "a condition to keep"],
];

/** Phrases that mark the task or goal part of a STAR story. */
export const TASK_MARKERS = [
  "i was asked to", "i was tasked with", "my task was", "my job was", "my goal was", "my role was", "my part was",
  "my brief was", "i needed to", "i had to", "i owned", "i was responsible for", "responsible for", "the goal was",
  "our goal was", "we needed to", "we had to", "the task was", "i was given", "i set out to", "i decided to",
  "i wanted to", "the aim was", "my aim was", "i was hired to", "i was brought in to", "my responsibility",
  "i took on", "i volunteered to", "was asked to", "were asked to", "was tasked with", "were tasked with",
  "asked me to", "was hired to", "was brought in to",
] as const;

/** Sentence openers that name their STAR part outright ("My task was...", "As a result..."). */
export const STAR_MARKERS = {
  situation: ["the situation was", "the situation", "the context was", "the background was", "the problem was", "the challenge was", "the issue was", "it was during", "the setting was"],
  task: ["my task was", "the task was", "my job was", "my goal was", "my role was", "my responsibility was", "my responsibility", "i was tasked with", "i was asked to", "my objective was", "the goal was", "the aim was", "my aim was", "my brief was"],
  action: ["what i did was", "the action i took", "my approach was", "my first step was", "first i", "to do this i", "to fix this i", "so i", "i started by", "i began by"],
  result: ["as a result", "the result was", "the results were", "the outcome was", "in the end", "consequently", "ultimately", "by the end", "the upshot was", "as a consequence", "this resulted in", "that resulted in", "the impact was", "this led to", "that led to"],
} as const;

/** Spelled-out numbers. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1000, million: 1e6, billion: 1e9, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000, half: 0.5,
  quarter: 0.25, third: 0.33, twice: 2, double: 2, doubled: 2, triple: 3, tripled: 3, quadrupled: 4, halved: 0.5,
  tenfold: 10, none: 0, nobody: 0,
};

/** Ordinals (used for "in their first week instead of their fourth"). */
export const ORDINAL_WORDS = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth",
] as const;

/** Units of time: a number with one of these is a duration unless it is what changed. */
export const TIME_UNITS = [
  "second", "seconds", "sec", "secs", "s", "ms", "millisecond", "milliseconds", "minute", "minutes", "min", "mins",
  "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
  "quarters", "shift", "shifts", "sprint", "sprints", "semester", "term", "terms", "night", "nights", "weekend",
  "weekends", "season", "decade", "decades", "am", "pm",
] as const;

/** Nouns that make a number a head-count (team size, class size) rather than a result. */
export const HEADCOUNT_NOUNS = [
  "person", "people", "engineers", "engineer", "agents", "staff", "employees", "members", "nurses", "reports", "pupils",
  "students", "developers", "analysts", "designers", "teachers", "volunteers", "delegates", "attendees", "beds", "bed",
  "seats", "doctors", "clinicians", "drivers", "reps", "accountants", "contractors", "managers", "leads", "teams",
  "stores", "sites", "clinics", "branches", "offices", "countries", "schools", "wards", "hospitals", "pharmacies",
] as const;

/** Idioms where a number is a figure of speech. */
export const FIGURE_OF_SPEECH_AFTER = [
  "committed", "sure", "focused", "dedicated", "certain", "confident", "behind", "effort", "honest", "invested",
] as const;
