import "server-only";

import { getDb } from "@/db/client";
import { anonymousCtx, type Ctx } from "@/domain/context";
import { getPublishedQuestion } from "@/domain/desk/published-questions";
import { officerExists, unitExists } from "@/domain/directory/public-queries";
import { areaIdExists, officerIdExists, unitIdExists } from "@/domain/directory/staff-queries";
import { staffNeighbourhoodItemVisible } from "@/domain/neighbourhood/staff-queries";
import { openDatasetExists } from "@/domain/open-data/pages";
import { can, needsSecondFactorFirst, rolesAllowed, type Permission } from "@/domain/permissions";
import { getPublishedReply } from "@/domain/requests/published-replies";
import { staffRequestVisible } from "@/domain/requests/staff/scope";
import { trackTokenExists } from "@/domain/requests/track";
import { staffServiceExists } from "@/domain/services/edit-services";
import { articleSections, publicArticleExists } from "@/domain/transparency/articles";
import type { Role } from "@/lib/core/values";

/**
 * What the proxy does with a page before it is rendered: let it through, or
 * answer "not found" or "forbidden" with a real status and the translated page
 * (Next.js renders notFound() thrown by a page as an empty shell without
 * JavaScript), or send the signed-out to sign in. A convenience with real
 * status codes: every domain function the page calls still checks for itself.
 */
export type PageVerdict =
  | { kind: "render" }
  | { kind: "notFound" }
  | { kind: "forbidden"; roles: readonly Role[]; current: Role }
  | { kind: "signIn" }
  | { kind: "secondFactor" };

const render: PageVerdict = { kind: "render" };
const notFound: PageVerdict = { kind: "notFound" };

/** A path's segments decoded, or null when the path is not valid percent-encoded UTF-8. */
export function pathSegments(pathname: string): string[] | null {
  try {
    return pathname.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
}

// Public pages whose path names a record: cheap existence checks, and nothing
// at all for the pages without one (they are the busiest).
const publicRecords: Record<string, (segment: string) => Promise<boolean>> = {
  officers: (badge) => officerExists(anonymousCtx(), badge),
  units: (slug) => unitExists(anonymousCtx(), slug),
  track: (token) => trackTokenExists(anonymousCtx(), token),
  // /transparency/<section>, beside the fixed pages and downloads of the same folder.
  transparency: async (segment) => transparencyFixed.includes(segment) || (articleSections as readonly string[]).includes(segment),
};
const transparencyFixed = ["organisation", "statistics", "statistics.csv", "statistics.json", "feed.xml"];

// Pages by the permission they need, most specific first; a staff page not
// listed needs what the staff area does. Listed for their status codes only:
// the pages and the domain keep their own checks.
const guardedPages: [RegExp, Permission][] = [
  [/^\/account\/security$/, "account.secondFactor"],
  [/^\/staff\/users(\/|$)/, "user.list"],
  [/^\/staff\/audit(\/|$)/, "audit.view"],
  [/^\/staff\/api-keys(\/|$)/, "apiKey.manage"],
  [/^\/staff\/settings(\/|$)/, "settings.edit"],
  [/^\/staff\/outbox(\/|$)/, "outbox.view"],
  [/^\/staff\/directory\/import(\/|$)/, "directory.edit"],
  [/^\/staff\/directory(\/|$)/, "directory.view"],
  [/^\/staff\/templates(\/|$)/, "request.reply"],
  [/^\/staff\/articles(\/|$)/, "article.edit"],
  [/^\/staff\/services(\/|$)/, "service.edit"],
  [/^\/staff\/requests(\/|$)/, "request.view"],
  [/^\/staff(\/|$)/, "staff.enter"],
];

// Route handlers answer their own statuses (lib/errors.ts problemResponse).
const routeHandlers = [/^\/staff\/directory\/export\/[^/]+$/, /^\/staff\/requests\/[^/]+\/attachments\/[^/]+$/];

/** The permission a guarded page needs; null for a public page or a route handler. */
export function pagePermission(pathname: string): Permission | null {
  if (routeHandlers.some((pattern) => pattern.test(pathname))) return null;
  return guardedPages.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

async function staffRecordExists(ctx: Ctx, segments: string[]): Promise<boolean> {
  const [, area, kind, id, extra] = segments;
  if (extra !== undefined) return true;
  if (area === "requests" && kind !== undefined && id === undefined) return staffRequestVisible(await getDb(), ctx, kind);
  if (area === "neighbourhood" && id !== undefined && (kind === "priorities" || kind === "visits")) {
    return staffNeighbourhoodItemVisible(ctx, kind === "visits" ? "visit" : "priority", id);
  }
  if (area === "services" && kind !== undefined && id === undefined) return kind === "new" || staffServiceExists(ctx, kind);
  if (area !== "directory" || id === undefined) return true;
  if (kind === "officers") return id === "new" || officerIdExists(ctx, id);
  if (kind === "units") return id === "new" || unitIdExists(ctx, id);
  if (kind === "areas") return areaIdExists(ctx, id);
  return true;
}

/**
 * The verdict for a GET of `pathname`. `loadCtx` is called only for guarded
 * pages: public pages never pay for a session lookup here.
 */
export async function pageVerdict(pathname: string, loadCtx: () => Promise<Ctx>): Promise<PageVerdict> {
  const segments = pathSegments(pathname);
  if (!segments) return notFound;
  const [first, second, third] = segments;
  const exists = first !== undefined ? publicRecords[first] : undefined;
  if (exists && second !== undefined && third === undefined) return (await exists(second)) ? render : notFound;
  if (first === "transparency" && second === "articles" && third !== undefined && segments.length === 3) {
    return (await publicArticleExists(anonymousCtx(), third)) ? render : notFound;
  }
  if (first === "open-data" && second === "dictionary" && third !== undefined && segments.length === 3) {
    return openDatasetExists(anonymousCtx(), third) ? render : notFound;
  }
  // A published question's permalink (/desk/q/<tracking number>).
  if (first === "desk" && second === "q" && third !== undefined && segments.length === 3) {
    return (await getPublishedQuestion(anonymousCtx(), third)) ? render : notFound;
  }
  // A published reply's permalink (/feedback/replies/<tracking number>).
  if (first === "feedback" && second === "replies" && third !== undefined && segments.length === 3) {
    return (await getPublishedReply(anonymousCtx(), third)) ? render : notFound;
  }

  const permission = pagePermission(pathname);
  if (!permission) return render;
  const ctx = await loadCtx();
  if (!ctx.actor) return { kind: "signIn" };
  // The role may, once this session has given the second factor: off to set it up or give it.
  if (needsSecondFactorFirst(ctx, permission)) return { kind: "secondFactor" };
  if (!can(ctx, permission)) return { kind: "forbidden", roles: rolesAllowed(permission), current: ctx.actor.role };
  return (await staffRecordExists(ctx, segments)) ? render : notFound;
}
