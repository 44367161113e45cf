import { randomBytes } from "node:crypto";

import { actionsOf, editors, everyone, field, handlers, type ActionRow } from "./action-row";
import type { PageRow } from "./page-rows";

// The service hall's lines: its public pages, and an online application that
// anyone may send (it asks for no files, so the matrix can fill it in).

const apply = actionsOf("app/(public)/services/[slug]/apply/actions.ts");
const steps = actionsOf("app/(staff)/staff/requests/[trackingNo]/application-actions.ts");
const catalogue = actionsOf("app/(staff)/staff/services/actions.ts");
const create = actionsOf("app/(staff)/staff/services/new/actions.ts");
const serviceEditors = "signIn 403 403 200 200";
const open = "200 200 200 200 200";
const page = (route: string, path?: string): PageRow => ({ route: `page ${route}`, cells: open, path: () => path ?? route });

export const servicesPageRows: PageRow[] = [
  page("/services"),
  page("/services/[slug]", "/services/residence-permit"),
  page("/services/[slug]/apply", "/services/id-card-lost-report/apply"),
  { route: "page /staff/services", cells: serviceEditors, path: () => "/staff/services" },
  { route: "page /staff/services/[slug]", cells: serviceEditors, path: () => "/staff/services/dog-registration" },
  { route: "page /staff/services/new", cells: serviceEditors, path: () => "/staff/services/new" },
  {
    route: "page /staff/services/[slug]",
    cells: "signIn 403 403 404 404",
    path: () => "/staff/services/no-such-service",
    note: "no such service",
  },
];

export const servicesActionRows: ActionRow[] = [
  apply("applyForServiceAction", everyone, "signedOut", "/services/id-card-lost-report/apply", {
    note: "a lost ID card reported for the station's first village; a new form key each call",
    arrange: async (sql, r) => {
      const [area] = await sql<{ nameZh: string }[]>`select name_zh as "nameZh" from areas where id = ${r.area.id}`;
      return {
        village: area!.nameZh,
        idempotencyKey: randomBytes(18).toString("base64url"),
        idNumber: "11010519491231002X",
        lostOn: "2026-01-05",
        contactName: "Matrix Applicant",
        contactPhone: "13912345678",
      };
    },
  }),
  // The officer's station's request, made an application waiting to be accepted before each call.
  steps("applicationStepAction", handlers, "moderator", (r) => `/staff/requests/${r.own.trackingNumber}`, {
    note: "own station's request as an application, accepted",
    arrange: async (sql, r) => void (await sql`update requests set kind = 'application', status = 'submitted' where id = ${r.own.id}`),
    pick: (form) => field(form, "step") === "accept",
    cleanup: async (sql, r) => void (await sql`update requests set kind = 'feedback', status = 'accepted' where id = ${r.own.id}`),
  }),
  // Unpublishing a published service; it is published again before each call and after the line.
  catalogue("publishServiceAction", editors, "moderator", "/staff/services", {
    note: "unpublishing the dog registration",
    pick: (form) => field(form, "slug") === "dog-registration",
    arrange: async (sql) => void (await sql`update services set published = true where slug = 'dog-registration'`),
    cleanup: async (sql) => void (await sql`update services set published = true where slug = 'dog-registration'`),
  }),
  // The definition saved as the editor shows it: the same fields, saved and audited again.
  catalogue("saveServiceDefinitionAction", editors, "moderator", "/staff/services/dog-registration", {
    note: "the dog registration's own definition, saved unchanged",
  }),
  catalogue("saveServiceGuideAction", editors, "moderator", "/staff/services/dog-registration", {
    note: "the dog registration's own guide, saved unchanged",
  }),
  catalogue("saveServiceDetailsAction", editors, "moderator", "/staff/services/dog-registration", {
    note: "the dog registration's own materials, time limit and handling, saved unchanged",
    // A form read without a browser sends the first unit of the (empty) multiple choice: the local service keeps none.
    cleanup: async (sql) =>
      void (await sql`delete from service_units where service_id = (select id from services where slug = 'dog-registration')`),
  }),
  // A service of its own for each role that may create one; all removed after the line.
  create("createServiceAction", editors, "moderator", "/staff/services/new", {
    note: "a new service with an address of its own each call",
    arrange: async (_sql, r, role) => (role ? { slug: matrixSlug(r.tag, role) } : undefined),
    fill: () => ({ titleZh: "矩阵测试事项", titleEn: "Matrix service", category: "other" }),
    cleanup: async (sql) => void (await sql`delete from services where slug like 'matrix-service-%'`),
  }),
];

function matrixSlug(tag: string, role: string): string {
  return `matrix-service-${tag}-${role}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/-+$/, "");
}
