import { describe, expect, it } from "vitest";

import { securityHeaders } from "../../scripts/security-headers.mjs";

describe("safety headers", () => {
  it("put a fresh nonce in a page's policy, and HSTS only over HTTPS", () => {
    const http = securityHeaders({ path: "/track" });
    expect(http.response["Content-Security-Policy"]).toContain(`script-src 'self' 'nonce-${http.nonce}' 'strict-dynamic';`);
    expect(http.response["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(http.response["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ path: "/track" }).nonce).not.toBe(http.nonce);
    const https = securityHeaders({ path: "/", https: true });
    expect(https.response["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https.response["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("let nothing run from a file served as it is", () => {
    for (const path of ["/favicon.ico", "/robots.txt", "/_next/static/chunks/a.js", "/icon-512.png"]) {
      const { response, nonce } = securityHeaders({ path });
      expect(nonce).toBeNull();
      expect(response["Content-Security-Policy"]).toMatch(/^default-src 'none';/);
      expect(response).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
    }
  });
});
