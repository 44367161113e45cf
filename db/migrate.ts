import "server-only";

import path from "node:path";

import type { Db } from "./client";

const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");

/** Applies the committed SQL migrations; the same files serve both drivers. */
export async function migrate(db: Db, driver: "postgres" | "pglite"): Promise<void> {
  if (driver === "postgres") {
    const { migrate: run } = await import("drizzle-orm/postgres-js/migrator");
    await run(db as unknown as Parameters<typeof run>[0], { migrationsFolder });
  } else {
    const { migrate: run } = await import("drizzle-orm/pglite/migrator");
    await run(db as unknown as Parameters<typeof run>[0], { migrationsFolder });
  }
}
