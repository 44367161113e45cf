import "server-only";

import { and, eq, isNull, ne, sql } from "drizzle-orm";

import { getDb, type Db, type Tx } from "@/db/client";
import { sessions } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { randomToken, sha256 } from "@/lib/core/secrets";
import type { Role } from "@/lib/core/values";

import type { Actor, SecondFactor } from "../context";
import { roleNeedsSecondFactor } from "../permissions";
import { isDemoExempt } from "./demo-exemption";

// Staff sessions end after 30 minutes without a request and 12 hours in all;
// residents stay signed in for 30 days.
export const STAFF_IDLE_MINUTES = 30;
export const STAFF_MAX_HOURS = 12;
export const RESIDENT_DAYS = 30;

/** How long a session of this role lives: idle limit and absolute lifetime, in minutes. */
export function sessionLimits(role: Role): { idleMinutes: number; lifetimeMinutes: number } {
  if (role === "resident") return { idleMinutes: RESIDENT_DAYS * 24 * 60, lifetimeMinutes: RESIDENT_DAYS * 24 * 60 };
  return { idleMinutes: STAFF_IDLE_MINUTES, lifetimeMinutes: STAFF_MAX_HOURS * 60 };
}

/** The id as the sessions table keeps it: a copy of the table opens no session. */
export const sessionKey = (sessionId: string): string => sha256(sessionId);

type NewSession = { userId: number; role: Role; mfaVerified: boolean; ip: string | null; userAgent: string | null };

/** Opens a session; returns the id the cookie carries (only its hash is stored). */
export async function startSession(tx: Tx, session: NewSession): Promise<string> {
  const id = randomToken();
  const { idleMinutes, lifetimeMinutes } = sessionLimits(session.role);
  // The user's sessions that ended or ran out are of no further use: cleared here, by the user index.
  await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, session.userId), sql`(${sessions.endedAt} is not null or ${sessions.expiresAt} < now())`));
  await tx.insert(sessions).values({
    idHash: sessionKey(id),
    userId: session.userId,
    expiresAt: sql`now() + make_interval(mins => ${lifetimeMinutes})`,
    idleMinutes,
    mfaVerified: session.mfaVerified,
    ip: session.ip,
    userAgent: session.userAgent?.slice(0, 300) ?? null,
  });
  return id;
}

type SessionRow = {
  user_id: number;
  role: Role;
  name: string;
  email: string;
  officer_id: number | null;
  unit_id: number | null;
  mfa_verified: boolean;
  officers_need_second_factor: boolean | null;
};

/**
 * The actor behind a session cookie, or null when the session has ended, run
 * out (idle or absolute), or its account is disabled. One statement, by the
 * primary key: it also notes the session as seen, at most once a minute, so a
 * busy page does not write on every request. An officer's unit is their
 * directory record's, so moving the officer moves the account too.
 */
export async function findSessionActor(sessionId: string): Promise<Actor | null> {
  const key = sessionKey(sessionId);
  const db = await getDb();
  const [row] = await queryRows<SessionRow>(
    db,
    sql`with seen as (
          update sessions set last_seen_at = now()
          where id_hash = ${key} and ended_at is null and expires_at > now()
            and last_seen_at > now() - make_interval(mins => idle_minutes)
            and last_seen_at < now() - interval '1 minute'
          returning id_hash
        )
        select u.id as user_id, u.role, u.name, u.email, u.officer_id, coalesce(o.unit_id, u.unit_id) as unit_id, s.mfa_verified,
          (select (value ->> 'officersNeedSecondFactor')::boolean from settings where key = 'security') as officers_need_second_factor
        from sessions s join users u on u.id = s.user_id
          left join officers o on o.id = u.officer_id
        where s.id_hash = ${key} and s.ended_at is null and s.expires_at > now()
          and s.last_seen_at > now() - make_interval(mins => s.idle_minutes)
          and not u.disabled`,
  );
  if (!row) return null;
  return {
    userId: row.user_id,
    role: row.role,
    name: row.name,
    officerId: row.officer_id,
    unitId: row.unit_id,
    secondFactor: secondFactorState(row),
    sessionId: key,
  };
}

function secondFactorState(row: SessionRow): SecondFactor {
  if (row.mfa_verified) return "verified";
  if (!roleNeedsSecondFactor(row.role, row.officers_need_second_factor === true)) return "optional";
  return isDemoExempt(row.email) ? "demo-exempt" : "required";
}

/** Signing out: the session ends on the server, so a copy of the cookie opens nothing. */
export async function endSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(sessions)
    .set({ endedAt: new Date() })
    .where(and(eq(sessions.idHash, sessionKey(sessionId)), isNull(sessions.endedAt)));
}

/** Ends every session of an account (all but one, when `except` names the caller's own). */
export async function endSessionsOf(db: Db | Tx, userId: number, except?: string | null): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), except ? ne(sessions.idHash, except) : undefined))
    .returning({ idHash: sessions.idHash });
  return ended.length;
}

/** The session gave the second factor (at enrolment): staff pages open without signing in again. */
export async function markSessionVerified(tx: Tx, key: string): Promise<void> {
  await tx.update(sessions).set({ mfaVerified: true }).where(eq(sessions.idHash, key));
}
