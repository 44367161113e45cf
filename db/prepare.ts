import "server-only";

import { hashPassword } from "@/lib/core/password";

import type { Db } from "./client";
import { migrate } from "./migrate";
import { seedBase } from "./seed/base";
import { DEMO_PASSWORD, retireDemoPasswords, seedDemo } from "./seed/demo";
import { refreshStatistics } from "./statistics-refresh";

type Prepared = { demoSeeded: boolean; demoPasswordsRetired: number };

/**
 * Brings a database up to date: migrations, base settings, and the demo
 * bureau if asked for. Without the demo, no account keeps the demo's
 * published password.
 */
export async function prepareDatabase(db: Db, options: { demo: boolean }): Promise<Prepared> {
  await migrate(db);
  await seedBase(db);
  if (!options.demo) return { demoSeeded: false, demoPasswordsRetired: await retireDemoPasswords(db) };
  const { seeded } = await seedDemo(db, await hashPassword(DEMO_PASSWORD));
  // The demo's history shows on the statistics page from the first request on.
  if (seeded) await refreshStatistics(db, { full: true });
  return { demoSeeded: seeded, demoPasswordsRetired: 0 };
}
