// `npm start`: build if the sources are newer than the last build, then serve.
// The server migrates and seeds the database itself (instrumentation.ts);
// this script waits for it to be healthy and says where to look.
import { spawn } from "node:child_process";
import path from "node:path";

import { buildIfStale } from "./build-if-stale.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

buildIfStale(root);

const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  cwd: root,
  env: { ...env, NODE_ENV: "production", PORT: port },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
const started = Date.now();
while (Date.now() - started < 300_000) {
  await new Promise((r) => setTimeout(r, 500));
  const ok = await fetch(`${url}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) {
    console.log(`\nSafe City is ready at ${url}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (!process.env.DATABASE_URL) {
      console.log("Demo accounts (password safe-city-demo): admin@demo.test, moderator@demo.test, officer@demo.test, resident@demo.test\n");
    }
    break;
  }
}
