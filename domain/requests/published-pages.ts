import "server-only";

import { and, desc, eq, ilike, lt, or } from "drizzle-orm";

import { publications } from "@/db/schema";
import { cursorOf, type Cursor } from "@/lib/core/query-params";

import { escapeLike } from "../directory/search";

// Lists of published items (replies, desk questions): searched in their
// public copies, newest first, a page at a time by keyset.

/** The published copies that contain the text, or no condition without one. */
export function publishedTextMatches(q: string | undefined) {
  if (!q) return undefined;
  const text = `%${escapeLike(q)}%`;
  return or(ilike(publications.publicTitle, text), ilike(publications.publicQuestion, text), ilike(publications.publicReply, text));
}

/** The items after the cursor's, in the order below. */
export function publishedBefore(before: Cursor | undefined) {
  if (!before) return undefined;
  const { at, id } = before;
  return or(lt(publications.publishedAt, at), and(eq(publications.publishedAt, at), lt(publications.requestId, id)));
}

/** Newest first; the request id settles ties, as the cursor does. */
export const newestPublishedFirst = [desc(publications.publishedAt), desc(publications.requestId)] as const;

/** A page from `size + 1` rows read: the page, and the cursor of the next when there is one. */
export function publishedPage<T extends { publishedAt: Date; id: number }>(rows: T[], size: number) {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, next: rows.length > size && last ? cursorOf(last.publishedAt, last.id) : null };
}
