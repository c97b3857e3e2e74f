// Drafting prompts shown beside each box of the four-part editor. Questions,
// never model answers: the product does not invent facts for the user.
import type { StarPart } from "../types";

export const STAR_PROMPTS = {
  situation: [
    "Where were you, and what was your role there?",
    "What was going wrong, and who felt it?",
    "How big was it: how many people, customers, orders or how much money?",
    "When was this, and what deadline or constraint did you face?",
  ],
  task: [
    "What were you personally asked or decided to do?",
    "What would success look like, and how would anyone know?",
    "What made it hard: time, budget, people, or missing information?",
  ],
  action: [
    "Which tool, method or technique did you use yourself, and on what?",
    "Who did you work with, persuade, teach or listen to, and what did you say or do?",
    "What did you do differently from the obvious approach, and why?",
    "How did your technical work reach the people who had to act on it?",
  ],
  result: [
    "What changed afterwards, and by how much (before and after)?",
    "Over what period did you measure it, and against what?",
    "What did other people do differently because of your work?",
    "If it did not work, what did you learn and what was decided next?",
  ],
} as const satisfies Record<StarPart, readonly string[]>;
