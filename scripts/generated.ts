// Shared by the scripts that write a generated source file (npm run fit, gen:common-words,
// gen:wordnet-classes): the word-table layout, and writing the file or, with --check, failing when the
// committed file differs from what the script builds.
import { readFileSync, writeFileSync } from "node:fs";

/** A `readonly string[]` of space-joined word lines, `perLine` words each, under its header comments. */
export function wordTableSource(header: readonly string[], name: string, words: readonly string[], perLine: number): string {
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += perLine) lines.push(`  "${words.slice(i, i + perLine).join(" ")}",`);
  return [...header.map((h) => `// ${h}`), `export const ${name}: readonly string[] = [`, ...lines, "];", ""].join("\n");
}

/** Writes `src` to `out`, or with `--check` on the command line fails (exit code 1, `stale` on stderr) when the file differs. */
export function writeOrCheck(out: string, src: string, stale: string, wrote = `wrote ${out}`): void {
  if (process.argv.includes("--check")) {
    if (readFileSync(out, "utf8") !== src) {
      console.error(stale);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(out, src);
    console.log(wrote);
  }
}
