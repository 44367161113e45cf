import { NextResponse, type NextRequest } from "next/server";

import { getCtx } from "@/lib/auth/context";
import { safetyHeaders } from "@/lib/core/safety-headers";
import { pageVerdict } from "@/lib/page-guard";
import { problemHeader, problemPath } from "@/lib/problem-page";

/**
 * Every response gets a fresh CSP nonce (Next.js puts it on its own scripts)
 * and the safety headers. Pages that name a record, and staff pages, are
 * checked first (lib/page-guard.ts): an unknown record or a page the role may
 * not open is answered here with a real 404 or 403 and the translated
 * message, rendered on the server. The proxy only redirects and rewrites:
 * the domain enforces every rule again on every call.
 */
export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = safetyHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const { pathname, search } = request.nextUrl;

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"] ?? "");
  // Next.js runs the proxy again for the problem path it rewrote to: that pass
  // keeps the problem and the address the reader asked for (the language
  // switcher returns there). Anywhere else only this proxy names a problem.
  if (pathname !== problemPath) {
    requestHeaders.delete(problemHeader);
    requestHeaders.set("x-pathname", pathname + search);
  }

  const reading = request.method === "GET" || request.method === "HEAD";
  const verdict = reading ? await pageVerdict(pathname, getCtx) : { kind: "render" as const };
  let response: NextResponse;
  if (verdict.kind === "signIn") {
    const signIn = request.nextUrl.clone();
    signIn.pathname = "/sign-in";
    signIn.search = `?next=${encodeURIComponent(pathname + search)}`;
    response = NextResponse.redirect(signIn);
  } else if (verdict.kind === "notFound" || verdict.kind === "forbidden") {
    requestHeaders.set(
      problemHeader,
      verdict.kind === "forbidden" ? `forbidden;${verdict.roles.join(",")};${verdict.current}` : "notFound",
    );
    // An unmatched path renders app/not-found.tsx in full, with a 404;
    // scripts/serve.mjs turns x-status into the response's status for a 403.
    response = NextResponse.rewrite(new URL(problemPath, request.url), { request: { headers: requestHeaders } });
    if (verdict.kind === "forbidden") response.headers.set("x-status", "403");
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files get the same headers from next.config.ts (they never reach the proxy).
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon\\.ico$|robots\\.txt$|manifest\\.webmanifest$|icon\\.png$|icon-512\\.png$).*)" },
  ],
};
