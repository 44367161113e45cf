import "server-only";

import { and, asc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { services } from "@/db/schema";
import { sixSmalls, type SixSmall } from "@/lib/core/values";

import { NotFoundError } from "../errors";
import { FieldDefinition, type FieldSpec } from "../services/field-definition";

// The Open311 services: the six kinds of problem report, and the service
// hall's online services whose forms Open311 attributes can fill (a form that
// needs a file cannot be sent: GeoReport v2 only links to media).

export type Open311Service =
  | { kind: "problem"; code: string; category: SixSmall }
  | {
      kind: "service";
      code: string;
      slug: string;
      titleZh: string;
      titleEn: string;
      summaryZh: string;
      summaryEn: string;
      keywords: string;
      category: string;
      fields: FieldSpec[];
    };

export const problemCode = (category: SixSmall) => `problem-${category}`;
export const serviceCode = (slug: string) => `service-${slug}`;

/** Whether Open311 can carry a form: every required field is one an attribute or the address can fill. */
export const fitsOpen311 = (fields: FieldSpec[]) => fields.every((field) => field.type !== "file" || !field.required);

/** Every service an Open311 client may see and post to, problems first. */
export async function open311Services(): Promise<Open311Service[]> {
  const db = await getDb();
  const online = await db
    .select()
    .from(services)
    .where(and(eq(services.published, true), eq(services.online, true)))
    .orderBy(asc(services.sort), asc(services.id));
  const hall: Open311Service[] = online.flatMap((service) => {
    const parsed = FieldDefinition.safeParse(service.fields);
    if (!parsed.success || !fitsOpen311(parsed.data)) return [];
    return [
      {
        kind: "service" as const,
        code: serviceCode(service.slug),
        slug: service.slug,
        titleZh: service.titleZh,
        titleEn: service.titleEn,
        summaryZh: service.summaryZh,
        summaryEn: service.summaryEn,
        keywords: service.keywords,
        category: service.category,
        fields: parsed.data,
      },
    ];
  });
  return [...sixSmalls.map((category) => ({ kind: "problem" as const, code: problemCode(category), category })), ...hall];
}

/** One service by its code, or not found. */
export async function open311Service(code: string): Promise<Open311Service> {
  const found = (await open311Services()).find((service) => service.code === code);
  if (!found) throw new NotFoundError("service_code");
  return found;
}
