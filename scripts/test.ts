// `npm test`: the whole suite, in the order that fails fastest: lint, typecheck, unit, end to end.
import { runBin } from "./run";

process.env.NEXT_TELEMETRY_DISABLED = "1";

const steps: [string, () => void][] = [
  ["lint", () => runBin("eslint", ["--max-warnings=0", "."])],
  ["typecheck", () => (runBin("next", ["typegen"]), runBin("tsc", ["--noEmit"]))],
  ["unit tests (vitest)", () => runBin("vitest", ["run"])],
  ["end-to-end tests (Playwright + Chromium)", () => runBin("tsx", ["scripts/e2e.ts"])],
];

for (const [name, step] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  step();
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log("\nAll checks passed.");
