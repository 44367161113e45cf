// The safety headers of every response: pages through proxy.ts (with this
// request's CSP nonce), static files through next.config.ts (no script runs
// from them, so their policy allows nothing at all).

const common = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

const hsts = { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" };

/** A page's headers: Content-Security-Policy with this request's nonce, and the rest. */
export function safetyHeaders({ nonce, https, dev }: { nonce: string; https: boolean; dev: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
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
  return { "Content-Security-Policy": csp, ...common, ...(https ? hsts : {}) };
}

/**
 * Headers for files served as they are (favicon, robots.txt, the manifest,
 * Next.js's scripts and styles). HSTS is left to the pages, which know
 * whether the request came over HTTPS.
 */
export const staticFileHeaders: Record<string, string> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  ...common,
};
