import "server-only";

import { getHandle } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { startDispatcher } from "@/domain/notifications/dispatcher-loop";
import { scrubDatabaseErrorsFromConsole } from "@/lib/core/console-errors";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";

/**
 * Runs once when the server starts. If the database cannot be migrated the
 * process exits: `next start` would otherwise serve errors forever.
 */
export async function startUp(): Promise<void> {
  scrubDatabaseErrorsFromConsole();
  const started = Date.now();
  try {
    const { db, driver } = await getHandle();
    const { demoSeeded, demoPasswordsRetired } = await prepareDatabase(db, { demo: env.demoData });
    logger.info({ driver, demoSeeded, ms: Date.now() - started }, "database ready");
    if (env.demoData) {
      logger.warn(
        "DEMO_DATA is on: demo accounts with the password published in the README exist and need no second factor. Never serve this to the public; set DEMO_DATA=off for a real installation.",
      );
    }
    if (demoPasswordsRetired > 0)
      logger.warn({ accounts: demoPasswordsRetired }, "demo data is off: the demo accounts' published password was removed");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    logger.fatal({ message, cause }, "database start-up failed: cannot migrate, exiting");
    process.exit(1);
  }
  startDispatcher();
}
