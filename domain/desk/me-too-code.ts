import "server-only";

import { randomInt } from "node:crypto";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { z } from "zod";

import { getDb } from "@/db/client";
import { backings, meTooChallenges, outbox } from "@/db/schema";
import { randomToken, sameText, tokenHash } from "@/lib/core/secrets";

import { changing } from "../cache";
import type { Ctx } from "../context";
import { ConflictError, ValidationError } from "../errors";
import { meTooCodePayload } from "../notifications/desk-templates";
import { consumeLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";
import { addBacking, meTooLimit, publishedItemId } from "./me-too";
import { MeTooCodeForm, MeTooContactForm } from "./me-too-form";

/** How long a code works, and how many tries it allows. */
export const CODE_MINUTES = 15;
export const CODE_TRIES = 5;

/** Codes to one address: a few retries an hour, never a stream of messages to someone else's phone. */
export const meTooCodeLimit = (contactHash: string): Limit => ({ key: `metoo:code:${contactHash}`, max: 3, windowSeconds: 3600 });

/** The backer a confirmed address becomes: its keyed hash, never the address. */
const contactBacker = (contactHash: string) => `contact:${contactHash}`;

/**
 * "This affects me too" without an account or a cookie: a six-digit code goes
 * to the phone or e-mail address given, through the outbox. Returns the
 * challenge the confirming form carries (shown to no one else). An address
 * already counted for the item is told so at once.
 */
export async function sendMeTooCode(
  ctx: Ctx,
  input: z.input<typeof MeTooContactForm>,
): Promise<{ challenge: string; channel: "sms" | "email" }> {
  const form = parseForm(MeTooContactForm, input);
  const contactHash = tokenHash(`contact:${form.contact}`);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const itemId = await publishedItemId(tx, form.trackingNumber);
    const [already] = await tx
      .select({ id: backings.id })
      .from(backings)
      .where(and(eq(backings.requestId, itemId), eq(backings.backer, contactBacker(contactHash))));
    if (already) throw new ConflictError("already backed", "alreadyBacked");
    await consumeLimits(tx, [...(ctx.ip ? [meTooLimit(ctx.ip)] : []), meTooCodeLimit(contactHash)]);
    const challenge = randomToken(24);
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    await tx.insert(meTooChallenges).values({
      requestId: itemId,
      challengeHash: tokenHash(challenge),
      contactHash,
      codeHash: tokenHash(`${challenge}:${code}`),
      expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
    });
    const channel = form.contact.includes("@") ? "email" : "sms";
    await tx.insert(outbox).values({
      channel,
      recipient: form.contact,
      template: "desk.me_too_code",
      payload: meTooCodePayload(code, form.trackingNumber),
    });
    return { challenge, channel };
  });
}

/**
 * Counts the confirmed address once for the item. Each try is counted first
 * (five at most, even when tried at once); a code works once, for 15 minutes.
 * Returns the item's new count.
 */
export async function confirmMeToo(_ctx: Ctx, input: z.input<typeof MeTooCodeForm>): Promise<number> {
  const form = parseForm(MeTooCodeForm, input);
  const db = await getDb();
  const [challenge] = await db
    .update(meTooChallenges)
    .set({ attempts: sql`${meTooChallenges.attempts} + 1` })
    .where(
      and(
        eq(meTooChallenges.challengeHash, tokenHash(form.challenge)),
        isNull(meTooChallenges.usedAt),
        gt(meTooChallenges.expiresAt, new Date()),
        lt(meTooChallenges.attempts, CODE_TRIES),
      ),
    )
    .returning();
  if (!challenge) throw new ValidationError({ code: "meTooStartAgain" });
  if (!sameText(challenge.codeHash, tokenHash(`${form.challenge}:${form.code}`))) throw new ValidationError({ code: "meTooCodeWrong" });
  return changing(db, ["publications"], async (tx) => {
    // Used once: the same code sent twice at once counts once.
    const [claimed] = await tx
      .update(meTooChallenges)
      .set({ usedAt: new Date() })
      .where(and(eq(meTooChallenges.id, challenge.id), isNull(meTooChallenges.usedAt)))
      .returning({ id: meTooChallenges.id });
    if (!claimed) throw new ValidationError({ code: "meTooStartAgain" });
    return addBacking(tx, challenge.requestId, contactBacker(challenge.contactHash));
  });
}
