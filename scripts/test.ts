// `npm test`: format check, lint, type-check, unit, integration (real PostgreSQL) and
// browser tests (Playwright, real Chromium), in that order. Ends with a plain
// "N passed, N failed" line and a non-zero exit when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

type Stage = { name: string; command: string[]; report?: string };
const stages: Stage[] = [
  { name: "format", command: ["npx", "prettier", "--check", "."] },
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  {
    name: "unit",
    command: ["npx", "vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"],
    report: "unit.json",
  },
  {
    name: "integration",
    command: [
      "npx",
      "vitest",
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      "--outputFile=test-results/integration.json",
    ],
    report: "integration.json",
  },
  { name: "e2e", command: ["npx", "tsx", "scripts/e2e.ts"], report: "e2e.json" },
];

function counts(report: string): { passed: number; failed: number } {
  const file = path.join(results, report);
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const json = JSON.parse(readFileSync(file, "utf8"));
  if ("numPassedTests" in json) return { passed: json.numPassedTests, failed: json.numFailedTests };
  return { passed: json.stats.expected, failed: json.stats.unexpected + json.stats.flaky };
}

let passed = 0;
let failed = 0;
const failedStages: string[] = [];
for (const stage of stages) {
  const started = Date.now();
  console.log(`\n▶ ${stage.name}`);
  const run = spawnSync(stage.command[0]!, stage.command.slice(1), {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (stage.report) {
    const c = counts(stage.report);
    passed += c.passed;
    failed += c.failed;
  }
  if (run.status !== 0) {
    failedStages.push(stage.name);
    // A stage that fails without reporting a failed test (lint, a crash) still counts as one failure.
    if (!stage.report || counts(stage.report).failed === 0) failed += 1;
  } else if (!stage.report) {
    passed += 1;
  }
  console.log(`◀ ${stage.name}: ${run.status === 0 ? "ok" : "FAILED"} (${seconds} s)`);
}

if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages.length ? 1 : 0);
