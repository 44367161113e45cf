import "server-only";

import { env } from "@/lib/core/env";
import { errorFields, logger } from "@/lib/core/logger";

import { dispatchDue } from "./dispatch";

// One loop per process, even if start-up code runs twice (dev reloads).
const holder = globalThis as unknown as { __safeCityDispatcher?: NodeJS.Timeout };

/**
 * Drains the outbox every DISPATCH_INTERVAL_MS. Runs never overlap in this
 * process (other servers are kept apart by dispatchDue's claims); a failed
 * run is logged and the next tick tries again. 0 turns it off, for when a
 * separate worker does the sending.
 */
export function startDispatcher(): void {
  const interval = env.dispatchIntervalMs;
  if (interval === 0 || holder.__safeCityDispatcher) return;
  // Only worth a warning when messages really leave the building.
  if (!env.authUrl && (env.smtpUrl || env.smsGatewayUrl))
    logger.warn("AUTH_URL is unset: links in notifications point at http://localhost:3000");
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatchDue()
      .then((result) => {
        if (result.sent || result.failed || result.retried) logger.info(result, "outbox dispatched");
      })
      .catch((error: unknown) => {
        // Class and SQLSTATE only: a failed query's message holds its parameters (recipients among them).
        logger.error({ err: errorFields(error) }, "outbox dispatch failed");
      })
      .finally(() => {
        running = false;
      });
  }, interval);
  // The timer alone never keeps the process alive: shutdown is not delayed by it.
  timer.unref();
  holder.__safeCityDispatcher = timer;
}
