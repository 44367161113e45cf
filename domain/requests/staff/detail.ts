import "server-only";

import { and, asc, eq, inArray, or } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, attachments, officers, requestEvents, units, users } from "@/db/schema";

import type { Ctx } from "../../context";
import { can } from "../../permissions";
import { allowedActions, type Party } from "../status-machine";
import { loadForStaff } from "./scope";

export function partyOf(ctx: Ctx): Party {
  return can(ctx, "request.viewAll") ? "moderator" : "staff";
}

/** Everything about a request for the staff member handling it: contact details are shown only here. */
export async function getStaffRequest(ctx: Ctx, trackingNumber: string) {
  const db = await getDb();
  const request = await loadForStaff(db, ctx, trackingNumber);
  const [timeline, files, unit, area, officerConcerned, assignees, allUnits] = await Promise.all([
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
      .where(eq(attachments.requestId, request.id)),
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
    // Who could take it: staff of its unit, and the moderators.
    db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(
        and(
          eq(users.disabled, false),
          or(eq(users.role, "moderator"), request.unitId ? eq(users.unitId, request.unitId) : undefined),
          inArray(users.role, ["officer", "moderator"]),
        ),
      ),
    can(ctx, "request.triage")
      ? db.select({ id: units.id, nameZh: units.nameZh, nameEn: units.nameEn }).from(units).orderBy(asc(units.sort))
      : Promise.resolve([]),
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
    actions: allowedActions(request.kind, request.status, partyOf(ctx)),
    canTriage: can(ctx, "request.triage"),
  };
}
