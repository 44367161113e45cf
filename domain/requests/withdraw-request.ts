import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { requestEvents, requests } from "@/db/schema";
import { tokenPattern } from "@/lib/core/values";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { nextStatus } from "./status-machine";

/** The resident withdraws their request before staff triage it; holding its tracking link is their proof. */
export async function withdrawRequest(_ctx: Ctx, token: string): Promise<void> {
  if (!tokenPattern.test(token)) throw new NotFoundError("request");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [request] = await tx.select().from(requests).where(eq(requests.trackToken, token)).for("update");
    if (!request) throw new NotFoundError("request");
    const status = nextStatus(request.kind, request.status, "withdraw", "resident");
    await tx.update(requests).set({ status, updatedAt: new Date() }).where(eq(requests.id, request.id));
    await tx
      .insert(requestEvents)
      .values({ requestId: request.id, type: "withdrawn", visibility: "public", fromStatus: request.status, toStatus: status });
  });
}
