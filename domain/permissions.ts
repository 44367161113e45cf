import type { Role } from "@/db/schema";

import type { Ctx } from "./context";
import { ForbiddenError, UnauthenticatedError } from "./errors";

const staff: readonly Role[] = ["officer", "moderator", "admin"];
const everyone: readonly Role[] = ["resident", ...staff];

// The one place that says who may do what. Pages, actions and route handlers
// never decide this themselves: they ask here, on the server, every time.
const rules = {
  "account.view": everyone,
  "account.signOutEverywhere": everyone,
  "staff.enter": staff,
  "directory.view": staff,
  "directory.edit": ["moderator", "admin"],
  // Officers see and answer their own unit's requests; moderators all of them.
  "request.view": staff,
  "request.reply": staff,
  "request.triage": ["moderator", "admin"],
  "request.reopen": ["moderator", "admin"],
  "request.viewAll": ["moderator", "admin"],
  "request.publish": ["moderator", "admin"],
  "template.edit": ["moderator", "admin"],
  "user.list": ["admin"],
  "user.disable": ["admin"],
  "user.signOutEverywhere": ["admin"],
  "audit.view": ["admin"],
  "settings.edit": ["admin"],
  "outbox.view": ["moderator", "admin"],
  "outbox.retry": ["moderator", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof rules;

export function can(ctx: Ctx, permission: Permission): boolean {
  const allowed: readonly Role[] = rules[permission];
  return ctx.actor !== null && allowed.includes(ctx.actor.role);
}

/** The roles that hold a permission: what a 403 page says a page needs. */
export function rolesAllowed(permission: Permission): readonly Role[] {
  return rules[permission];
}

/** Throws unless the caller may: unauthenticated when signed out, forbidden otherwise. */
export function requirePermission(ctx: Ctx, permission: Permission): asserts ctx is Ctx & { actor: NonNullable<Ctx["actor"]> } {
  if (!ctx.actor) throw new UnauthenticatedError(permission);
  if (!can(ctx, permission)) throw new ForbiddenError(permission);
}
