import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { requestEvents, requests } from "@/db/schema";
import { tokenPattern } from "@/lib/core/values";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { parseForm } from "../validation";
import { nextStatus } from "./status-machine";

/** Withdrawing takes two steps: the first post asks, the second (with confirm=yes) does it. */
export const WithdrawForm = z.object({
  confirm: z
    .literal("yes")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

/**
 * The resident withdraws their request before staff triage it; holding its
 * tracking link is their proof. Without confirmation nothing changes: the
 * answer says whether it could be withdrawn, for the page to ask first.
 */
export async function withdrawRequest(_ctx: Ctx, token: string, input: z.input<typeof WithdrawForm>): Promise<"confirm" | "withdrawn"> {
  const { confirm } = parseForm(WithdrawForm, input);
  if (!tokenPattern.test(token)) throw new NotFoundError("request");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const query = tx.select().from(requests).where(eq(requests.trackToken, token));
    const [request] = confirm ? await query.for("update") : await query;
    if (!request) throw new NotFoundError("request");
    // A ConflictError when it can no longer be withdrawn, asked or not.
    const status = nextStatus(request.kind, request.status, "withdraw", "resident");
    if (!confirm) return "confirm";
    await tx.update(requests).set({ status, updatedAt: new Date() }).where(eq(requests.id, request.id));
    await tx
      .insert(requestEvents)
      .values({ requestId: request.id, type: "withdrawn", visibility: "public", fromStatus: request.status, toStatus: status });
    return "withdrawn";
  });
}
