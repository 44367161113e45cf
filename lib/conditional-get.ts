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
  if (match !== null) {
    if (match.trim() === "*") return true;
    return match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === v.etag);
  }
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(v.lastModified.getTime() / 1000) * 1000 <= since;
}

/** 304 with the validator, and no body. */
export function notModified(v: Validator): Response {
  return new Response(null, { status: 304, headers: validatorHeaders(v) });
}
