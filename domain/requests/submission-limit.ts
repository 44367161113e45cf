import "server-only";

import { env } from "@/lib/core/env";

import { addressBucket, type Limit } from "../rate-limit";

/**
 * New requests per client address: plenty for a family or a village office
 * sharing one address, and a ceiling for a script. Without a known address
 * (a server not behind scripts/serve.mjs) there is nothing to count by.
 */
export const submissionLimit = (ip: string): Limit => ({
  key: `submit:ip:${addressBucket(ip)}`,
  max: env.submissionLimitPerHour,
  windowSeconds: 3600,
});
