import "server-only";

import { getDb } from "@/db/client";
import { refreshStatistics } from "@/db/statistics-refresh";
import { env } from "@/lib/core/env";
import { errorFields, logger } from "@/lib/core/logger";

import { changing } from "../cache";
import { deleteExpiredLimits } from "../rate-limit";
import { escalateOverdue } from "../requests/escalate-overdue";
import { dispatchDue } from "./dispatch";

// One loop per process, even if start-up code runs twice (dev reloads).
const holder = globalThis as unknown as { __safeCityDispatcher?: NodeJS.Timeout };

// Rate-limit counters whose window has ended are swept this often.
const LIMIT_SWEEP_MS = 60_000;
let lastSweep = 0;
// Overdue requests are looked for every this many dispatch intervals (a minute
// by default): a deadline is a day or more, and the query reads every open request.
const ESCALATION_TICKS = 12;
let lastEscalation = 0;
// The statistics' monthly aggregates are brought up to date this often (the
// first tick does it at once): a few recent months, in well under a second.
const STATISTICS_REFRESH_MS = 5 * 60_000;
let lastStatistics = 0;

/**
 * The server's periodic work, one tick of it: now and then escalate overdue
 * requests (every server checks; escalateOverdue's unique rows keep them from
 * notifying twice), send what is due, and now and then delete the rate-limit
 * counters whose window has ended (every server
 * sweeps; SKIP LOCKED keeps them out of each other's way). Errors are logged
 * by class and SQLSTATE only, never by message: a failed query's message
 * holds its parameters.
 */
export async function periodicWork(now = Date.now()): Promise<void> {
  // Before sending, so the messages it writes leave in this tick.
  if (now - lastEscalation >= ESCALATION_TICKS * env.dispatchIntervalMs) {
    lastEscalation = now;
    try {
      const result = await escalateOverdue({ now: new Date(now) });
      if (result.escalated) logger.info(result, "overdue requests escalated");
    } catch (error) {
      logger.error({ err: errorFields(error) }, "overdue escalation failed");
    }
  }
  try {
    const result = await dispatchDue();
    if (result.sent || result.failed || result.retried) logger.info(result, "outbox dispatched");
  } catch (error) {
    logger.error({ err: errorFields(error) }, "outbox dispatch failed");
  }
  if (now - lastStatistics >= STATISTICS_REFRESH_MS) {
    lastStatistics = now;
    try {
      // Every server forgets the figures it kept once the refresh commits (notified even when it had nothing to do).
      const result = await changing(await getDb(), ["statistics"], (tx) => refreshStatistics(tx));
      if (result.refreshed) logger.debug(result, "statistics refreshed");
    } catch (error) {
      logger.error({ err: errorFields(error) }, "statistics refresh failed");
    }
  }
  if (now - lastSweep < LIMIT_SWEEP_MS) return;
  lastSweep = now;
  try {
    const deleted = await deleteExpiredLimits(await getDb());
    if (deleted) logger.debug({ deleted }, "expired rate-limit counters deleted");
  } catch (error) {
    logger.error({ err: errorFields(error) }, "rate-limit sweep failed");
  }
}

/**
 * Runs periodicWork every DISPATCH_INTERVAL_MS. Runs never overlap in this
 * process (other servers are kept apart by dispatchDue's claims). 0 turns it
 * off, sweep included: whatever sends instead should call periodicWork.
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
    periodicWork().finally(() => {
      running = false;
    });
  }, interval);
  // The timer alone never keeps the process alive: shutdown is not delayed by it.
  timer.unref();
  holder.__safeCityDispatcher = timer;
}
