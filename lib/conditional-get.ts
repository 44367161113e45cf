import { createHash } from "node:crypto";

import type { Validator } from "@/domain/open-data/versions";

/** The validator as response headers. */
export function validatorHeaders(v: Validator): Record<string, string> {
  return { ETag: v.etag, "Last-Modified": v.lastModified.toUTCString(), "Cache-Control": "public, max-age=60" };
}

/**
 * Whether the client's copy is current (RFC 9110 §13): If-None-Match decides
 * when present (weak comparison), else If-Modified-Since, to the second.
 */
export function isFresh(request: Request, v: Validator): boolean {
  const match = request.headers.get("if-none-match");
  if (match !== null) return matches(match, v.etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(v.lastModified.getTime() / 1000) * 1000 <= since;
}

/** Whether an If-None-Match names this tag, by weak comparison ("*" names any). */
function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** 304 with the validator, and no body. */
export function notModified(v: Validator): Response {
  return new Response(null, { status: 304, headers: validatorHeaders(v) });
}

/**
 * A weak validator made of the answer's own bytes, for answers that rest on
 * more than a version can follow (Open311: a request's status, deadline,
 * publication, unit and area; the language; the site's settings): whatever
 * changes the answer changes its tag. The answer is still built, but an
 * unchanged one is not sent again. Only a 200 gets a tag; others pass as they are.
 */
export async function withContentTag(request: Request, response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const bytes = await response.arrayBuffer();
  const digest = createHash("sha256").update(new Uint8Array(bytes)).digest("base64url").slice(0, 27);
  const etag = `"${digest}"`;
  const headers = new Headers(response.headers);
  headers.set("ETag", `W/${etag}`);
  const match = request.headers.get("if-none-match");
  if (match === null || !matches(match, etag)) return new Response(bytes, { status: 200, headers });
  headers.delete("Content-Type");
  headers.delete("Content-Length");
  return new Response(null, { status: 304, headers });
}
