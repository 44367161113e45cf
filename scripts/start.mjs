// `npm start`: build if the sources are newer than the last build, then serve.
// The server migrates and seeds the database itself (instrumentation.ts);
// this script waits for it to be healthy and says where to look.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const sources = ["app", "components", "domain", "db", "lib", "messages", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (builtAt < Math.max(...sources.map((s) => newestMtime(path.join(root, s))))) {
  console.log("Building Safe City (first start or changed sources)…");
  const build = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("npx", ["next", "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
const started = Date.now();
while (Date.now() - started < 300_000) {
  await new Promise((r) => setTimeout(r, 500));
  const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
  if (ok) {
    console.log(`\nSafe City is ready at ${url}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (!process.env.DATABASE_URL) {
      console.log("Demo accounts (password safe-city-demo): admin@demo.test, moderator@demo.test, officer@demo.test, resident@demo.test\n");
    }
    break;
  }
}
