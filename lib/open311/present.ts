import "server-only";

import { getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import type { Open311Service } from "@/domain/open311/catalogue";
import type { Open311Request } from "@/domain/open311/read-requests";
import type { FieldSpec } from "@/domain/services/field-definition";
import type { XmlRecord } from "@/lib/core/xml";

// The standard's records, field by field as GeoReport v2 lists them, in the
// reader's language. A field we do not have is left out (XML) or null (JSON
// keeps every key, as the standard's examples do).

type Text = { zh: string; en: string };
const pick = (locale: Locale, text: Text) => (locale === "en" ? text.en : text.zh);

export async function serviceRecord(service: Open311Service, locale: Locale): Promise<XmlRecord> {
  const t = await getTranslations({ locale, namespace: "feedback" as const });
  const o = await getTranslations({ locale, namespace: "open311" as const });
  if (service.kind === "problem") {
    return {
      service_code: service.code,
      service_name: t(`categories.${service.category}.title`),
      description: t(`categories.${service.category}.line`),
      metadata: true,
      type: "realtime",
      keywords: service.category,
      group: o("groups.problem"),
    };
  }
  return {
    service_code: service.code,
    service_name: locale === "en" ? service.titleEn : service.titleZh,
    description: locale === "en" ? service.summaryEn : service.summaryZh,
    metadata: true,
    type: "realtime",
    keywords: service.keywords,
    group: o("groups.service"),
  };
}

const datatypes: Record<FieldSpec["type"], string> = {
  text: "string",
  longText: "text",
  date: "datetime",
  choice: "singlevaluelist",
  idCard: "string",
  phone: "string",
  area: "string",
  file: "string",
};

type Attribute = {
  code: string;
  datatype: string;
  required: boolean;
  datatypeDescription: string;
  description: string;
  values?: { key: string; name: string }[];
};

async function attributesOf(service: Open311Service, locale: Locale): Promise<Attribute[]> {
  const o = await getTranslations({ locale, namespace: "open311.attributes" as const });
  if (service.kind === "problem") {
    const yesNo = [
      { key: "yes", name: o("yes") },
      { key: "no", name: o("no") },
    ];
    return [
      { code: "subject", datatype: "string", required: true, datatypeDescription: o("subjectFormat"), description: o("subject") },
      { code: "danger", datatype: "singlevaluelist", required: false, datatypeDescription: "", description: o("danger"), values: yesNo },
      {
        code: "consent_to_publish",
        datatype: "singlevaluelist",
        required: false,
        datatypeDescription: "",
        description: o("consent"),
        values: yesNo,
      },
    ];
  }
  // The village or community field is the standard's address; files are not sent through Open311.
  return service.fields
    .filter((field) => field.type !== "area" && field.type !== "file")
    .map((field) => ({
      code: field.name,
      datatype: datatypes[field.type],
      required: field.required,
      datatypeDescription:
        field.type === "date"
          ? o("dateFormat")
          : field.type === "idCard"
            ? o("idCardFormat")
            : field.type === "phone"
              ? o("phoneFormat")
              : "",
      description: pick(locale, { zh: field.labelZh, en: field.labelEn }),
      values:
        field.type === "choice"
          ? field.options.map((option) => ({ key: option.value, name: pick(locale, { zh: option.labelZh, en: option.labelEn }) }))
          : undefined,
    }));
}

/** GET services/{code}: the service definition, its attributes in order. */
export async function serviceDefinition(service: Open311Service, locale: Locale) {
  const attributes = await attributesOf(service, locale);
  return {
    service_code: service.code,
    attributes: attributes.map((a, index) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatypeDescription,
      order: index + 1,
      description: a.description,
      ...(a.values ? { values: a.values } : {}),
    })),
  };
}

/** One request in GET requests: the standard's fields in its order; no contact data exists to leak here. */
export async function requestRecord(request: Open311Request, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "feedback" as const });
  const en = locale === "en";
  return {
    service_request_id: request.serviceRequestId,
    status: request.status,
    status_notes: request.statusNotes ?? null,
    service_name: request.category
      ? t(`categories.${request.category}.title`)
      : ((en ? request.serviceTitleEn : request.serviceTitleZh) ?? null),
    service_code: request.serviceCode,
    description: request.description ?? null,
    agency_responsible: (en ? request.agencyEn : request.agencyZh) ?? null,
    service_notice: null,
    requested_datetime: request.requestedAt.toISOString(),
    updated_datetime: request.updatedAt.toISOString(),
    expected_datetime: request.expectedAt.toISOString(),
    address: (en ? request.areaEn : request.areaZh) ?? null,
    address_id: request.areaId === null ? null : String(request.areaId),
    zipcode: null,
    media_url: null,
  };
}
