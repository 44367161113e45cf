import "server-only";

import path from "node:path";

import type { Db } from "./client";

const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");

/** Applies the committed SQL migrations; PGlite and PostgreSQL servers take the same files through the same driver. */
export async function migrate(db: Db): Promise<void> {
  const { migrate: run } = await import("drizzle-orm/postgres-js/migrator");
  await run(db as unknown as Parameters<typeof run>[0], { migrationsFolder });
}
