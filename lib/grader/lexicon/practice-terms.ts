// The working objects and procedures of each field family: what a trained person handles, measures,
// checks or produces in that trade. Inside the narrator's own act ("I checked the dosing pump", "I
// rewired the panel", "I reconciled the ledger") they show a hard skill at work. Written from general
// knowledge of each occupation (in the spirit of O*NET's task lists), in our own words, not grown
// from labelled stories. Management moves (schedules, priorities, delegation) are deliberately absent.
export const PRACTICE_TERMS = {
  healthcare: [
    "medication", "medication reconciliation", "dose", "dosage", "dosing", "infusion", "IV", "drip", "cannula", "catheter",
    "injection", "blood draw", "blood test", "blood pressure", "vital signs", "vitals", "observations", "oxygen saturation",
    "wound", "dressing", "wound care", "pressure ulcer", "falls risk", "risk assessment", "care plan", "discharge plan",
    "triage", "charting", "handover", "pain score", "glucose", "insulin", "sepsis", "ECG",
    "telemetry", "ventilator", "suction", "pharmacy", "prescription", "refill", "pill organizer", "allergy", "lab results",
    "x-ray", "physiotherapy", "exercise programme", "mobility", "hoist", "infection control", "hand hygiene",
    "sterile", "numbing cream", "distraction technique", "de-escalation", "grounding technique", "safety plan",
    "crisis plan", "referral", "diagnosis", "dental", "anaesthetic", "suture", "splint", "CPR", "defibrillator",
    "checklist", "SBAR", "handoff", "care pathway", "early warning score",
  ],
  education: [
    "lesson", "lesson plan", "curriculum", "syllabus", "scheme of work", "worksheet", "rubric", "assessment",
    "formative assessment", "quiz", "test scores", "grading", "marking", "feedback sheet", "differentiation",
    "differentiated", "scaffolding", "IEP", "accommodations", "phonics", "reading level", "literacy", "numeracy",
    "intervention", "small-group instruction", "visual schedule", "behaviour plan", "behavior chart", "seating plan",
    "classroom management", "reward chart", "positive reinforcement", "visual aids", "manipulatives", "hands-on activity",
    "experiment", "learning objective", "learning objectives", "unit plan", "reading groups", "tutoring",
    "coursework", "lecture", "seminar", "student data", "progress data", "attendance data",
  ],
  "trades-engineering": [
    "wiring", "circuit", "breaker", "panel", "fuse", "voltage", "multimeter", "compressor", "refrigerant", "boiler",
    "valve", "pipe", "pipework", "leak", "pressure test", "thermostat", "ductwork", "HVAC", "weld", "welding", "fabrication",
    "blueprint", "drawings", "schematic", "tolerance", "calibration", "calibrated", "gauge", "torque", "bearing", "pump",
    "motor", "hydraulic", "pneumatic", "PLC", "CNC", "lathe", "machining", "forklift", "scaffold",
    "concrete", "formwork", "foundation", "framing", "roofing", "plumbing", "drainage", "preventive maintenance",
    "root cause", "fault", "diagnostics", "troubleshooting", "lockout", "tagout", "risk assessment", "method statement",
    "safety data sheet", "PPE", "permit to work", "site survey", "load calculation", "structural", "CAD", "AutoCAD",
    "SolidWorks", "prototype", "test rig", "quality control", "defect", "tolerances", "recipe", "tempering", "dough",
  ],
  finance: [
    "ledger", "general ledger", "journal entries", "reconciliation", "reconciled", "accruals", "variance", "variance analysis",
    "forecast", "budget model", "financial model", "cash flow", "balance sheet", "P&L", "invoice", "invoices", "accounts payable",
    "accounts receivable", "audit", "audit trail", "internal controls", "tax", "VAT", "payroll", "month-end close",
    "covenant", "loan", "underwriting", "portfolio", "valuation", "DCF", "sensitivity analysis",
    "spreadsheet", "pivot table", "Excel", "SAP", "Oracle", "QuickBooks", "Xero", "GAAP", "IFRS", "compliance",
    "KYC", "AML", "depreciation", "inventory valuation", "write-off", "pricing model",
  ],
  "law-hr-admin": [
    "clause", "statute", "case law", "legal research", "brief", "filing", "discovery", "due diligence",
    "deposition", "court", "employment law", "disciplinary", "grievance", "investigation",
    "performance improvement plan", "job description", "onboarding programme", "payroll", "HRIS", "Workday",
    "recruitment campaign", "job posting", "interview scorecard", "engagement survey", "benefits", "compensation",
    "spreadsheet", "database", "filing system", "calendar system", "CRM",  "audit",
  ],
  "retail-hospitality": [
    "till", "POS", "point of sale", "inventory", "stock count", "merchandising", "planogram", "markdown", "upsell", "upselling", "cross-selling", "loss prevention", "cash handling", "reservation", "booking system", "front desk", "check-in", "room allocation", "housekeeping",
    "recipe", "food safety", "allergen", "HACCP", "temperature log", "mise en place", "order system",
    "kitchen display", "table plan", "cocktail", "wine list", "portion", "food cost", "rota system",
  ],
  "operations-logistics": [
    "warehouse", "picking", "pick rate", "packing", "slotting", "WMS", "warehouse management system", "inventory",
    "stock levels", "reorder point", "forecast", "demand planning", "supply chain", "procurement", "purchase order",
    "supplier contract", "freight", "shipment", "shipping", "routing", "route planning", "dispatch", "fleet",
    "load planning", "forklift", "ERP", "lean", "Six Sigma", "kaizen", "value stream", "process map",
    "bottleneck", "throughput", "cycle time", "KPI dashboard", "SOP", "standard operating procedure", "quality audit",
    "root cause analysis", "5 whys", "capacity plan", "safety audit", "cross-docking", "customs", "tracking system",
  ],
  "sales-marketing": [
    "CRM", "Salesforce", "HubSpot", "lead scoring", "prospecting", "cold calling", "discovery call",
    "proposal", "contract terms", "negotiation plan", "A/B test", "segmentation",
    "email campaign", "SEO", "SEM", "PPC", "Google Ads", "Google Analytics", "conversion rate",
    "landing page", "content calendar", "brand guidelines", "market research", "competitor analysis", "survey",
    "focus group", "media plan", "press release", "social media", "copywriting", "collateral", "case study",
    "persona", "funnel", "attribution", "retargeting", "account plan", "territory plan",
  ],
  "public-sector": [
    "case file", "case management", "case notes", "risk assessment", "safeguarding", "care plan", "support plan",
    "referral", "benefits claim", "home visit", "policy",
    "permit", "licence", "grant application", "grant", "funding bid", "evaluation",
    "consultation", "procurement", "tender", "report to committee", "incident report", "statement",
    "patrol", "dispatch", "emergency plan", "evacuation", "catalogue", "interlibrary loan", "database search",
     "motivational interviewing", "de-escalation", "crisis intervention",
  ],
} as const;

export type PracticeFamily = keyof typeof PRACTICE_TERMS;
