import "server-only";

import { getDb } from "@/db/client";
import { openDataChanges, statisticsRefreshes } from "@/db/schema";

import type { Dependency, OpenDataset } from "./dataset";

/** What a response's ETag and Last-Modified are made of. */
export type Validator = { etag: string; lastModified: Date };

type Versions = Map<Dependency, { version: number; at: Date }>;

const never = { version: 0, at: new Date(0) };

/**
 * The current version of everything the datasets rest on: two small reads
 * (one row per source, the statistics' refresh time), never the data itself.
 */
export async function loadVersions(): Promise<Versions> {
  const db = await getDb();
  const [changes, refreshes] = await Promise.all([
    db.select().from(openDataChanges),
    db.select({ at: statisticsRefreshes.refreshedAt }).from(statisticsRefreshes).limit(1),
  ]);
  const versions: Versions = new Map(changes.map((c) => [c.source, { version: c.version, at: c.changedAt }]));
  const refreshed = refreshes[0]?.at;
  if (refreshed) versions.set("statistics", { version: refreshed.getTime(), at: refreshed });
  return versions;
}

/** A validator over some dependencies, tagged with what it validates (the file's name: its representation). */
export function validatorOf(name: string, dependsOn: readonly Dependency[], versions: Versions): Validator {
  const parts = dependsOn.map((d) => versions.get(d) ?? never);
  const lastModified = new Date(Math.max(...parts.map((p) => p.at.getTime())));
  return { etag: `"${name}-${parts.map((p) => p.version).join("-")}"`, lastModified };
}

/** When a dataset last changed, for the open-data page. */
export function updatedAt(dataset: OpenDataset, versions: Versions): Date | null {
  const at = validatorOf(dataset.id, dataset.dependsOn, versions).lastModified;
  return at.getTime() === 0 ? null : at;
}

/** The validator of a file resting on these sources, e.g. /officers.csv on the directory. */
export async function currentValidator(name: string, dependsOn: readonly Dependency[]): Promise<Validator> {
  return validatorOf(name, dependsOn, await loadVersions());
}
