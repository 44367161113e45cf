import "server-only";

import { asc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, attachments, officers, requestEvents, units, users } from "@/db/schema";
import { withoutBidiControls } from "@/lib/core/text";

import type { Ctx } from "../../context";
import { can } from "../../permissions";
import { closedAt } from "../closing";
import { allowedActions, isOpen, type Party } from "../status-machine";
import { listAssigneesFor } from "./assignees";
import { responsibleOfficerOf, unitsForTriage } from "./responsible-officer";
import { loadForStaff } from "./scope";

export function partyOf(ctx: Ctx): Party {
  return can(ctx, "request.viewAll") ? "moderator" : "staff";
}

/** Everything about a request for the staff member handling it: contact details are shown only here. */
export async function getStaffRequest(ctx: Ctx, trackingNumber: string) {
  const db = await getDb();
  const request = await loadForStaff(db, ctx, trackingNumber);
  const [timeline, files, unit, area, officerConcerned, assignees, allUnits, responsibleOfficer] = await Promise.all([
    db
      .select({
        id: requestEvents.id,
        type: requestEvents.type,
        visibility: requestEvents.visibility,
        body: requestEvents.body,
        toStatus: requestEvents.toStatus,
        createdAt: requestEvents.createdAt,
        actorName: users.name,
      })
      .from(requestEvents)
      .leftJoin(users, eq(users.id, requestEvents.actorId))
      .where(eq(requestEvents.requestId, request.id))
      .orderBy(asc(requestEvents.id)),
    db
      .select({ id: attachments.id, fileName: attachments.fileName, mediaType: attachments.mediaType, size: attachments.size })
      .from(attachments)
      .where(eq(attachments.requestId, request.id))
      // Shown as text only, and without the characters that could make "x\u202Efdp.exe" read "xexe.pdf".
      .then((rows) => rows.map((file) => ({ ...file, fileName: withoutBidiControls(file.fileName) }))),
    request.unitId ? db.select().from(units).where(eq(units.id, request.unitId)) : Promise.resolve([]),
    request.areaId
      ? db.select({ nameZh: areas.nameZh, nameEn: areas.nameEn }).from(areas).where(eq(areas.id, request.areaId))
      : Promise.resolve([]),
    request.officerConcernedId
      ? db
          .select({ nameZh: officers.nameZh, badgeNumber: officers.badgeNumber })
          .from(officers)
          .where(eq(officers.id, request.officerConcernedId))
      : Promise.resolve([]),
    // Who could take it: the rule triage checks.
    listAssigneesFor(db, request.unitId),
    can(ctx, "request.triage") ? unitsForTriage(db) : Promise.resolve([]),
    responsibleOfficerOf(db, request.areaId),
  ]);
  return {
    request,
    timeline,
    files,
    unit: unit[0] ?? null,
    area: area[0] ?? null,
    officerConcerned: officerConcerned[0] ?? null,
    assignees,
    units: allUnits,
    responsibleOfficer,
    actions: allowedActions(request.kind, request.status, partyOf(ctx)),
    // Closed requests have a closing date instead of deadlines; the flag stays while it is worked on again.
    closedAt: closedAt(request.status, timeline, request.resolvedAt ?? request.updatedAt),
    reopened: request.reopenedAt !== null && isOpen(request.status),
    overdue:
      isOpen(request.status) && (request.deadlineAt < new Date() || (!request.firstResponseAt && request.firstResponseDueAt < new Date())),
    canTriage: can(ctx, "request.triage"),
  };
}
