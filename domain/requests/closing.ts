import type { RequestStatus } from "@/lib/core/values";

import { isOpen } from "./status-machine";

type Event = { toStatus: RequestStatus | null; createdAt: Date };

/**
 * When a closed request reached the status it is in: the last event that led
 * there (a request reopened and answered again closes at the second answer).
 * Null while it is open: only open requests have deadlines to talk about.
 */
export function closedAt(status: RequestStatus, timeline: readonly Event[], fallback: Date): Date | null {
  if (isOpen(status)) return null;
  const last = timeline.findLast((event) => event.toStatus === status);
  return last?.createdAt ?? fallback;
}
