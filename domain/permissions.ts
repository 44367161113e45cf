import type { Role } from "@/db/schema";

import type { Ctx } from "./context";
import { ForbiddenError, SecondFactorRequiredError, UnauthenticatedError } from "./errors";

const staff: readonly Role[] = ["officer", "moderator", "admin"];
const everyone: readonly Role[] = ["resident", ...staff];

// The one place that says who may do what. Pages, actions and route handlers
// never decide this themselves: they ask here, on the server, every time.
const rules = {
  "account.view": everyone,
  "account.signOutEverywhere": everyone,
  "account.changePassword": everyone,
  // Enrol a second factor, see how many recovery codes are left, get new ones.
  "account.secondFactor": staff,
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
  // Mark oneself away (from/to): one's villages' new desk questions then go to the station queue.
  "desk.markAway": ["officer"],
  // The service hall's catalogue: guides, forms, published or not.
  "service.edit": ["moderator", "admin"],
  // Write, publish and archive /transparency articles.
  "article.edit": ["moderator", "admin"],
  "user.list": ["admin"],
  "user.create": ["admin"],
  "user.edit": ["admin"],
  "user.disable": ["admin"],
  "user.sendPasswordLink": ["admin"],
  "user.resetSecondFactor": ["admin"],
  "user.unlock": ["admin"],
  "user.signOutEverywhere": ["admin"],
  "audit.view": ["admin"],
  // Issue, see and revoke the keys other applications post Open311 requests with.
  "apiKey.manage": ["admin"],
  "settings.edit": ["admin"],
  "outbox.view": ["moderator", "admin"],
  // Officers read the comments about themselves; moderators decide on all of them.
  "evaluation.view": staff,
  "evaluation.moderate": ["moderator", "admin"],
  // Officers of the station keep its own priorities and visits; moderators any station's.
  "neighbourhood.edit": staff,
  "neighbourhood.editAll": ["moderator", "admin"],
  "outbox.retry": ["moderator", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof rules;

// What an actor who still owes a second factor may do: their own account,
// where they enrol. Everything else waits until the session has verified one.
const beforeSecondFactor: ReadonlySet<Permission> = new Set<Permission>([
  "account.view",
  "account.signOutEverywhere",
  "account.changePassword",
  "account.secondFactor",
]);

/**
 * Whether an account of this role must give a second factor before staff
 * work: always for admins and moderators; for officers when an admin has
 * said so in the security settings.
 */
export function roleNeedsSecondFactor(role: Role, officersNeedSecondFactor: boolean): boolean {
  return role === "admin" || role === "moderator" || (role === "officer" && officersNeedSecondFactor);
}

function roleMay(ctx: Ctx, permission: Permission): boolean {
  const allowed: readonly Role[] = rules[permission];
  return ctx.actor !== null && allowed.includes(ctx.actor.role);
}

/** The roles that hold a permission: what a 403 page says a page needs. */
export function rolesAllowed(permission: Permission): readonly Role[] {
  return rules[permission];
}

function owesSecondFactor(ctx: Ctx, permission: Permission): boolean {
  return ctx.actor?.secondFactor === "required" && !beforeSecondFactor.has(permission);
}

/** The role may, but the session must give the second factor first: pages send such people to enrol. */
export function needsSecondFactorFirst(ctx: Ctx, permission: Permission): boolean {
  return roleMay(ctx, permission) && owesSecondFactor(ctx, permission);
}

export function can(ctx: Ctx, permission: Permission): boolean {
  return roleMay(ctx, permission) && !owesSecondFactor(ctx, permission);
}

/**
 * Throws unless the caller may: unauthenticated when signed out, forbidden
 * otherwise, and "second factor required" when the role may but the session
 * has not given the second factor the role needs.
 */
export function requirePermission(ctx: Ctx, permission: Permission): asserts ctx is Ctx & { actor: NonNullable<Ctx["actor"]> } {
  if (!ctx.actor) throw new UnauthenticatedError(permission);
  if (!roleMay(ctx, permission)) throw new ForbiddenError(permission, rolesAllowed(permission), ctx.actor.role);
  if (owesSecondFactor(ctx, permission)) throw new SecondFactorRequiredError(permission);
}
