import "server-only";

import { sql } from "drizzle-orm";

import { getHandle, type Db, type Tx } from "@/db/client";
import { dataChanged } from "@/lib/core/data-version.mjs";
import { logger } from "@/lib/core/logger";

/**
 * Reads that change a few times a day or a year (the directory, the bureau's
 * details, the deadlines and holiday calendar, published articles, the service
 * catalogue, stations' priorities and visits, residents' ratings, the
 * statistics' monthly aggregates) kept in this server's memory, by tag. A write that changes them
 * ends them everywhere at once: `changing()` clears this server's copy as its
 * transaction commits, and the NOTIFY sent inside that transaction (delivered
 * by PostgreSQL only on commit) clears every other server's. A server that
 * loses its listening connection clears everything when it reconnects, as it
 * may have missed a notice; entries also lapse after TTL_MS, a safety net.
 * Public pages built only from this data are kept rendered for a few seconds
 * (scripts/page-cache.mjs) until any of it is cleared.
 */
const tags = ["directory", "site", "publications", "calendar", "articles", "services", "neighbourhood", "ratings", "statistics"] as const;
export type CacheTag = (typeof tags)[number];

// What a tag's data shows of another's: published replies, visits and priorities name units and officers,
// ratings and figures are found by a unit's slug or an officer's badge; a priority shows the report it came from.
const dependents: Record<CacheTag, readonly CacheTag[]> = {
  directory: ["publications", "neighbourhood", "ratings", "statistics"],
  site: [],
  publications: ["neighbourhood"],
  calendar: [],
  articles: [],
  services: [],
  neighbourhood: [],
  ratings: [],
  statistics: [],
};

const CHANNEL = "safe_city_cache";
const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 2000;

type Entry = { value: Promise<unknown>; expiresAt: number };
type Store = { entries: Map<CacheTag, Map<string, Entry>>; generation: Map<CacheTag, number>; listening?: Promise<void> };

// One store per process, whichever bundle (proxy, pages, route handlers) imports this module.
const store: Store = ((globalThis as unknown as { __safeCityCache?: Store }).__safeCityCache ??= {
  entries: new Map(),
  generation: new Map(),
});

/**
 * The cached result of `load` for this tag and key, loaded once however many ask at the same time.
 * `until` says when a loaded value stops being true without any write (e.g. a rating leaves the last 12 months).
 */
export async function cached<T>(tag: CacheTag, key: string, load: () => Promise<T>, until?: (value: T) => number): Promise<T> {
  // Nothing is kept before this server hears of other servers' changes (the first call waits for that).
  await listen();
  const entries = store.entries.get(tag) ?? store.entries.set(tag, new Map()).get(tag)!;
  const hit = entries.get(key);
  if (hit && hit.expiresAt > Date.now()) {
    // Least recently used goes first: a hit moves to the back.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const generation = store.generation.get(tag) ?? 0;
  const value = load();
  const entry = { value, expiresAt: Date.now() + TTL_MS };
  entries.set(key, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.then(
    (loaded) => {
      if (until) entry.expiresAt = Math.min(entry.expiresAt, until(loaded));
      // Loaded from data that changed meanwhile: not kept.
      if ((store.generation.get(tag) ?? 0) !== generation && entries.get(key) === entry) entries.delete(key);
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  return value;
}

/** Forgets this server's copy of a tag, and the pages built from it (scripts/page-cache.mjs). */
export function clear(tag: CacheTag): void {
  dataChanged();
  for (const cleared of [tag, ...dependents[tag]]) {
    store.generation.set(cleared, (store.generation.get(cleared) ?? 0) + 1);
    store.entries.get(cleared)?.clear();
  }
}

function clearAll(): void {
  for (const tag of tags) clear(tag);
}

/** Runs a write that changes what these tags hold; every server forgets them once it has committed. */
export async function changing<T>(db: Db, tags: readonly CacheTag[], work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.transaction(async (tx) => {
    const value = await work(tx);
    for (const tag of tags) await tx.execute(sql`select pg_notify(${CHANNEL}, ${tag})`);
    return value;
  });
  for (const tag of tags) clear(tag);
  return result;
}

/** Starts listening for other servers' changes, once per process (PostgreSQL servers only). */
function listen(): Promise<void> {
  store.listening ??= (async () => {
    const handle = await getHandle();
    if (!handle.listen) return;
    await handle.listen(
      CHANNEL,
      (tag) => ((tags as readonly string[]).includes(tag) ? clear(tag as CacheTag) : clearAll()),
      () => {
        logger.debug("cache listening for changes");
        clearAll();
      },
    );
  })().catch((error: unknown) => {
    logger.warn({ err: { name: error instanceof Error ? error.name : typeof error } }, "cache cannot listen yet: will try again");
    clearAll();
    setTimeout(() => (store.listening = undefined), 30_000).unref();
  });
  return store.listening;
}
