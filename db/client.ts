import "server-only";

import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

import { env } from "@/lib/core/env";

import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Handle = {
  db: Db;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
  /** LISTEN on a channel (PostgreSQL servers only); `onListen` runs at every (re)connection. */
  listen?: (channel: string, onNotify: (payload: string) => void, onListen: () => void) => Promise<void>;
};

/**
 * Opens a database with the postgres driver: a PostgreSQL server by URL, or
 * PGlite in a folder, served on a worker thread over a Unix socket (PGlite
 * speaks to one connection at a time, so the pool has one).
 */
export async function openDatabase(target: { url: string } | { dir: string }): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  if ("url" in target) {
    const client = postgres(target.url, { onnotice: () => {}, max: 10, connect_timeout: 5 });
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
      listen: async (channel, onNotify, onListen) => {
        await client.listen(channel, onNotify, onListen);
      },
    };
  }
  const worker = await startPglite(target.dir);
  const client = postgres({ path: worker.socketPath, max: 1, onnotice: () => {}, connect_timeout: 30 });
  const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    close: async () => {
      await client.end({ timeout: 5 });
      await worker.close();
    },
  };
}

async function startPglite(dir: string) {
  const { Worker } = await import("node:worker_threads");
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const memory = dir.startsWith("memory://");
  if (!memory) mkdirSync(path.dirname(dir), { recursive: true });
  // Socket paths are limited to about 100 bytes: a short private folder of its own.
  const socketDir = mkdtempSync(path.join(tmpdir(), "safe-city-pglite-"));
  const socketPath = path.join(socketDir, ".s.PGSQL.5432");
  const removeSocketDir = () => rmSync(socketDir, { recursive: true, force: true });
  // A server stopped by a signal never calls close(): its folder goes all the same.
  process.once("exit", removeSocketDir);
  const script = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/pglite-worker.mjs");
  const worker = new Worker(script, { workerData: { dataDir: memory ? dir : path.resolve(/*turbopackIgnore: true*/ dir), socketPath } });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`PGlite worker exited with code ${code}`)));
  });
  // The worker never keeps the process alive on its own.
  worker.unref();
  return {
    socketPath,
    close: async () => {
      const closed = new Promise<void>((resolve) => worker.once("message", () => resolve()));
      worker.postMessage("close");
      await closed;
      await worker.terminate();
      process.off("exit", removeSocketDir);
      removeSocketDir();
    },
  };
}

// One opener per process: PGlite must never be opened twice on one folder.
const holder = globalThis as unknown as { __safeCityDb?: Promise<Handle> };

export function getHandle(): Promise<Handle> {
  holder.__safeCityDb ??= openDatabase(env.databaseUrl ? { url: env.databaseUrl } : { dir: env.pgliteDir });
  return holder.__safeCityDb;
}

export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}
