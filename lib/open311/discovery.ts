import "server-only";

import { getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import { getSiteInfo } from "@/domain/site/queries";
import { xmlDocument, xmlList } from "@/lib/core/xml";
import { siteOrigin } from "@/lib/site-url";

import { answer, type Format } from "./respond";

// When this endpoint's behaviour last changed, as the discovery document says.
const changeset = "2026-12-01T00:00:00Z";
const formats = ["text/xml", "application/json"];

/** The discovery document: where GeoReport v2 is served, in which formats, and how to get a key. */
export async function discoveryResponse(format: Format, locale: Locale): Promise<Response> {
  const [origin, site, o] = await Promise.all([
    siteOrigin(),
    getSiteInfo(locale),
    getTranslations({ locale, namespace: "open311" as const }),
  ]);
  const endpoint = { specification: "http://wiki.open311.org/GeoReport_v2", url: `${origin}/open311/v2`, changeset, type: "production" };
  const discovery = {
    changeset,
    contact: o("contact", { bureau: site.bureauName, phone: site.dutyPhone }),
    key_service: o("keyService", { bureau: site.bureauName }),
  };
  return answer(format, { ...discovery, endpoints: [{ ...endpoint, formats }] }, () =>
    xmlDocument("discovery", { ...discovery, endpoints: xmlList("endpoint", [{ ...endpoint, formats: xmlList("format", formats) }]) }),
  );
}
