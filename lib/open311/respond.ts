import "server-only";

import { getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import { ApiKeyRefusedError } from "@/domain/open311/post-request";
import { xmlDocument, xmlList, type XmlValue } from "@/lib/core/xml";
import { describeProblem } from "@/lib/errors";

export type Format = "json" | "xml";

/** A resource segment as the standard writes it ("requests.json"): its name and format, or null. */
export function splitFormat(segment: string): { name: string; format: Format } | null {
  const match = /^(.+)\.(json|xml)$/.exec(segment);
  return match ? { name: match[1]!, format: match[2] as Format } : null;
}

const contentTypes: Record<Format, string> = { json: "application/json; charset=utf-8", xml: "text/xml; charset=utf-8" };

/** An answer in the format asked for: the JSON value, or the XML document built for it. */
export function answer(format: Format, json: unknown, xml: () => string, init: { status?: number; cache?: string } = {}): Response {
  return new Response(format === "json" ? JSON.stringify(json) : xml(), {
    status: init.status ?? 200,
    headers: {
      "Content-Type": contentTypes[format],
      "Cache-Control": init.cache ?? "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
      // The language comes from the cookie, else the browser's languages: a cache keeps one copy per language.
      Vary: "Accept-Language, Cookie",
    },
  });
}

/** A list answer: a JSON array, or `<root><each>…</each></root>`. */
export function answerList(
  format: Format,
  root: string,
  each: string,
  items: readonly Record<string, XmlValue>[],
  init: { status?: number; cache?: string } = {},
): Response {
  return answer(format, items, () => xmlDocument(root, xmlList(each, items)), init);
}

type Open311Error = { code: number; description: string };

function errorResponse(format: Format, status: number, errors: Open311Error[], headers: Record<string, string> = {}): Response {
  const response = answer(format, errors, () => xmlDocument("errors", xmlList("error", errors)), { status, cache: "no-store" });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Any error as the standard's error list: each problem a `{code, description}`
 * (XML `<errors><error>`), the code the HTTP status. A refused field is named
 * as the client sent it ("attribute[subject]: Enter this information").
 */
export async function open311Error(error: unknown, format: Format, locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale, namespace: "errors" as const });
  const o = await getTranslations({ locale, namespace: "open311.errors" as const });
  if (error instanceof ApiKeyRefusedError) return errorResponse(format, 403, [{ code: 403, description: o("apiKey") }]);
  const problem = describeProblem(error);
  switch (problem.kind) {
    case "invalid":
      return errorResponse(
        format,
        400,
        Object.entries(problem.fieldErrors).map(([field, key]) => ({
          code: 400,
          description: `${field}: ${t.has(key as Parameters<typeof t>[0]) ? t(key as Parameters<typeof t>[0]) : t("invalid")}`,
        })),
      );
    case "notFound":
      return errorResponse(format, 404, [{ code: 404, description: o("notFound", { what: error instanceof Error ? error.message : "" }) }]);
    case "forbidden":
      return errorResponse(format, 403, [{ code: 403, description: t("forbidden") }]);
    case "limited":
      return errorResponse(format, 429, [{ code: 429, description: o("limited", { seconds: problem.retryAfterSeconds }) }], {
        "Retry-After": String(problem.retryAfterSeconds),
      });
    case "unavailable":
      return errorResponse(format, 503, [{ code: 503, description: o("unavailable") }], { "Retry-After": "5" });
    default:
      return errorResponse(format, 500, [{ code: 500, description: o("unexpected") }]);
  }
}

/** A path the API does not have: 404 in the standard's error format (JSON when no format was given). */
export async function unknownResource(format: Format | undefined, locale: Locale): Promise<Response> {
  const o = await getTranslations({ locale, namespace: "open311.errors" as const });
  return errorResponse(format ?? "json", 404, [{ code: 404, description: o("unknownResource") }]);
}
