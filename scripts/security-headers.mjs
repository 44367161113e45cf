import { randomUUID } from "node:crypto";

// Page safety for every response, set by scripts/serve.mjs rather than in a
// Next.js proxy: a proxy that rewrites request headers cost about 7 ms of CPU
// per page here, and never sees static files.

const common = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

// Files served as they are: nothing runs from them, so their policy allows nothing at all.
const staticFile = /^\/(_next\/static\/|_next\/image|favicon\.ico$|robots\.txt$|manifest\.webmanifest$|icon(-\d+)?\.png$)/;

/**
 * The headers of one response. A page gets a Content-Security-Policy with a
 * fresh nonce, which Next.js finds in the request's own policy header and
 * puts on its scripts; HSTS goes with HTTPS.
 */
export function securityHeaders({ path = "/", https = false } = {}) {
  const hsts = https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {};
  if (staticFile.test(path.split("?")[0])) {
    const csp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    return { nonce: null, csp: null, response: { "Content-Security-Policy": csp, ...common, ...hsts } };
  }
  const nonce = Buffer.from(randomUUID()).toString("base64");
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return { nonce, csp, response: { "Content-Security-Policy": csp, ...common, ...hsts } };
}
