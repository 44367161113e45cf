import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { attachments } from "@/db/schema";
import { bigId } from "@/lib/core/query-params";

import type { Ctx } from "../../context";
import { NotFoundError } from "../../errors";
import { extensionFor } from "../uploads";
import { loadForStaff } from "./scope";

/** A request's attachment, for staff who may see that request; never public. */
export async function getAttachment(ctx: Ctx, trackingNumber: string, attachmentId: unknown) {
  const id = bigId.safeParse(attachmentId);
  if (!id.success) throw new NotFoundError("attachment");
  const db = await getDb();
  const request = await loadForStaff(db, ctx, trackingNumber);
  const [file] = await db
    .select({ id: attachments.id, mediaType: attachments.mediaType, bytes: attachments.bytes })
    .from(attachments)
    .where(and(eq(attachments.id, id.data), eq(attachments.requestId, request.id)));
  if (!file) throw new NotFoundError("attachment");
  // Named by its id and its sniffed type: the resident's name for it could say anything.
  return { ...file, downloadName: `attachment-${file.id}.${extensionFor(file.mediaType)}` };
}
