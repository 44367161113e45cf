import "server-only";

import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";

import { getDb, type Db } from "@/db/client";
import { apiKeys } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { consumeLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";
import { ApiKeyForm, RevokeApiKeyInput } from "./api-key-form";

/** Posts one key may make in an hour: a busy app's day of reports, not a flood. */
export const apiKeyLimit = (id: number): Limit => ({ key: `open311-key:${id}`, max: 120, windowSeconds: 3600 });

const hashOf = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

export type ApiKeyRow = {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  useCount: number;
  lastUsedAt: Date | null;
};

/** The keys for the admin's page: names, use counts and last use; never the key, which is not kept. */
export async function listApiKeys(ctx: Ctx): Promise<ApiKeyRow[]> {
  requirePermission(ctx, "apiKey.manage");
  const db = await getDb();
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
      useCount: apiKeys.useCount,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .orderBy(sql`${apiKeys.revokedAt} is not null`, desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Makes a key and returns it: the only time anyone sees it. Only its SHA-256 is stored. */
export async function createApiKey(ctx: Ctx, input: z.input<typeof ApiKeyForm>): Promise<{ id: number; name: string; key: string }> {
  requirePermission(ctx, "apiKey.manage");
  const form = parseForm(ApiKeyForm, input);
  const key = `sc_${randomBytes(24).toString("base64url")}`;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({ name: form.name, keyHash: hashOf(key), prefix: key.slice(0, 7), createdBy: ctx.actor.userId })
      .returning({ id: apiKeys.id });
    await recordAudit(tx, ctx, { action: "api_key.create", entity: "api_key", entityId: created!.id, detail: { name: form.name } });
    return { id: created!.id, name: form.name, key };
  });
}

/** Revokes a key for good: posts with it are refused from now on. */
export async function revokeApiKey(ctx: Ctx, input: z.input<typeof RevokeApiKeyInput>): Promise<{ name: string }> {
  requirePermission(ctx, "apiKey.manage");
  const { id } = parseForm(RevokeApiKeyInput, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [key] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for("update");
    if (!key) throw new NotFoundError("api key");
    if (key.revokedAt) throw new ConflictError("already revoked", "apiKeyRevoked");
    await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id));
    await recordAudit(tx, ctx, { action: "api_key.revoke", entity: "api_key", entityId: id, detail: { name: key.name } });
    return { name: key.name };
  });
}

/**
 * Counts a use of a live key and holds it to its hourly limit: null when the
 * key is unknown or revoked. Every use is counted, refused or not, each in a
 * statement of its own.
 */
export async function spendApiKey(db: Db, key: string): Promise<{ id: number; name: string } | null> {
  if (!key || key.length > 200) return null;
  const [live] = await db
    .update(apiKeys)
    .set({ useCount: sql`${apiKeys.useCount} + 1`, lastUsedAt: new Date() })
    .where(and(eq(apiKeys.keyHash, hashOf(key)), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id, name: apiKeys.name });
  if (!live) return null;
  await consumeLimits(db, [apiKeyLimit(live.id)]);
  return live;
}
