// The situations a behavioural question asks for, found in a story's own words. Judgment: a question
// about conflict wants a disagreement or tension with a person, one about a deadline wants time
// pressure, one about failure wants a setback; a story without that situation answers a different
// question, however strong it is. Source: guide, "Integration in Success Stories" (answer the
// question asked, with a specific moment). Blind spot: word tables miss situations told without
// their usual words ("we did not see eye to eye" is caught, an unusual idiom is not), and negation
// beyond the must-not patterns ("there was no disagreement") is only partly handled.
export const SITUATION_IDS = [
  "conflict",
  "time-pressure",
  "setback",
  "feedback",
  "change",
  "ambiguity",
  "persuasion",
  "competing-priorities",
  "learning",
  "bad-news",
  "senior-audience",
  "distance",
  "served-person",
  "struggling",
  "deterioration",
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

export type SituationRule = {
  id: SituationId;
  /** What the question wants, as the reason names it ("a disagreement with someone"). */
  label: string;
  /** Patterns (case-insensitive) that show the situation; the first match in the story is quoted. */
  patterns: readonly RegExp[];
  /** Patterns that look like the situation but are not; a match inside one of these is skipped. */
  notPatterns: readonly RegExp[];
  examples: { matches: readonly string[]; misses: readonly string[] };
};

const NUM = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of)";

/** Rules as data: each states its must-match and must-not-match examples, run by tests/planner/situations.test.ts. */
export const SITUATIONS = [
  {
    id: "conflict",
    label: "a disagreement or tension with someone",
    patterns: [
      /\bdisagree(?:d|ment|ments|ing)?\b/i,
      /\bpush(?:ed)? back\b/i,
      /\bclash(?:ed|es)?\b/i,
      /\bargu(?:ed|ing|ment|ments)\b/i,
      /\bat odds\b/i,
      /\btension\b/i,
      /\bfriction\b/i,
      /\bconflicts?\b/i,
      /\bdispute[sd]?\b/i,
      /\bobject(?:ed|ion|ions)\b/i,
      /\b(?:refused|resisted|opposed)\b/i,
      /\b(?:angry|upset|furious|frustrated|hostile|aggressive|rude)\b/i,
      /\bcomplain(?:ed|t|ts|ing)\b/i,
      /\bsee eye to eye\b/i,
      /\bfell out\b/i,
    ],
    notPatterns: [/\bconflicts? of interest\b/i, /\bconflict checks?\b/i, /\bconflicting (?:priorities|deadlines|demands|schedules)\b/i, /\bcomplaints? (?:fell|dropped|went down)\b/i],
    examples: {
      matches: [
        "The charge nurse and I disagreed about moving the patient.",
        "Our lead engineer pushed back hard on the new rota.",
        "Two shift leads were at odds over the overtime list.",
        "A parent was angry that her son had been moved to another set.",
      ],
      misses: [
        "I took this to our ward pharmacist and the consultants and we agreed to review diuretic timing on admission.",
        "I ran the conflict checks for every new matter.",
        "We had conflicting deadlines that week.",
      ],
    },
  },
  {
    id: "time-pressure",
    label: "time pressure",
    patterns: [
      /\bdeadlines?\b/i,
      new RegExp(`\\b(?:only|just) (?:had )?${NUM} (?:hours?|days?|weeks?|minutes?)\\b`, "i"),
      new RegExp(`\\bwithin ${NUM} (?:hours?|days?|minutes?)\\b`, "i"),
      /\b(?:tight|short) (?:deadline|timeline|timescale|turnaround|window)\b/i,
      /\b(?:at|on) short notice\b/i,
      /\blast[- ]minute\b/i,
      /\burgent(?:ly)?\b/i,
      /\bran out of time\b/i,
      /\bagainst the clock\b/i,
      /\btime pressure\b/i,
      /\bbefore the (?:inspection|audit|launch|go-live|release|board meeting|exam|opening|deadline)\b/i,
      /\bdue (?:on|by|in) (?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the morning|the end)/i,
      /\bby (?:the end of the day|end of day|the next morning|friday|monday|tomorrow)\b/i,
    ],
    notPatterns: [],
    examples: {
      matches: [
        "We had two days to rebuild the timetable before the inspection.",
        "The board report was due on Friday and the data was wrong.",
        "I only had three hours to cover the whole ward.",
        "The client moved the deadline forward by a week.",
      ],
      misses: [
        "Over the next six months falls came down to 4.9 per 1,000 bed days.",
        "I review the rota every month with the team.",
      ],
    },
  },
  {
    id: "setback",
    label: "a setback or a mistake",
    patterns: [
      /\bI (?:had )?(?:failed|missed|forgot|overlooked|underestimated|misjudged|misread)\b/i,
      /\b(?:my|our) (?:mistake|error|failure)\b/i,
      /\bmade (?:a|an|the) (?:mistake|error|wrong call)\b/i,
      /\bwent wrong\b/i,
      /\bdid(?:n't| not) work\b/i,
      /\bbackfired\b/i,
      /\bfell (?:short|through|apart)\b/i,
      /\bset ?backs?\b/i,
      /\blost (?:the|a|our|that) (?:[\w-]+ )?(?:deal|client|account|contract|bid|tender|case)\b/i,
      /\bfailed (?:to|the|its)\b/i,
      /\bnear miss\b/i,
      /\bwas wrong\b/i,
    ],
    notPatterns: [],
    examples: {
      matches: [
        "I underestimated how long the data migration would take.",
        "The first version of the checklist did not work on nights.",
        "We lost the Harlow contract to a cheaper bid.",
        "I made a mistake in the dosage calculation and caught it at the second check.",
      ],
      misses: ["Failed logins fell by 30% after the change.", "Falls came down to 4.9 per 1,000 bed days, with no falls causing serious harm."],
    },
  },
  {
    id: "feedback",
    label: "feedback you were given",
    patterns: [
      /\b(?:hard|critical|negative|tough|honest|blunt) feedback\b/i,
      /\bfeedback (?:from|on) my\b/i,
      /\b(?:gave|give) me (?:some )?feedback\b/i,
      /\bmy (?:manager|lead|supervisor|mentor|head of department|line manager|preceptor) (?:told|said|pointed out|warned)\b/i,
      /\b(?:told|showed) me (?:that )?(?:I|my)\b/i,
      /\bI was (?:told|criticised|criticized)\b/i,
      /\bcriticism\b/i,
    ],
    notPatterns: [],
    examples: {
      matches: ["My manager told me my handovers were too long.", "In my appraisal I got hard feedback about delegating."],
      misses: ["Customer feedback scores rose from 3.9 to 4.4.", "I collected feedback from the students after each unit."],
    },
  },
  {
    id: "change",
    label: "a change of plan",
    patterns: [
      /\b(?:plan|plans|scope|priorities|requirements|brief|rules|guidance|policy) (?:had )?changed\b/i,
      /\bhalf ?way through\b/i,
      /\bmid-?way through\b/i,
      /\bpivot(?:ed|ing)?\b/i,
      /\bunexpected(?:ly)?\b/i,
      /\bsuddenly\b/i,
      /\bwithout warning\b/i,
      /\b(?:reorgani[sz]ation|restructur(?:e|ed|ing)|merger)\b/i,
      /\b(?:was|were) (?:cancelled|canceled|pulled|cut)\b/i,
      /\bchanged (?:course|direction|the plan)\b/i,
      /\bdeteriorat(?:ed|ing)\b/i,
    ],
    notPatterns: [],
    examples: {
      matches: ["Halfway through the term the exam board changed the syllabus.", "The patient's condition suddenly deteriorated on my shift."],
      misses: ["I changed the label on the bins.", "We kept to the plan we agreed in March."],
    },
  },
  {
    id: "ambiguity",
    label: "an unclear goal or missing information",
    patterns: [
      /\bunclear\b/i,
      /\bno (?:clear )?(?:brief|spec|specification|guidance|playbook|process|owner|data)\b/i,
      /\bambigu(?:ous|ity)\b/i,
      /\bnobody (?:knew|owned)\b/i,
      /\bincomplete (?:information|data)\b/i,
      /\bvague\b/i,
      /\bwithout (?:a |any )?(?:clear )?(?:brief|spec|template|guidance|precedent)\b/i,
    ],
    notPatterns: [],
    examples: {
      matches: ["The brief was vague: make onboarding better.", "There was no process for returns, and nobody owned it."],
      misses: ["I followed the new process for returns.", "The brief asked for a 10% cut in waste."],
    },
  },
  {
    id: "persuasion",
    label: "winning someone over",
    patterns: [
      /\bpersuad(?:e|ed|ing)\b/i,
      /\bconvinc(?:e|ed|ing)\b/i,
      /\bwon (?:over|(?:their |his |her |the \w+'s )?(?:support|agreement|buy-in|approval))\b/i,
      /\bbuy-in\b/i,
      /\bmade (?:the|a|my) case\b/i,
      /\b(?:sceptical|skeptical|doubtful|reluctant)\b/i,
      /\bon board\b/i,
      /\bsigned off\b/i,
    ],
    notPatterns: [],
    examples: {
      matches: ["The consultants were sceptical, so I showed them six months of Datix data.", "I persuaded the site manager to trial the new permit."],
      misses: ["I presented the results at the team meeting.", "We agreed on a new rota."],
    },
  },
  {
    id: "competing-priorities",
    label: "several things needing you at once",
    patterns: [
      /\bjuggl(?:e|ed|ing)\b/i,
      /\b(?:competing|conflicting) (?:priorities|demands|deadlines)\b/i,
      /\bat the same time\b/i,
      /\b(?:short-staffed|understaffed|two staff down|one nurse down)\b/i,
      /\bon top of (?:my|the|our)\b/i,
      /\bwhile (?:also|still) (?:running|covering|managing|teaching|handling)\b/i,
      new RegExp(`\\b${NUM} (?:urgent|competing) (?:jobs|tasks|requests|projects|calls)\\b`, "i"),
    ],
    notPatterns: [],
    examples: {
      matches: ["I was covering two bays at the same time as the drug round.", "We had conflicting deadlines from sales and finance."],
      misses: ["I covered one bay on the night shift.", "I finished the audit in March."],
    },
  },
  {
    id: "learning",
    label: "something you had to learn",
    patterns: [
      /\b(?:learn(?:ed|t)?|learning)\b/i,
      /\btaught myself\b/i,
      /\bpicked up\b/i,
      /\bnew to me\b/i,
      /\b(?:had )?never (?:used|done|worked with|run)\b/i,
      /\bfirst time\b/i,
      /\btrained (?:myself|up) (?:on|in)\b/i,
    ],
    notPatterns: [/\blearning (?:objectives|outcomes|design|platform|management)\b/i],
    examples: {
      matches: ["I had never used Power BI, so I taught myself over a weekend.", "It was the first time I had run a stocktake."],
      misses: ["I wrote the learning objectives for the unit.", "I ran the stocktake as usual."],
    },
  },
  {
    id: "bad-news",
    label: "news someone did not want to hear",
    patterns: [
      /\bbad news\b/i,
      /\bbroke the news\b/i,
      /\bhad to (?:tell|explain to|let) (?:him|her|them|the|a|my|our)\b/i,
      /\bnot what (?:they|he|she) wanted to hear\b/i,
      /\b(?:told|warned) (?:him|her|them|the \w+) (?:that )?(?:we|it|the) (?:would|could|were|was) (?:not|n't|miss|late|delayed)/i,
    ],
    notPatterns: [],
    examples: {
      matches: ["I had to tell the family that the operation was cancelled.", "I warned the client that we would miss the date."],
      misses: ["I told the team about the new rota.", "I explained the plan to the class."],
    },
  },
  {
    id: "senior-audience",
    label: "senior people as the audience",
    patterns: [
      /\b(?:the )?board\b(?! game)/i,
      /\b(?:directors?|executives?|exec team|leadership team|senior (?:leaders|leadership|management|managers))\b/i,
      /\b(?:CEO|CFO|COO|CTO|VP|head teacher|headteacher|principal|governors|chief nurse|medical director|council members?)\b/,
    ],
    notPatterns: [/\bbed board\b/i, /\bwhiteboard\b/i, /\bon board\b/i, /\bdashboard\b/i, /\bkeyboard\b/i],
    examples: {
      matches: ["I presented the findings to the trust board.", "The CFO asked for a one-page summary."],
      misses: ["I updated the bed board every hour.", "We got the porters on board with the new route."],
    },
  },
  {
    id: "distance",
    label: "people who were not in one place",
    patterns: [
      /\bremote(?:ly)?\b/i,
      /\bdistributed\b/i,
      /\bacross (?:\w+ )?(?:sites|time zones|timezones|offices|locations|countries|campuses|depots|branches|stores)\b/i,
      /\bvideo calls?\b/i,
      /\bdifferent (?:shifts|sites|time zones)\b/i,
    ],
    notPatterns: [/\bremote support\b/i],
    examples: {
      matches: ["The team worked across three time zones.", "Half the crew were on different shifts, so I left a recorded briefing."],
      misses: ["I sat with the team every morning.", "I ran remote support sessions for customers."],
    },
  },
  {
    id: "served-person",
    label: "a customer, patient, client or member of the public",
    patterns: [
      /\b(?:customers?|clients?|patients?|guests?|parents?|residents?|members? of the public|callers?|service users?|tenants?|passengers?|shoppers?|diners?|pupils?'? families|famil(?:y|ies)|relatives?)\b/i,
    ],
    notPatterns: [/\bcustomer (?:data|segmentation|segments)\b/i],
    examples: {
      matches: ["A guest complained that her room had not been cleaned.", "The patient's daughter was upset about the discharge date."],
      misses: ["I rebuilt the month-end close for the finance team.", "I refactored the billing service."],
    },
  },
  {
    id: "struggling",
    label: "someone falling behind or struggling",
    patterns: [
      /\b(?:fell|falling|fallen|fall|slipped|slipping|getting|got|left) (?:[\w-]+ ){0,3}behind\b/i,
      /\b(?:was|were|is|are) behind (?:on|with|in|target|schedule|the rest|(?:his|her|their) (?:peers|classmates))\b/i,
      /\bstruggl(?:e|ed|es|ing)\b/i,
      /\b(?:could(?:n't| not)|was(?:n't| not)|were(?:n't| not)) keep(?:ing)? up\b/i,
      /\bbelow (?:the )?(?:expected|target|standard|grade|age-related|benchmark|pass)\b/i,
      /\bat risk of (?:failing|dropping out|falling|being (?:dismissed|excluded|let go))\b/i,
      /\b(?:performance|grades|marks|scores|attendance|results|work) (?:was |were |had been |kept )?(?:slipping|dropping|declining|falling off)\b/i,
      /\bunderperform(?:ing|ed|ance|er|ers)?\b/i,
      /\b(?:kept )?missing (?:(?:their|his|her|the) )?(?:[\w-]+ )?targets?\b/i,
    ],
    notPatterns: [/\bbehind the (?:scenes|counter|bar|desk|wheel|till)\b/i],
    examples: {
      matches: [
        "By October, Sam had fallen two reading levels behind the rest of the class.",
        "One of my apprentices was struggling with conduit bending.",
        "Two of my shift supervisors kept missing their pick-rate targets.",
        "Her performance had been slipping for a month.",
        "He was behind on his coursework after a long absence.",
      ],
      misses: ["I left the keys behind the counter.", "The release was slipping, so I moved the demo.", "Sales fell 10% behind the forecast."],
    },
  },
  {
    id: "deterioration",
    label: "someone's condition getting worse",
    patterns: [
      /\bdeteriorat(?:ed|ing|ion)\b/i,
      /\b(?:condition|health|breathing|observations|obs|vitals|vital signs) (?:had )?(?:changed|worsened|declined|dropped|got worse)\b/i,
      /\b(?:NEWS2?|early warning score|MEWS|PEWS|sats|saturations|oxygen levels?|blood pressure|BP|heart rate|pulse|temperature|blood sugar|glucose) (?:score )?(?:had )?(?:rose|risen|jumped|spiked|climbed|dropped|fell|fallen|plummeted|crashed|went (?:up|down|from))\b/i,
      /\bbecame (?:unwell|unresponsive|confused|agitated|drowsy|breathless|short of breath|clammy|hypotensive|tachycardic|septic)\b/i,
      /\b(?:collapsed|stopped breathing|went into (?:shock|cardiac arrest|anaphylaxis|(?:a )?seizure|AF|respiratory distress))\b/i,
      /\b(?:had|having) (?:a |an )?(?:seizure|fit|stroke|hypo|anaphylactic reaction|allergic reaction|cardiac arrest)\b/i,
      /\b(?:sepsis|septic|anaphyla(?:xis|ctic))\b/i,
      /\btook a turn for the worse\b/i,
    ],
    notPatterns: [/\b(?:sepsis|anaphylaxis|seizure) (?:training|course|module|policy|audit|screening tool)\b/i],
    examples: {
      matches: [
        "Two hours into the night shift his NEWS score went from 2 to 7.",
        "The resident became confused and breathless after lunch.",
        "A customer collapsed at the till.",
        "Her condition deteriorated quickly on the ward.",
      ],
      misses: ["I ran the sepsis training for new starters.", "Sales fell 10% in the quarter.", "The plan changed halfway through."],
    },
  },
] as const satisfies readonly SituationRule[];

export const SITUATION_BY_ID: ReadonlyMap<SituationId, SituationRule> = new Map(SITUATIONS.map((s) => [s.id, s]));

export type SituationHit = { id: SituationId; start: number; end: number };

function insideAny(text: string, start: number, end: number, not: readonly RegExp[]): boolean {
  for (const re of not) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))) {
      if (m.index <= start && m.index + m[0].length >= end) return true;
      if (start <= m.index && end >= m.index + m[0].length) return true;
      if (m.index < end && start < m.index + m[0].length) return true;
    }
  }
  return false;
}

/** The first place the text shows the situation, or null. Pure and deterministic. */
export function matchSituation(text: string, rule: SituationRule): SituationHit | null {
  let best: SituationHit | null = null;
  for (const re of rule.patterns) {
    const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(global)) {
      const start = m.index;
      const end = start + m[0].length;
      if (best && start >= best.start) break;
      if (insideAny(text, start, end, rule.notPatterns)) continue;
      best = { id: rule.id, start, end };
      break;
    }
  }
  return best;
}

/** Every situation the text shows, each at its first place, in SITUATIONS order. */
export function findSituations(text: string): SituationHit[] {
  const out: SituationHit[] = [];
  for (const rule of SITUATIONS) {
    const hit = matchSituation(text, rule);
    if (hit) out.push(hit);
  }
  return out;
}
