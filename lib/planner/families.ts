// Field families: what interviewers in each line of work look for, the weaknesses that are safe to
// offer there, and the behavioural questions they tend to ask, in our own words. The guide's tables
// (../shared/seed/guide.txt) are written for technical, customer-facing and leadership roles; they
// stay in ./tables.ts as the "general" family, used when no field is chosen or can be guessed.
// Source for the fields' hard skills: the guide's "Common Hard Skills by Role Type" (technology,
// finance, healthcare, engineering); the rest is ours. Blind spot: a family is a broad brush (a
// hospital accountant sits between healthcare and finance): the profile lets the user choose.
import type { HardField, SoftFamily } from "@/lib/grader";

import { QUESTIONS, type Question } from "./questions";
import type { RoleType, SafeWeakness, SkillCategory } from "./tables";

export const FIELD_FAMILY_IDS = [
  "software-data",
  "healthcare",
  "education",
  "trades-engineering",
  "finance",
  "sales-marketing",
  "retail-hospitality",
  "public-sector",
  "operations-logistics",
  "leadership",
  "general",
] as const;
export type FieldFamilyId = (typeof FIELD_FAMILY_IDS)[number];

/** What interviewers in the field look for: a hard-skill field or a soft-skill family, in the field's words. */
export type FamilyStrength = {
  label: string;
  category: SkillCategory;
  /** The bank's evidence for it: stories using a hard skill in one of these fields, or showing one of these families. */
  fields?: readonly HardField[];
  families?: readonly SoftFamily[];
  why: string;
};

export type FamilyWeakness = SafeWeakness & {
  /** Offered only to these role types (a manager can be "less hands-on"; a new starter cannot). */
  roles?: readonly RoleType[];
};

export type FieldFamily = {
  id: FieldFamilyId;
  label: string;
  /** Who it is for, as the profile's hint shows it. */
  examples: string;
  /** Grader hard-skill fields whose stories suggest this family when the profile leaves it to a guess. */
  guessFields: readonly HardField[];
  /** The core of the field: a safe weakness may touch none of these. */
  core: { fields: readonly HardField[]; families: readonly SoftFamily[]; words: readonly string[] };
  strengths: readonly FamilyStrength[];
  /** Empty for "general": its weaknesses come from the guide's table for the role type (tables.ts SAFE_WEAKNESSES). */
  weaknesses: readonly FamilyWeakness[];
  /** Questions typical of the field, asked before the common set. */
  questions: readonly Question[];
};

export const FIELD_FAMILIES = [
  {
    id: "software-data",
    label: "Software and data",
    examples: "developers, data analysts, testers, IT support, product people",
    guessFields: ["technology", "data"],
    core: {
      fields: ["technology", "data"],
      families: ["problem-solving", "collaboration"],
      words: ["code", "coding", "programming", "debugging", "testing", "sql", "data analysis", "problem solving", "teamwork"],
    },
    strengths: [
      { label: "building and fixing systems that hold up in real use", category: "hard", fields: ["technology"], why: "the work is judged on what ships and keeps running" },
      { label: "turning data into a decision", category: "hard", fields: ["data"], why: "teams want evidence, not opinions, before they change a product" },
      { label: "finding the real cause of a problem", category: "soft", families: ["problem-solving"], why: "most of the job is working out why something misbehaves" },
      { label: "explaining technical work to people outside the team", category: "soft", families: ["communication"], why: "work only lands when the people who use it understand it" },
    ],
    weaknesses: [
      {
        id: "sd-public-speaking",
        label: "speaking to large audiences",
        category: "soft",
        example: "developer, analyst",
        family: "communication",
        behaviours: ["present", "presentation", "address", "pitch"],
        terms: [],
        plan: "I give a short talk at our fortnightly demo and joined a Toastmasters club that meets every week.",
        whySafe: "the role is judged on building things; a big room is a bonus, not the job",
      },
      {
        id: "sd-executive-communication",
        label: "pitching to senior executives",
        category: "soft",
        example: "developer, analyst",
        family: "communication",
        behaviours: ["pitch", "brief", "make the case"],
        terms: [],
        plan: "I asked my manager to let me brief the director on our project each month, and I rehearse the one-page summary with her the week before.",
        whySafe: "engineers and analysts rarely own the executive conversation early on",
      },
      {
        id: "sd-niche-technology",
        label: "a niche technology the team does not use yet",
        category: "hard",
        example: "developer",
        behaviours: [],
        terms: [],
        plan: "I spend two hours a week on an online course and will ship a small side project with it by the end of next month.",
        whySafe: "it sits at the edge of the stack, and the core skills are already proven",
      },
      {
        id: "sd-finance-detail",
        label: "reading a company's financial statements",
        category: "hard",
        example: "developer, analyst",
        field: "finance",
        behaviours: [],
        terms: [],
        plan: "I am working through a short accounting course, one module a week, and review our quarterly numbers with a finance colleague each quarter.",
        whySafe: "finance owns the accounts; engineers and analysts only need the headline numbers",
      },
    ],
    questions: [
      { id: "sd-outage", theme: "software and data", text: "Tell me about a time something you built broke in production. What did you do first?", families: ["problem-solving", "communication"], needsHard: ["technology", "data"], competency: "handling an incident", situations: ["setback"] },
      { id: "sd-tradeoff", theme: "software and data", text: "Describe a time you disagreed with a colleague about a technical approach.", families: ["collaboration", "communication"], competency: "settling a technical disagreement", situations: ["conflict"] },
      { id: "sd-data-doubt", theme: "software and data", text: "Tell me about a finding from data that people did not want to believe.", families: ["communication"], needsHard: ["data"], competency: "changing minds with data", situations: ["persuasion"] },
      { id: "sd-ship-late", theme: "software and data", text: "Tell me about cutting scope to ship on time.", families: ["problem-solving", "communication"], needsHard: true, competency: "trading scope for time", situations: ["time-pressure"] },
    ],
  },
  {
    id: "healthcare",
    label: "Healthcare",
    examples: "nurses, midwives, doctors, pharmacists, therapists, care workers",
    guessFields: ["healthcare"],
    core: {
      fields: ["healthcare"],
      families: ["collaboration", "work-ethic"],
      words: ["patient", "clinical", "medication", "safety", "care", "teamwork", "empathy", "compassion", "handover", "escalat"],
    },
    strengths: [
      { label: "safe, skilled clinical practice", category: "hard", fields: ["healthcare"], why: "panels look first for safe hands: assessment, medicines and procedures done right" },
      { label: "working closely with the wider care team", category: "soft", families: ["collaboration"], why: "care is delivered by a team across shifts, and handovers are where harm creeps in" },
      { label: "calm, clear communication with patients and families", category: "soft", families: ["communication"], why: "people under stress need plain words and to feel heard" },
      { label: "spotting and escalating a change early", category: "soft", families: ["problem-solving", "work-ethic"], why: "recognising deterioration and acting on it is what keeps patients safe" },
    ],
    weaknesses: [
      {
        id: "hc-spreadsheets",
        label: "building spreadsheets and data reports",
        category: "hard",
        example: "nurse, therapist",
        field: "business-tools",
        behaviours: [],
        terms: ["spreadsheet", "pivot table"],
        plan: "I am taking the trust's Excel course, one session a fortnight, and will build our ward's monthly audit summary myself by the end of the quarter.",
        whySafe: "clinical work comes first; audit and business teams own the reporting",
      },
      {
        id: "hc-public-speaking",
        label: "presenting to large groups",
        category: "soft",
        example: "nurse, care worker",
        family: "communication",
        behaviours: ["present", "presentation", "address"],
        terms: [],
        plan: "I volunteered to present our falls audit at the monthly governance meeting and rehearse it with my ward manager the week before.",
        whySafe: "bedside communication is one to one; a lecture theatre is rarely part of the job",
      },
      {
        id: "hc-budgets",
        label: "managing budgets",
        category: "hard",
        example: "nurse, allied health professional",
        field: "finance",
        behaviours: [],
        terms: ["budgeting"],
        plan: "I asked my manager to walk me through the ward budget each month and I am doing the trust's finance-for-non-finance-staff course this spring.",
        whySafe: "budgets sit with managers and finance partners, not with the clinician at the bedside",
      },
      {
        id: "hc-hands-on",
        label: "being less hands-on at the bedside now",
        category: "hard",
        example: "ward manager, matron",
        behaviours: [],
        terms: [],
        roles: ["leadership"],
        plan: "I asked to work one clinical shift every two weeks on my own ward, so my skills and my sense of the pressures stay current.",
        whySafe: "a manager succeeds through the team's care, not their own number of shifts",
      },
    ],
    questions: [
      { id: "hc-deterioration", theme: "healthcare", text: "Tell me about a time a patient's condition changed quickly. What did you notice and what did you do?", families: ["problem-solving", "communication"], needsHard: ["healthcare"], competency: "recognising and escalating deterioration", situations: ["deterioration"] },
      { id: "hc-safety-concern", theme: "healthcare", text: "Describe a time you raised a safety concern, even though it was awkward.", families: ["communication", "work-ethic"], competency: "speaking up for safety", situations: ["conflict"] },
      { id: "hc-family-upset", theme: "healthcare", text: "Tell me about supporting a distressed patient or relative.", families: ["communication", "collaboration"], competency: "caring for someone in distress", situations: ["served-person", "conflict"] },
      { id: "hc-busy-shift", theme: "healthcare", text: "Describe a shift where you had more to do than time allowed. How did you decide what came first?", families: ["work-ethic", "problem-solving"], competency: "prioritising care under pressure", situations: ["competing-priorities"] },
      { id: "hc-error", theme: "healthcare", text: "Tell me about an error or near miss and what you learned from it.", families: ["work-ethic", "adaptability"], competency: "learning from an error", situations: ["setback"] },
    ],
  },
  {
    id: "education",
    label: "Education",
    examples: "teachers, teaching assistants, lecturers, trainers, learning designers",
    guessFields: ["education"],
    core: {
      fields: ["education"],
      families: ["communication"],
      words: ["teaching", "lesson", "classroom", "behaviour", "safeguarding", "assessment", "explaining", "communication"],
    },
    strengths: [
      { label: "teaching that moves every learner on", category: "hard", fields: ["education"], why: "schools want to hear how you plan, assess and adapt so that progress shows" },
      { label: "explaining things clearly to different learners", category: "soft", families: ["communication"], why: "the same idea has to land with a struggling reader and a quick one" },
      { label: "calm, consistent classroom management", category: "soft", families: ["leadership", "work-ethic"], why: "learning only happens in a room that feels safe and settled" },
      { label: "working with parents and colleagues", category: "soft", families: ["collaboration"], why: "a child's progress depends on home, support staff and other teachers pulling together" },
    ],
    weaknesses: [
      {
        id: "ed-spreadsheets",
        label: "advanced spreadsheet work",
        category: "hard",
        example: "teacher",
        field: "business-tools",
        behaviours: [],
        terms: ["pivot table", "VLOOKUP"],
        plan: "I am doing a short online spreadsheet course, an hour a week, and will build my own class tracker by the end of this half term.",
        whySafe: "data managers build the trackers; teachers need to read them and act",
      },
      {
        id: "ed-networking",
        label: "building a network beyond my own school",
        category: "soft",
        example: "teacher, lecturer",
        family: "collaboration",
        behaviours: ["introduce", "connect"],
        terms: [],
        plan: "I joined my subject association's local hub and go to one meeting a term, and I visit a partner school once a term to see another department teach.",
        whySafe: "day-to-day success is in your own classroom and department",
      },
      {
        id: "ed-budgets",
        label: "managing a department budget",
        category: "hard",
        example: "teacher",
        field: "finance",
        behaviours: [],
        terms: ["budgeting"],
        plan: "I asked our business manager to go through the department's spending with me each term and I am shadowing my head of department's budget planning this year.",
        whySafe: "budgets sit with heads of department and the business manager",
      },
    ],
    questions: [
      { id: "ed-struggling-learner", theme: "education", text: "Tell me about a learner who was falling behind and what you changed for them.", families: ["problem-solving", "adaptability", "communication"], needsHard: ["education"], competency: "adapting teaching for one learner", situations: ["struggling"] },
      { id: "ed-parent", theme: "education", text: "Describe a difficult conversation with a parent or carer.", families: ["communication", "collaboration"], competency: "handling a difficult conversation with a family", situations: ["served-person", "conflict"] },
      { id: "ed-lesson-failed", theme: "education", text: "Tell me about a lesson that did not go to plan. What did you do next time?", families: ["adaptability", "problem-solving"], competency: "reflecting on practice", situations: ["setback"] },
      { id: "ed-behaviour", theme: "education", text: "Describe how you turned round a class or group whose behaviour was getting in the way of learning.", families: ["leadership", "work-ethic"], competency: "managing behaviour", situations: ["conflict"] },
    ],
  },
  {
    id: "trades-engineering",
    label: "Trades and engineering",
    examples: "electricians, plumbers, technicians, site managers, mechanical and civil engineers",
    guessFields: ["engineering"],
    core: {
      fields: ["engineering"],
      families: ["work-ethic", "problem-solving"],
      words: ["safety", "fault", "diagnos", "installation", "wiring", "regulations", "reliability", "quality"],
    },
    strengths: [
      { label: "safe, accurate technical work to the standard", category: "hard", fields: ["engineering"], why: "work that fails inspection or hurts someone costs more than any delay" },
      { label: "finding faults methodically", category: "soft", families: ["problem-solving"], why: "a good diagnosis saves hours of swapping parts" },
      { label: "reliability on site", category: "soft", families: ["work-ethic"], why: "crews and clients plan around the people who turn up and finish" },
      { label: "working with other trades and the client", category: "soft", families: ["collaboration", "communication"], why: "jobs slip where trades meet and where the client is surprised" },
    ],
    weaknesses: [
      {
        id: "te-office-software",
        label: "office software beyond the basics",
        category: "hard",
        example: "electrician, technician",
        field: "business-tools",
        behaviours: [],
        terms: ["spreadsheet"],
        plan: "I am doing an evening course in spreadsheets, one night a week, and will keep my own job costings in one by the end of next month.",
        whySafe: "the office handles the paperwork; the trade is judged on the work itself",
      },
      {
        id: "te-public-speaking",
        label: "presenting to a large room",
        category: "soft",
        example: "technician, engineer",
        family: "communication",
        behaviours: ["present", "presentation", "address"],
        terms: [],
        plan: "I now give the five-minute toolbox talk on our site every week, and I ask the supervisor for feedback on each one.",
        whySafe: "on site, talking happens in small groups and one to one",
      },
      {
        id: "te-marketing",
        label: "marketing the business online",
        category: "hard",
        example: "self-employed trades",
        field: "sales",
        behaviours: [],
        terms: [],
        plan: "I am following a short online course on small-business marketing, an hour a week, and will set up our business profile and reviews page by the spring.",
        whySafe: "an employer hires you for the trade; the sales side is someone else's job",
      },
    ],
    questions: [
      { id: "te-safety-stop", theme: "trades and engineering", text: "Tell me about a time you stopped a job, or refused to start one, because it was not safe.", families: ["work-ethic", "communication"], competency: "putting safety first", situations: ["conflict"] },
      { id: "te-fault", theme: "trades and engineering", text: "Walk me through the hardest fault you have tracked down.", families: ["problem-solving"], needsHard: ["engineering"], competency: "diagnosing a fault", situations: [] },
      { id: "te-client-change", theme: "trades and engineering", text: "Describe a job where the client changed what they wanted partway through.", families: ["adaptability", "communication"], competency: "handling a change on a job", situations: ["change"] },
      { id: "te-programme-slip", theme: "trades and engineering", text: "Tell me about a job that was running late. How did you get it back on track?", families: ["work-ethic", "problem-solving"], competency: "recovering a programme", situations: ["time-pressure"] },
    ],
  },
  {
    id: "finance",
    label: "Finance",
    examples: "accountants, analysts, auditors, bookkeepers, finance business partners",
    guessFields: ["finance"],
    core: {
      fields: ["finance"],
      families: ["work-ethic"],
      words: ["accuracy", "attention to detail", "reconciliation", "analysis", "modelling", "compliance", "integrity", "excel"],
    },
    strengths: [
      { label: "accurate analysis and modelling", category: "hard", fields: ["finance", "business-tools"], why: "numbers people rely on have to be right before they are fast" },
      { label: "explaining the numbers so others act on them", category: "soft", families: ["communication"], why: "a model changes decisions only when the people deciding understand it" },
      { label: "care and integrity with the detail", category: "soft", families: ["work-ethic"], why: "one slipped figure can cost trust, money or a clean audit" },
      { label: "partnering with the rest of the business", category: "soft", families: ["collaboration"], why: "finance adds most when budget holders ask for advice early" },
    ],
    weaknesses: [
      {
        id: "fi-public-speaking",
        label: "presenting to a large audience",
        category: "soft",
        example: "accountant, analyst",
        family: "communication",
        behaviours: ["present", "presentation", "address", "pitch"],
        terms: [],
        plan: "I present the monthly results to our department heads and joined a speaking club that meets every two weeks.",
        whySafe: "most finance conversations are one to one or in small meetings",
      },
      {
        id: "fi-coding",
        label: "programming beyond spreadsheet formulas",
        category: "hard",
        example: "accountant",
        field: "technology",
        behaviours: [],
        terms: ["Python"],
        plan: "I am working through a Python for finance course, two hours a week, and will automate one of our month-end checks with it by the end of the quarter.",
        whySafe: "the systems team owns the code; the role owns the numbers and their meaning",
      },
      {
        id: "fi-networking",
        label: "building a network outside finance",
        category: "soft",
        example: "analyst",
        family: "collaboration",
        behaviours: ["introduce", "connect"],
        terms: [],
        plan: "I set up a monthly coffee with a budget holder in a different department and go to one industry event a quarter.",
        whySafe: "the core work is done within finance; a wider network is a bonus",
      },
    ],
    questions: [
      { id: "fi-error-found", theme: "finance", text: "Tell me about a time you found an error in the numbers, yours or someone else's.", families: ["work-ethic", "communication"], needsHard: ["finance", "business-tools"], competency: "catching and owning an error", situations: ["setback"] },
      { id: "fi-challenge-budget", theme: "finance", text: "Describe a time you challenged a budget holder's figures.", families: ["communication", "collaboration"], competency: "challenging with evidence", situations: ["conflict"] },
      { id: "fi-close-pressure", theme: "finance", text: "Tell me about a month-end or year-end that nearly slipped.", families: ["work-ethic", "problem-solving"], competency: "delivering a close under pressure", situations: ["time-pressure"] },
      { id: "fi-explain-numbers", theme: "finance", text: "Tell me about explaining a financial result to people without a finance background.", families: ["communication"], needsHard: ["finance", "business-tools"], competency: "explaining the numbers", situations: [] },
    ],
  },
  {
    id: "sales-marketing",
    label: "Sales and marketing",
    examples: "sales reps, account managers, marketers, designers, content and brand people",
    guessFields: ["sales", "creative"],
    core: {
      fields: ["sales", "creative"],
      families: ["communication", "collaboration"],
      words: ["relationship", "persuasion", "negotiation", "customer", "client", "pipeline", "campaign", "communication", "resilience"],
    },
    strengths: [
      { label: "building trust with clients", category: "soft", families: ["collaboration"], why: "people buy from those they trust, and keep buying when the trust holds" },
      { label: "persuading and negotiating", category: "soft", families: ["communication"], why: "the role is measured on people saying yes" },
      { label: "knowing the product and the market", category: "hard", fields: ["sales", "creative"], why: "charm without knowledge fails the moment a customer asks a hard question" },
      { label: "bouncing back after a lost deal", category: "soft", families: ["adaptability"], why: "most pitches end in no; the next call matters more" },
    ],
    weaknesses: [
      {
        id: "sm-backend",
        label: "the technical detail behind the product",
        category: "hard",
        example: "sales representative",
        field: "technology",
        behaviours: [],
        terms: [],
        plan: "I sit in on a product team demo every two weeks and keep a page of notes on how the product works underneath.",
        whySafe: "customers need answers and trust; specialists are one message away for the deep detail",
      },
      {
        id: "sm-data-analysis",
        label: "deep statistical analysis",
        category: "hard",
        example: "marketer, account manager",
        field: "data",
        behaviours: [],
        terms: ["statistics", "regression"],
        plan: "I am taking an evening statistics course, one module a week, and will run my own campaign test analysis by the end of the quarter.",
        whySafe: "analysts own the models; the role owns the customer and the message",
      },
      {
        id: "sm-long-range-planning",
        label: "long-range strategic planning",
        category: "soft",
        example: "sales representative, customer support",
        family: "leadership",
        behaviours: ["set the direction"],
        terms: [],
        plan: "I asked my manager to let me draft our team's plan for next year with her, and I review progress against it with her every month.",
        whySafe: "the role wins this quarter's customers; leadership sets the multi-year plan",
      },
    ],
    questions: [
      { id: "sm-lost-deal", theme: "sales and marketing", text: "Tell me about a deal or campaign you lost. What did you do next?", families: ["adaptability", "work-ethic"], competency: "bouncing back from a loss", situations: ["setback"] },
      { id: "sm-objection", theme: "sales and marketing", text: "Describe a client who was sceptical. How did you win them over?", families: ["communication", "collaboration"], competency: "winning over a sceptic", situations: ["persuasion"] },
      { id: "sm-quota", theme: "sales and marketing", text: "Tell me about a quarter when you were behind target with weeks to go.", families: ["work-ethic", "problem-solving"], competency: "closing a gap against the clock", situations: ["time-pressure"] },
      { id: "sm-unhappy-client", theme: "sales and marketing", text: "Tell me about keeping an unhappy client.", families: ["collaboration", "communication"], competency: "saving a relationship", situations: ["served-person", "conflict"] },
    ],
  },
  {
    id: "retail-hospitality",
    label: "Retail and hospitality",
    examples: "shop floor and store managers, chefs, front of house, hotel and contact-centre staff",
    guessFields: ["support"],
    core: {
      fields: ["support"],
      families: ["collaboration", "work-ethic"],
      words: ["customer", "guest", "service", "teamwork", "reliability", "complaint", "patience", "stock"],
    },
    strengths: [
      { label: "warm, quick service under pressure", category: "soft", families: ["collaboration", "communication"], why: "guests remember how they were treated at the busiest moment" },
      { label: "reliability across every shift", category: "soft", families: ["work-ethic"], why: "rotas fall apart around people who are late or leave early" },
      { label: "knowing the products, stock and systems", category: "hard", fields: ["support", "operations"], why: "service fails when the till, the stock or the booking system beats you" },
      { label: "keeping the team going on a busy day", category: "soft", families: ["leadership"], why: "one calm person sets the tone for a whole floor" },
    ],
    weaknesses: [
      {
        id: "rh-spreadsheets",
        label: "building reports in spreadsheets",
        category: "hard",
        example: "sales assistant, server",
        field: "business-tools",
        behaviours: [],
        terms: ["spreadsheet", "pivot table"],
        plan: "I am doing a free online spreadsheet course, an hour a week, and my manager will let me build the weekly waste report by the end of next month.",
        whySafe: "head office builds the reports; the floor is judged on service and sales",
      },
      {
        id: "rh-public-speaking",
        label: "speaking to a large group",
        category: "soft",
        example: "retail, hospitality",
        family: "communication",
        behaviours: ["present", "presentation", "address"],
        terms: [],
        plan: "I volunteered to run the morning team huddle twice a week and ask my manager for one thing to improve each time.",
        whySafe: "service is one guest at a time; addressing a crowd is rare",
      },
      {
        id: "rh-long-range-planning",
        label: "long-range business planning",
        category: "hard",
        example: "shift supervisor",
        field: "finance",
        behaviours: [],
        terms: ["budgeting", "forecasting"],
        plan: "My store manager walks me through the quarterly plan each quarter, and I am doing a short retail management course this term.",
        whySafe: "area and head office own the long-range plan; the shift owns today",
      },
    ],
    questions: [
      { id: "rh-complaint", theme: "retail and hospitality", text: "Tell me about a customer or guest who complained. How did you turn it round?", families: ["communication", "collaboration"], competency: "handling a complaint", situations: ["served-person", "conflict"] },
      { id: "rh-rush", theme: "retail and hospitality", text: "Describe your busiest shift. How did you keep service going?", families: ["work-ethic", "adaptability"], competency: "keeping service going in a rush", situations: ["competing-priorities"] },
      { id: "rh-short-staffed", theme: "retail and hospitality", text: "Tell me about a shift when the team was short. What did you change?", families: ["adaptability", "leadership"], competency: "covering a short-staffed shift", situations: ["competing-priorities"] },
      { id: "rh-upsell", theme: "retail and hospitality", text: "Tell me about a time you found what a customer really wanted.", families: ["communication", "problem-solving"], competency: "understanding a customer", situations: ["served-person"] },
    ],
  },
  {
    id: "public-sector",
    label: "Public sector and charities",
    examples: "civil servants, council officers, caseworkers, police staff, charity workers",
    guessFields: [],
    core: {
      fields: [],
      families: ["collaboration", "work-ethic"],
      words: ["policy", "public", "stakeholder", "integrity", "fairness", "casework", "safeguarding", "governance"],
    },
    strengths: [
      { label: "working with partners and stakeholders", category: "soft", families: ["collaboration"], why: "public work rarely belongs to one team; outcomes come from partnership" },
      { label: "clear writing and briefing", category: "soft", families: ["communication"], why: "ministers, boards and the public act on what is written down" },
      { label: "sound judgement within the rules", category: "soft", families: ["problem-solving", "work-ethic"], why: "decisions must be fair, recorded and able to stand scrutiny" },
      { label: "using evidence to shape a service", category: "hard", fields: ["data", "operations"], why: "money is scarce, so changes have to show they work" },
    ],
    weaknesses: [
      {
        id: "ps-commercial-sales",
        label: "commercial selling",
        category: "hard",
        example: "civil servant, caseworker",
        field: "sales",
        behaviours: [],
        terms: [],
        plan: "I am shadowing our commercial team's supplier negotiations once a month and doing a short procurement course this year.",
        whySafe: "public services are judged on outcomes and fairness, not on sales",
      },
      {
        id: "ps-coding",
        label: "writing code",
        category: "hard",
        example: "policy officer",
        field: "technology",
        behaviours: [],
        terms: ["Python"],
        plan: "I am doing a beginners' Python course, two hours a week, and will automate one of our monthly data pulls by the end of the quarter.",
        whySafe: "digital teams build the tools; the role uses them",
      },
      {
        id: "ps-public-speaking",
        label: "speaking at large events",
        category: "soft",
        example: "council officer",
        family: "communication",
        behaviours: ["present", "presentation", "address"],
        terms: [],
        plan: "I asked to present at our next residents' forum, and I rehearse with my manager each week until then.",
        whySafe: "most of the work is written or in small meetings",
      },
    ],
    questions: [
      { id: "ps-competing-interests", theme: "public sector", text: "Tell me about balancing the needs of groups who wanted different things.", families: ["collaboration", "communication"], competency: "balancing competing interests", situations: ["conflict"] },
      { id: "ps-brief", theme: "public sector", text: "Describe a briefing you wrote for a senior decision-maker.", families: ["communication"], competency: "briefing decision-makers", situations: ["senior-audience"] },
      { id: "ps-policy-change", theme: "public sector", text: "Tell me about a time a policy or rule changed and you had to change how the service worked.", families: ["adaptability", "problem-solving"], competency: "implementing a change", situations: ["change"] },
      { id: "ps-vulnerable", theme: "public sector", text: "Describe helping a member of the public in a difficult situation.", families: ["communication", "collaboration"], competency: "serving the public", situations: ["served-person"] },
    ],
  },
  {
    id: "operations-logistics",
    label: "Operations and logistics",
    examples: "warehouse, transport and supply-chain staff, planners, HR and office operations",
    guessFields: ["operations"],
    core: {
      fields: ["operations"],
      families: ["problem-solving", "work-ethic"],
      words: ["planning", "process", "scheduling", "logistics", "inventory", "efficiency", "reliability", "safety"],
    },
    strengths: [
      { label: "planning and running a process that holds up", category: "hard", fields: ["operations"], why: "operations is judged on the orders, loads and shifts that go right every day" },
      { label: "fixing the cause, not the symptom", category: "soft", families: ["problem-solving"], why: "the same failure twice costs more than the fix" },
      { label: "dependability under pressure", category: "soft", families: ["work-ethic"], why: "peak days and breakdowns test whether people keep their heads" },
      { label: "coordinating teams and suppliers", category: "soft", families: ["collaboration", "communication"], why: "goods move only when every hand-off works" },
    ],
    weaknesses: [
      {
        id: "ol-public-speaking",
        label: "presenting to large audiences",
        category: "soft",
        example: "planner, shift manager",
        family: "communication",
        behaviours: ["present", "presentation", "address", "pitch"],
        terms: [],
        plan: "I now run our weekly performance review for the whole shift and get feedback from my manager each time.",
        whySafe: "operations runs on short briefings and one-to-one coordination",
      },
      {
        id: "ol-coding",
        label: "programming",
        category: "hard",
        example: "planner",
        field: "technology",
        behaviours: [],
        terms: ["Python"],
        plan: "I am doing an online Python course, two hours a week, and will automate one of our daily reports by the end of next month.",
        whySafe: "the IT team builds the systems; the role runs the operation with them",
      },
      {
        id: "ol-marketing",
        label: "marketing and brand work",
        category: "hard",
        example: "warehouse supervisor",
        field: "creative",
        behaviours: [],
        terms: [],
        plan: "I sit in on the marketing team's monthly planning meeting to learn how promotions are set, so I can plan stock around them.",
        whySafe: "it is far from the floor; operations only needs to know when demand will spike",
      },
    ],
    questions: [
      { id: "ol-breakdown", theme: "operations", text: "Tell me about a time a key process, system or supplier failed on a busy day.", families: ["problem-solving", "adaptability"], competency: "recovering from a failure", situations: ["setback"] },
      { id: "ol-peak", theme: "operations", text: "Describe how you got through a peak period with the people and kit you had.", families: ["work-ethic", "problem-solving"], competency: "planning for peak", situations: ["competing-priorities"] },
      { id: "ol-improve", theme: "operations", text: "Tell me about a process you made faster, safer or cheaper, and how you measured it.", families: ["problem-solving", "collaboration"], needsHard: ["operations", "data", "business-tools"], competency: "improving a process", situations: [] },
      { id: "ol-supplier", theme: "operations", text: "Describe a disagreement with a supplier or another team and how it ended.", families: ["collaboration", "communication"], competency: "resolving a dispute", situations: ["conflict"] },
    ],
  },
  {
    id: "leadership",
    label: "Leadership and management",
    examples: "team leads, managers, heads of department, directors, founders",
    guessFields: [],
    core: {
      fields: [],
      families: ["leadership", "communication"],
      words: ["leadership", "people", "decision", "strategy", "strategic", "coaching", "delegation", "communication", "hiring"],
    },
    strengths: [
      { label: "developing people and building a team", category: "soft", families: ["leadership"], why: "a manager is measured by what the team achieves and who grows in it" },
      { label: "making decisions and owning them", category: "soft", families: ["leadership", "problem-solving"], why: "teams stall when nobody decides" },
      { label: "clear communication up, down and across", category: "soft", families: ["communication"], why: "direction only helps when everyone has heard it the same way" },
      { label: "enough expertise to guide the work", category: "hard", fields: ["technology", "data", "finance", "healthcare", "engineering", "operations", "education", "sales"], why: "credibility comes from knowing what good work looks like" },
    ],
    weaknesses: [
      {
        id: "le-hands-on",
        label: "being less hands-on with the day-to-day work now",
        category: "hard",
        example: "team lead, manager",
        behaviours: [],
        terms: [],
        plan: "I pair with one of the team for half a day every fortnight and read every major piece of work before review, so my context stays current.",
        whySafe: "the role succeeds through the team's work, not the manager's own output",
      },
      {
        id: "le-detail-tool",
        label: "the newest specialist tools my team uses",
        category: "hard",
        example: "manager",
        behaviours: [],
        terms: [],
        plan: "I asked one of my team to show me one new tool each month, and I use it myself on a small task the week after.",
        whySafe: "specialists own the tools; the manager owns direction and people",
      },
      {
        id: "le-saying-no",
        label: "saying no to stakeholders early enough",
        category: "soft",
        example: "project manager",
        family: "work-ethic",
        behaviours: [],
        terms: [],
        plan: "I now write down the trade-off for every new request within two days and review it with the sponsor in our weekly check-in.",
        whySafe: "it is a narrow habit with a working fix, not a gap in leading people",
      },
    ],
    questions: [
      { id: "le-underperformer", theme: "leadership", text: "Tell me about managing someone whose performance was slipping.", families: ["leadership", "communication"], competency: "managing performance", situations: ["struggling"] },
      { id: "le-unpopular-decision", theme: "leadership", text: "Describe an unpopular decision you made and how you brought the team with you.", families: ["leadership", "communication"], competency: "leading through an unpopular call", situations: ["conflict"] },
      { id: "le-change", theme: "leadership", text: "Tell me about leading a team through a big change.", families: ["leadership", "adaptability"], competency: "leading change", situations: ["change"] },
      { id: "le-board", theme: "leadership", text: "Describe a time you had to win support from senior leaders for your team's plan.", families: ["communication", "leadership"], competency: "winning senior support", situations: ["senior-audience", "persuasion"] },
    ],
  },
  {
    id: "general",
    label: "Something else, or a mix",
    examples: "any field: the planner uses the guide's tables for your role type",
    guessFields: [],
    core: { fields: [], families: [], words: [] },
    strengths: [
      { label: "skill in the core tools or methods of your field", category: "hard", fields: [], why: "every interviewer wants to know you can do the work itself" },
      { label: "working well with other people", category: "soft", families: ["collaboration", "communication"], why: "almost every job is done with and for others" },
      { label: "solving problems as they come", category: "soft", families: ["problem-solving", "adaptability"], why: "no job goes exactly to plan" },
    ],
    weaknesses: [],
    questions: [],
  },
] as const satisfies readonly FieldFamily[];

export const FIELD_FAMILY_BY_ID: ReadonlyMap<FieldFamilyId, FieldFamily> = new Map(FIELD_FAMILIES.map((f) => [f.id, f]));

export function fieldFamily(id: FieldFamilyId): FieldFamily {
  return FIELD_FAMILY_BY_ID.get(id) ?? FIELD_FAMILY_BY_ID.get("general")!;
}

export function isFieldFamilyId(value: string): value is FieldFamilyId {
  return (FIELD_FAMILY_IDS as readonly string[]).includes(value);
}

/** The questions for a field: its own first, then the common set. */
export function questionsFor(id: FieldFamilyId): readonly Question[] {
  const own = fieldFamily(id).questions;
  return own.length === 0 ? QUESTIONS : [...own, ...QUESTIONS];
}
