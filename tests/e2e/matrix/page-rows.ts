import { deskPageRows } from "./desk-rows";
import { evaluationPageRows } from "./evaluation-rows";
import { open311PageRows } from "./open311-rows";
import { opendataPageRows } from "./opendata-rows";
import { knownTo, type Group, type Records } from "./records";
import { servicesPageRows } from "./services-rows";
import type { Role } from "./sessions";
import { transparencyPageRows } from "./transparency-rows";

// Every page and route handler, tried with GET by each role. One line each:
// the route as app/ names it, what each role gets (in the order signed out,
// resident, officer, moderator, admin), and the address tried when the route
// has parameters. A route with records in its path has a line per record.
//
//   200 403 404 401   the status
//   signIn            a redirect to /sign-in
//
// A POST line (a route handler's POST) must also set no session cookie.
//
// Whatever the status, no marker of a record the role may not see (records.ts
// knownTo) may appear in the HTML or the RSC payload. Pages outside /staff
// show no one's request at all, unless the line says so.

export type PageRow = {
  /** "page /staff/requests/[trackingNo]" or "GET /officers.csv": how the route tree names it. */
  route: string;
  cells: string;
  path: (r: Records) => string;
  note?: string;
  /** What the page may show each role; by default knownTo under /staff, nothing elsewhere. */
  shows?: (role: Role) => Group[];
  /** What the page must show a role it answers 200: proof that the markers would be seen. */
  present?: Partial<Record<Role, Group[]>>;
  /** The form fields of a POST line. */
  form?: Record<string, string>;
};

type Extra = Omit<PageRow, "route" | "cells" | "path">;

function page(route: string, cells: string, path?: (r: Records) => string, extra: Extra = {}): PageRow {
  return { route: `page ${route}`, cells, path: path ?? (() => route), ...extra };
}

function handler(route: string, cells: string, path?: (r: Records) => string, extra: Extra = {}): PageRow {
  return { route, cells, path: path ?? (() => route.split(" ")[1]!), ...extra };
}

const everyone = "200 200 200 200 200";
const nobody = "404 404 404 404 404";
const staff = "signIn 403 200 200 200";
const editors = "signIn 403 403 200 200";
const admins = "signIn 403 403 403 200";
const seenBy = (groups: Group[], ...who: Role[]) => Object.fromEntries(who.map((role) => [role, groups]));
const always = (groups: Group[]) => () => groups;

export const pageRows: PageRow[] = [
  page("/", everyone),
  page("/account", "signIn 200 200 200 200", undefined, {
    shows: (role) => (role === "resident" ? ["own.public", "own.key"] : []),
    present: seenBy(["own.public"], "resident"),
  }),
  ...deskPageRows,
  ...servicesPageRows,
  ...opendataPageRows,
  page("/feedback", everyone),
  page("/feedback/new", everyone, () => "/feedback/new?topic=complaint"),
  page("/feedback/replies", everyone),
  page("/officers", everyone),
  page("/officers", everyone, (r) => `/officers?q=${r.unpublished.badge}`, { note: "searching for an unpublished officer's badge" }),
  page("/officers/[badge]", everyone, (r) => `/officers/${r.published.badge}`),
  page("/officers/[badge]", nobody, (r) => `/officers/${r.unpublished.badge}`, { note: "unpublished officer" }),
  handler("GET /officers/[badge]/vcard", everyone, (r) => `/officers/${r.published.badge}/vcard`),
  handler("GET /officers/[badge]/vcard", nobody, (r) => `/officers/${r.unpublished.badge}/vcard`, { note: "unpublished officer" }),
  handler("GET /officers.csv", everyone),
  page("/account/security", "signIn 403 200 200 200"),
  page("/password/[token]", everyone, () => `/password/${"A".repeat(43)}`, { note: "a link nobody was sent: the page says so" }),
  page("/sign-in", everyone),
  page("/sign-in/code", everyone, undefined, { note: "no sign-in under way: the page says to start again" }),
  page("/sign-in/forgot", everyone),
  page("/sign-up", everyone),
  page("/track", everyone),
  page("/track/[token]", everyone, (r) => `/track/${r.own.trackToken}`, {
    note: "the tracking link is the resident's key: whoever holds it sees the subject, never the contact details or notes",
    shows: always(["own.public", "own.key"]),
    present: seenBy(["own.public"], "signedOut", "resident", "officer", "moderator", "admin"),
  }),
  page("/units", everyone),
  page("/units/[slug]", everyone, (r) => `/units/${r.unpublished.unitSlug}`, { note: "the unpublished officer's unit" }),
  handler("GET /api/health", everyone),
  handler("GET /api/auth/[...nextauth]", everyone, () => "/api/auth/session"),
  handler("GET /api/auth/[...nextauth]", everyone, () => "/api/auth/providers"),
  handler("POST /api/auth/[...nextauth]", "signIn signIn signIn signIn signIn", () => "/api/auth/callback/credentials", {
    note: "Auth.js's own sign-in, with the right password but no CSRF token: refused, no session",
    form: { email: "admin@demo.test", password: "safe-city-demo" },
  }),

  page("/staff", staff),
  page("/staff/audit", admins),
  page("/staff/directory", staff),
  page("/staff/directory", staff, (r) => `/staff/directory?q=${encodeURIComponent(r.unpublished.name)}`, {
    present: seenBy(["unpublished"], "officer", "moderator", "admin"),
  }),
  page("/staff/directory/areas", staff),
  page("/staff/directory/areas", staff, (r) => `/staff/directory/areas?unit=${r.stationA.id}`),
  page("/staff/directory/areas/[id]", staff, (r) => `/staff/directory/areas/${r.area.id}`),
  handler("GET /staff/directory/export/[kind]", staff, () => "/staff/directory/export/officers"),
  handler("GET /staff/directory/export/[kind]", staff, () => "/staff/directory/export/areas"),
  page("/staff/directory/import", editors),
  page("/staff/directory/officers/[id]", staff, (r) => `/staff/directory/officers/${r.unpublished.id}`, {
    present: seenBy(["unpublished"], "officer", "moderator", "admin"),
  }),
  page("/staff/directory/officers/[id]", staff, () => "/staff/directory/officers/new"),
  page("/staff/directory/units", staff),
  page("/staff/directory/units/[id]", staff, (r) => `/staff/directory/units/${r.stationA.id}`),
  page("/staff/directory/units/[id]", staff, () => "/staff/directory/units/new"),
  // The outbox shows recipients masked: not even moderators read addresses there.
  page("/staff/outbox", editors, undefined, { shows: always([]) }),
  page("/staff/requests", staff),
  page("/staff/requests", staff, (r) => `/staff/requests?q=${r.tag}`, {
    note: "both requests match the search: the officer finds only the own station's",
    present: { ...seenBy(["own.public"], "officer"), ...seenBy(["own.public", "other.public"], "moderator", "admin") },
  }),
  page("/staff/requests", staff, (r) => `/staff/requests?unit=${r.stationB.id}&status=open`, {
    note: "the other station's open requests (its two years of closed history would fill the page): the officer still finds none",
    present: seenBy(["other.public"], "moderator", "admin"),
  }),
  page("/staff/requests/[trackingNo]", staff, (r) => `/staff/requests/${r.own.trackingNumber}`, {
    note: "own station",
    present: seenBy(["own.private"], "officer", "moderator", "admin"),
  }),
  page("/staff/requests/[trackingNo]", "signIn 403 404 200 200", (r) => `/staff/requests/${r.other.trackingNumber}`, {
    note: "other station",
    present: seenBy(["other.private"], "moderator", "admin"),
  }),
  handler(
    "GET /staff/requests/[trackingNo]/attachments/[id]",
    "401 403 200 200 200",
    (r) => `/staff/requests/${r.own.trackingNumber}/attachments/${r.own.attachmentId}`,
    { note: "own station" },
  ),
  handler(
    "GET /staff/requests/[trackingNo]/attachments/[id]",
    "401 403 404 200 200",
    (r) => `/staff/requests/${r.other.trackingNumber}/attachments/${r.other.attachmentId}`,
    { note: "other station" },
  ),
  handler(
    "GET /staff/requests/[trackingNo]/attachments/[id]",
    "401 403 404 404 404",
    (r) => `/staff/requests/${r.own.trackingNumber}/attachments/${r.other.attachmentId}`,
    { note: "another request's file through a request one may see" },
  ),
  page("/staff/settings", admins),
  page("/staff/templates", staff),
  page("/staff/account", staff),
  page("/staff/users", admins),
  page("/staff/users/[id]", admins, (r) => `/staff/users/${r.staffBystander}`),
  page("/staff/users/new", admins),
  ...evaluationPageRows,
  ...transparencyPageRows,
  ...open311PageRows,
];

/** What a page may show a role. */
export function allowedOn(row: PageRow, role: Role): Group[] {
  if (row.shows) return row.shows(role);
  return row.route.split(" ")[1]!.startsWith("/staff") ? knownTo[role] : [];
}
