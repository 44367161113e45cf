// A throwaway PostgreSQL cluster for tests and benchmarks: 127.0.0.1 only,
// on a free port, in a temporary folder that is removed when it stops.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type Cluster = {
  url: string;
  /** Stops the server and removes its files. */
  stop: () => void;
  /** Stops the server at once, as a crash would (its files stay). */
  kill: () => void;
  /** Starts it again after kill(). */
  restart: () => void;
};

function pgBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql-15)");
  return path.join(base, newest, "bin");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `durable` keeps fsync and synchronous commit on: for tests of what survives a crash. */
export async function startCluster({ durable = false } = {}): Promise<Cluster> {
  const bin = pgBin();
  const dir = mkdtempSync(path.join(tmpdir(), "safe-city-pg-"));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: run the server as the postgres user.
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { stdio: "pipe" })
      : execFileSync(path.join(bin, cmd), args, { stdio: "pipe" });
  if (asRoot) {
    execFileSync("chown", ["postgres:postgres", dir]);
    chmodSync(dir, 0o700);
  }
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "app", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const speed = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${speed}`;
  const start = () => run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
  start();
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "app", "app"]);
  const kill = () => run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      kill();
    } catch {
      // Already stopped (a test killed it): the files go all the same.
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://app@127.0.0.1:${port}/app`, stop, kill, restart: start };
}

/** Stops the cluster however the process ends. */
export function stopOnExit(cluster: Cluster): void {
  process.once("exit", cluster.stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      cluster.stop();
      process.exit(130);
    });
  }
}
