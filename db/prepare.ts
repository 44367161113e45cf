import "server-only";

import { hashPassword } from "@/lib/core/password";

import type { Db } from "./client";
import { migrate } from "./migrate";
import { seedBase } from "./seed/base";
import { DEMO_PASSWORD, seedDemo } from "./seed/demo";

/** Brings a database up to date: migrations, base settings, and the demo bureau if asked for. */
export async function prepareDatabase(db: Db, options: { demo: boolean }): Promise<{ demoSeeded: boolean }> {
  await migrate(db);
  await seedBase(db);
  if (!options.demo) return { demoSeeded: false };
  const { seeded } = await seedDemo(db, await hashPassword(DEMO_PASSWORD));
  return { demoSeeded: seeded };
}
