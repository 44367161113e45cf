import "server-only";

import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { attachments } from "@/db/schema";

import type { Ctx } from "../../context";
import { NotFoundError } from "../../errors";
import { loadForStaff } from "./scope";

/** A request's attachment, for staff who may see that request; never public. */
export async function getAttachment(ctx: Ctx, trackingNumber: string, attachmentId: unknown) {
  const id = z.coerce.number().int().positive().safeParse(attachmentId);
  if (!id.success) throw new NotFoundError("attachment");
  const db = await getDb();
  const request = await loadForStaff(db, ctx, trackingNumber);
  const [file] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id.data), eq(attachments.requestId, request.id)));
  if (!file) throw new NotFoundError("attachment");
  return file;
}
