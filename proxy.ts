import { NextResponse, type NextRequest } from "next/server";

import { getCtx } from "@/lib/auth/context";
import { pageVerdict } from "@/lib/page-guard";
import { problemHeader, problemPath } from "@/lib/problem-page";

/**
 * Pages that name a record, and staff pages, are checked before they render
 * (lib/page-guard.ts): an unknown record or a page the role may not open is
 * answered with a real 404 or 403 and the translated message, rendered on
 * the server. The proxy only redirects and rewrites: the domain enforces
 * every rule again on every call. The safety headers and the CSP nonce come
 * from scripts/serve.mjs, for every response; this proxy leaves a page it
 * lets through untouched (rewriting request headers costs several ms a page).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Next.js runs the proxy again for the problem path it rewrote to: that pass
  // must hand the problem on to the page, or the page would not know it.
  if (pathname === problemPath) return NextResponse.next({ request: { headers: new Headers(request.headers) } });
  const reading = request.method === "GET" || request.method === "HEAD";
  const verdict = reading ? await pageVerdict(pathname, getCtx) : { kind: "render" as const };
  // Owing a second factor: the staff layout sends them to set it up (a redirect from here
  // would leave the browser showing the wrong address after a server action's redirect).
  if (verdict.kind === "render" || verdict.kind === "secondFactor") return NextResponse.next();
  if (verdict.kind === "signIn") {
    const signIn = request.nextUrl.clone();
    signIn.pathname = "/sign-in";
    signIn.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(signIn);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(problemHeader, verdict.kind === "forbidden" ? `forbidden;${verdict.roles.join(",")};${verdict.current}` : "notFound");
  // An unmatched path renders app/global-not-found.tsx in full, with a 404;
  // scripts/serve.mjs turns x-status into the response's status for a 403.
  const response = NextResponse.rewrite(new URL(problemPath, request.url), { request: { headers: requestHeaders } });
  if (verdict.kind === "forbidden") response.headers.set("x-status", "403");
  return response;
}

export const config = {
  // Only the pages the guard has something to say about: the busiest public pages never pay for a proxy.
  matcher: [
    "/officers/:badge+",
    "/units/:slug+",
    "/track/:token+",
    "/desk/q/:trackingNumber+",
    "/feedback/replies/:trackingNumber+",
    "/transparency/:path+",
    "/open-data/dictionary/:dataset+",
    "/account/security",
    "/staff",
    "/staff/:path*",
    "/_problem",
  ],
};
