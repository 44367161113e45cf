import "server-only";

import { env } from "@/lib/core/env";

import { addressBucket, type Limit } from "../rate-limit";

/** Ratings from one address in an hour: a family or a village office, not a script. */
export const ratingIpLimit = (ip: string | null): Limit => ({
  key: `rate:ip:${addressBucket(ip)}`,
  max: env.ratingLimitPerHour,
  windowSeconds: 3600,
});

/** Ratings of one officer or unit in an hour, from anyone: a ceiling on a campaign. */
export const ratingTargetLimit = (target: string): Limit => ({ key: `rate:target:${target}`, max: 60, windowSeconds: 3600 });

/** One open rating per browser per officer or unit in this many days. */
export const OPEN_RATING_DAYS = 30;

/**
 * A burst: this many ratings of one target from different addresses within
 * the window. From then on, new open ratings of it are held for a moderator
 * rather than counted, until the window has passed.
 */
export const BURST_ADDRESSES = 5;
export const BURST_WINDOW_MINUTES = 10;
