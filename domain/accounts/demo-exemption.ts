import "server-only";

import { demoAccounts } from "@/db/seed/demo";
import { env } from "@/lib/core/env";

const demoEmails: ReadonlySet<string> = new Set(demoAccounts.map((account) => account.email));

/**
 * The demo's admin and moderator are not made to enrol a second factor, so
 * anyone can try the demo with the password in the README. Only while the
 * demo is switched on (DEMO_DATA): on a real installation there are no demo
 * accounts and no exemption. The staff area says so on every page.
 */
export function isDemoExempt(email: string): boolean {
  return env.demoData && demoEmails.has(email);
}
