// The guide's target hard/soft mix by career stage, and how the target role
// shifts it: technical roles lead with hard skills, customer-facing roles weigh
// both equally, leadership roles lead with soft skills and judgement.
import type { Role, Stage } from "../types";

export const STAGE_MIX = {
  entry: { hard: 0.7, soft: 0.3, years: "0-3 years" },
  mid: { hard: 0.5, soft: 0.5, years: "4-10 years" },
  senior: { hard: 0.3, soft: 0.7, years: "10-15 years" },
  executive: { hard: 0.2, soft: 0.8, years: "15+ years" },
} as const satisfies Record<Stage, { hard: number; soft: number; years: string }>;

/** How far the role moves the stage's hard share; "customer" pulls it halfway to an even split. */
export const ROLE_SHIFT = {
  technical: { shift: 0.1, towardEven: 0, lead: "hard" },
  customer: { shift: 0, towardEven: 0.5, lead: "both" },
  leadership: { shift: -0.1, towardEven: 0, lead: "soft" },
  general: { shift: 0, towardEven: 0, lead: "both" },
} as const satisfies Record<Role, { shift: number; towardEven: number; lead: "hard" | "soft" | "both" }>;

/** A story's hard share within this distance of the target counts as balanced. */
export const MIX_TOLERANCE = 0.15;
