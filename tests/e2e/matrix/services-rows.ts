import { randomBytes } from "node:crypto";

import { actionsOf, everyone, type ActionRow } from "./action-row";
import type { PageRow } from "./page-rows";

// The service hall's lines: its public pages, and an online application that
// anyone may send (it asks for no files, so the matrix can fill it in).

const apply = actionsOf("app/(public)/services/[slug]/apply/actions.ts");
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
];
