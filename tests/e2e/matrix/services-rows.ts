import { randomBytes } from "node:crypto";

import { actionsOf, everyone, field, handlers, type ActionRow } from "./action-row";
import type { PageRow } from "./page-rows";

// The service hall's lines: its public pages, and an online application that
// anyone may send (it asks for no files, so the matrix can fill it in).

const apply = actionsOf("app/(public)/services/[slug]/apply/actions.ts");
const steps = actionsOf("app/(staff)/staff/requests/[trackingNo]/application-actions.ts");
const open = "200 200 200 200 200";
const page = (route: string, path?: string): PageRow => ({ route: `page ${route}`, cells: open, path: () => path ?? route });

export const servicesPageRows: PageRow[] = [
  page("/services"),
  page("/services/[slug]", "/services/residence-permit"),
  page("/services/[slug]/apply", "/services/id-card-lost-report/apply"),
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
];
