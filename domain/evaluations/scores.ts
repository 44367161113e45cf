import "server-only";

import { and, desc, eq, sql } from "drizzle-orm";

import { getDb, type Db } from "@/db/client";
import { evaluations, officers, services, units } from "@/db/schema";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { parseTarget, targetPattern } from "./rating-form";

/** Under this many ratings, averages say more about chance than about the officer: pages say "too few". */
export const FEW_RATINGS = 5;
export const COMMENTS_PER_PAGE = 10;

export type Scores = {
  count: number;
  verified: number;
  tooFew: boolean;
  /** Averages to one decimal; null when there are too few ratings to show them. */
  attitude: number | null;
  efficiency: number | null;
  fairness: number | null;
};

export type PublicComment = { id: number; text: string; verified: boolean; createdAt: Date };

async function targetColumn(db: Db, target: string) {
  if (!targetPattern.test(target)) throw new NotFoundError("target");
  const parsed = parseTarget(target);
  if (parsed.kind === "officer") {
    const [o] = await db.select({ id: officers.id }).from(officers).where(eq(officers.badgeNumber, parsed.badge));
    if (!o) throw new NotFoundError("officer");
    return eq(evaluations.officerId, o.id);
  }
  if (parsed.kind === "service") {
    const [s] = await db.select({ id: services.id }).from(services).where(eq(services.slug, parsed.slug));
    if (!s) throw new NotFoundError("service");
    return eq(evaluations.serviceId, s.id);
  }
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.slug, parsed.slug));
  if (!u) throw new NotFoundError("unit");
  return eq(evaluations.unitId, u.id);
}

const lastYear = sql`${evaluations.createdAt} > now() - interval '12 months'`;

/** Counted ratings of the last 12 months: averages, how many, how many verified (kept until a rating or a moderator's decision). */
export async function getScores(_ctx: Ctx, target: string): Promise<Scores> {
  const { scores } = await cached(
    "ratings",
    `scores:${target}`,
    () => loadScores(target),
    (loaded) => loaded.until,
  );
  return scores;
}

async function loadScores(target: string): Promise<{ scores: Scores; until: number }> {
  const db = await getDb();
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      verified: sql<number>`count(${evaluations.verifiedRequestId})::int`,
      attitude: sql<string | null>`round(avg(${evaluations.attitude}), 1)`,
      efficiency: sql<string | null>`round(avg(${evaluations.efficiency}), 1)`,
      fairness: sql<string | null>`round(avg(${evaluations.fairness}), 1)`,
      // When the oldest of them leaves the last 12 months, and the figures with it.
      leaves: sql<number | null>`(extract(epoch from min(${evaluations.createdAt}) + interval '12 months') * 1000)::float8`,
    })
    .from(evaluations)
    .where(and(await targetColumn(db, target), eq(evaluations.state, "counted"), lastYear));
  const count = row?.count ?? 0;
  const tooFew = count < FEW_RATINGS;
  const shown = (value: string | null | undefined) => (tooFew || value == null ? null : Number(value));
  const scores = {
    count,
    verified: row?.verified ?? 0,
    tooFew,
    attitude: shown(row?.attitude),
    efficiency: shown(row?.efficiency),
    fairness: shown(row?.fairness),
  };
  return { scores, until: row?.leaves == null ? Infinity : Number(row.leaves) };
}

/** Approved comments, newest first, as the public may read them (the masked copy); kept as the scores are. */
export async function listApprovedComments(_ctx: Ctx, target: string, page = 1): Promise<{ items: PublicComment[]; hasNext: boolean }> {
  return cached("ratings", `comments:${target}:${Math.max(1, page)}`, () => loadComments(target, page));
}

async function loadComments(target: string, page: number): Promise<{ items: PublicComment[]; hasNext: boolean }> {
  const db = await getDb();
  const rows = await db
    .select({
      id: evaluations.id,
      text: evaluations.commentPublic,
      verifiedRequestId: evaluations.verifiedRequestId,
      createdAt: evaluations.createdAt,
    })
    .from(evaluations)
    .where(and(await targetColumn(db, target), eq(evaluations.commentState, "approved")))
    .orderBy(desc(evaluations.createdAt), desc(evaluations.id))
    // Paged by number: one officer's approved comments are a short list, read through its index.
    .limit(COMMENTS_PER_PAGE + 1)
    .offset((Math.max(1, page) - 1) * COMMENTS_PER_PAGE);
  return {
    items: rows
      .slice(0, COMMENTS_PER_PAGE)
      .map((r) => ({ id: r.id, text: r.text, verified: r.verifiedRequestId !== null, createdAt: r.createdAt })),
    hasNext: rows.length > COMMENTS_PER_PAGE,
  };
}
