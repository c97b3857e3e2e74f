// Job postings from eight fields, written for these tests in our own words, each with the terms a
// reader of that field would pick out (`finds`) and readings that would be wrong (`never`).
export type FieldPosting = {
  field: string;
  text: string;
  /** Hard terms that must be found (compared case-insensitively with the term or the words it spans). */
  finds: string[];
  /** Hard terms that must not appear, as a term or as the words a term spans. */
  never: string[];
  /** Soft-skill families the posting asks for, and families it does not. */
  softFinds: string[];
  softNever: string[];
};

export const FIELD_POSTINGS: FieldPosting[] = [
  {
    field: "nursing",
    text: `Registered Nurse, Cardiac Telemetry Unit (nights)
You will care for up to five patients on continuous telemetry, including patients recovering from cardiac procedures. The work includes medication administration, wound care, sepsis screening and falls prevention. Take part in PDSA improvement cycles and help lift our HCAHPS scores. Shifts are booked in Kronos.
Strong communication with patients and families and teamwork with physicians are essential. BLS and ACLS required; Epic experience preferred.`,
    finds: ["cardiac monitoring", "medication administration", "wound care", "sepsis screening", "falls prevention", "PDSA", "HCAHPS", "Kronos", "ACLS", "EHR"],
    never: ["run files", "including", "registered"],
    softFinds: ["communication", "collaboration"],
    softNever: ["leadership"],
  },
  {
    field: "teaching",
    text: `Year 4 Class Teacher, September start
We are a friendly two-form primary school looking for a teacher who plans engaging lessons and uses assessment data to adapt them. You will lead guided reading and phonics groups, keep the markbook and intervention plans up to date in Arbor, and use formative assessment every lesson. Experience with SEN plans and differentiation is welcome. You will mentor a trainee teacher and communicate clearly with parents. A patient, adaptable approach matters more to us than a long CV.`,
    finds: ["assessment data", "guided reading", "phonics", "mark book", "intervention group", "MIS", "formative assessment", "IEP", "differentiated instruction"],
    never: ["run files", "including"],
    softFinds: ["leadership", "communication", "adaptability"],
    softNever: [],
  },
  {
    field: "electrician",
    text: `Maintenance Electrician (days, 4 on 4 off)
Keep a food factory's lines running: fault finding on three-phase motors, inverters and PLC panels, planned preventive maintenance and thermal imaging surveys. You must work safely under lockout/tagout and permit to work, read wiring diagrams and test installations to BS 7671 (18th Edition). Experience with SCADA and Allen-Bradley controllers is a plus. You will work alongside mechanical fitters and coach apprentices on the shift.`,
    finds: ["PLC", "preventive maintenance", "thermal imaging", "lockout/tagout", "permit to work", "SCADA", "inverters"],
    never: ["run files", "including"],
    softFinds: ["leadership"],
    softNever: [],
  },
  {
    field: "finance",
    text: `Financial Analyst, FP&A
Own the monthly variance analysis and the rolling forecast for two business units. Build and maintain the driver-based financial model in Excel, prepare board packs in PowerPoint and support month-end close with accruals and bank reconciliations in NetSuite. Knowledge of IFRS 15 revenue recognition is useful. You will partner with budget holders, explain the numbers to non-finance managers and present to the leadership team each quarter.`,
    finds: ["FP&A", "variance analysis", "financial modelling", "Excel", "month-end close", "accruals", "bank reconciliation", "NetSuite", "revenue recognition"],
    never: ["run files", "including"],
    softFinds: ["communication", "collaboration"],
    softNever: [],
  },
  {
    field: "retail and hospitality",
    text: `Assistant Restaurant Manager
Run busy lunch and dinner services for a 120-cover restaurant. You will build the weekly rota, control food cost and the waste log, carry out HACCP checks and stocktakes, and cash up the till system at close. We book tables through OpenTable and take orders on a POS system. Lead a team of fifteen front-of-house staff, train new starters and resolve guest complaints with calm and good humour.`,
    // "build the weekly rota" is scheduling, a management move (ANNOTATION.md), not a hard skill the story should show.
    finds: ["waste log", "HACCP", "cycle counting", "POS system", "booking system"],
    never: ["run files", "including"],
    softFinds: ["leadership"],
    softNever: [],
  },
  {
    field: "logistics",
    text: `Warehouse Shift Manager, e-commerce fulfilment
Lead the night shift of 40 pickers and packers across goods-in, picking and dispatch. You will plan labour against order volumes, improve pick rates and slotting, and run cycle counting so stock accuracy stays above 99.5%. Our WMS is Manhattan; reports come from Power BI. Experience with forklift telematics, Lean and 5S is valued. Coach team leaders, hold daily huddles and keep everyone safe.`,
    finds: ["WMS", "pick rates", "slotting", "cycle counting", "order volumes", "Power BI", "forklift telematics", "Lean", "kaizen"],
    never: ["run files", "including"],
    softFinds: ["leadership"],
    softNever: [],
  },
  {
    field: "software",
    text: `Backend Engineer (TypeScript)
Build and run the services behind our booking app: Node.js and PostgreSQL on AWS, deployed through GitHub Actions with Terraform. You will own features end to end, write unit and integration tests, take part in code review and join the on-call rota with clear runbooks. Experience with Kafka, Redis and OpenTelemetry traces helps. You will collaborate with product and design, and explain technical trade-offs to non-engineers.`,
    finds: ["TypeScript", "Node.js", "PostgreSQL", "AWS", "GitHub Actions", "Terraform", "integration tests", "code review", "incident response", "Kafka", "Redis"],
    never: ["run files", "including"],
    softFinds: ["collaboration", "communication"],
    softNever: [],
  },
  {
    field: "public sector",
    text: `Policy Officer, Housing Standards
Support the council's review of private rented housing standards. You will draft policy analysis and options appraisals for councillors, prepare equality impact assessments, answer freedom of information requests and keep the risk register. You will work with tenants' groups, landlords and legal colleagues, and present findings to the scrutiny committee. We value sound judgement, discretion and clear writing.`,
    finds: ["policy analysis", "freedom of information", "risk register"],
    never: ["run files", "including"],
    softFinds: ["communication"],
    softNever: [],
  },
];
