import "server-only";

import { and, desc, eq, isNotNull, type SQL } from "drizzle-orm";

import { getDb } from "@/db/client";
import { evaluations, officers, services, units } from "@/db/schema";
import type { CommentState, EvaluationState, HideReason } from "@/lib/core/evaluation-values";

import type { Ctx } from "../context";
import { can, requirePermission } from "../permissions";
import { redact } from "../requests/redact";

export const staffFilters = ["pending", "held", "approved", "hidden"] as const;
export type StaffFilter = (typeof staffFilters)[number];

export type StaffEvaluation = {
  id: number;
  target: { kind: "officer" | "unit" | "service"; nameZh: string; nameEn: string; key: string };
  scores: [number, number, number];
  comment: string;
  commentPublic: string;
  /** What "mask personal data" would publish. */
  maskedPreview: string;
  commentState: CommentState | null;
  hiddenReason: HideReason | null;
  state: EvaluationState;
  verified: boolean;
  createdAt: Date;
};

/**
 * Ratings for the moderation screen. Moderators see all; an officer only
 * those about themselves (and cannot decide on them); never the contact,
 * which only a moderator following up would need.
 */
export async function listStaffEvaluations(
  ctx: Ctx,
  filter: StaffFilter = "pending",
): Promise<{ items: StaffEvaluation[]; mayModerate: boolean }> {
  requirePermission(ctx, "evaluation.view");
  const mayModerate = can(ctx, "evaluation.moderate");
  const conditions: SQL[] = [
    filter === "held" ? eq(evaluations.state, "held") : and(isNotNull(evaluations.commentState), eq(evaluations.commentState, filter))!,
  ];
  if (!mayModerate) conditions.push(eq(evaluations.officerId, ctx.actor.officerId ?? -1));
  const db = await getDb();
  const rows = await db
    .select({
      e: evaluations,
      officerZh: officers.nameZh,
      officerEn: officers.namePinyin,
      badge: officers.badgeNumber,
      unitZh: units.nameZh,
      unitEn: units.nameEn,
      slug: units.slug,
      serviceZh: services.titleZh,
      serviceEn: services.titleEn,
      serviceSlug: services.slug,
    })
    .from(evaluations)
    .leftJoin(officers, eq(officers.id, evaluations.officerId))
    .leftJoin(units, eq(units.id, evaluations.unitId))
    .leftJoin(services, eq(services.id, evaluations.serviceId))
    .where(and(...conditions))
    .orderBy(desc(evaluations.createdAt), desc(evaluations.id))
    .limit(100);
  return {
    mayModerate,
    items: rows.map(({ e, ...r }) => ({
      id: e.id,
      target:
        e.officerId !== null
          ? { kind: "officer", nameZh: r.officerZh ?? "", nameEn: r.officerEn ?? "", key: `officer:${r.badge}` }
          : e.serviceId !== null
            ? { kind: "service", nameZh: r.serviceZh ?? "", nameEn: r.serviceEn ?? "", key: `service:${r.serviceSlug}` }
            : { kind: "unit", nameZh: r.unitZh ?? "", nameEn: r.unitEn ?? "", key: `unit:${r.slug}` },
      scores: [e.attitude, e.efficiency, e.fairness],
      comment: e.comment,
      commentPublic: e.commentPublic,
      maskedPreview: redact(e.comment).text,
      commentState: e.commentState,
      hiddenReason: e.hiddenReason,
      state: e.state,
      verified: e.verifiedRequestId !== null,
      createdAt: e.createdAt,
    })),
  };
}
