import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, officers } from "@/db/schema";
import { initialsOf } from "@/lib/core/pinyin";

import { cached } from "../cache";

type Index = { officers: [string, number][]; areas: [string, number][] };

/**
 * Published officers and every area by the initials of their names ("hzq" →
 * 黄志强). Kept with the directory's cache, so a change rebuilds it: about
 * 4,400 names, computed in a few tens of milliseconds.
 */
async function initialsIndex(): Promise<Index> {
  return cached("directory", "initials", async () => {
    const db = await getDb();
    const [people, places] = await Promise.all([
      db.select({ id: officers.id, nameZh: officers.nameZh }).from(officers).where(eq(officers.published, true)),
      db.select({ id: areas.id, nameZh: areas.nameZh }).from(areas),
    ]);
    return {
      officers: people.map((o) => [initialsOf(o.nameZh, { person: true }), o.id] as [string, number]),
      areas: places.map((a) => [initialsOf(a.nameZh), a.id] as [string, number]),
    };
  });
}

/** Whether a query could be initials: two to six Latin letters. */
export const looksLikeInitials = (q: string) => /^[a-z]{2,6}$/i.test(q);

/** Officers and areas whose initials start with the query; at most `limit` of each. */
export async function matchInitials(q: string, limit = 500): Promise<{ officerIds: number[]; areaIds: number[] }> {
  if (!looksLikeInitials(q)) return { officerIds: [], areaIds: [] };
  const wanted = q.toLowerCase();
  const index = await initialsIndex();
  const find = (entries: [string, number][]) =>
    entries
      .filter(([initials]) => initials.startsWith(wanted))
      .slice(0, limit)
      .map(([, id]) => id);
  return { officerIds: find(index.officers), areaIds: find(index.areas) };
}
