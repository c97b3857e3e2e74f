// Small helpers for the project's scripts: run a command and stop on failure.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";

export function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Runs a binary from node_modules/.bin. */
export function runBin(bin: string, args: string[], options: SpawnSyncOptions = {}): void {
  run(`node_modules/.bin/${bin}`, args, options);
}
