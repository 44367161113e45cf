import { describe, expect, it } from "vitest";

import { safetyHeaders, staticFileHeaders } from "@/lib/core/safety-headers";

describe("safety headers", () => {
  it("put this request's nonce in the policy, and HSTS only over HTTPS", () => {
    const http = safetyHeaders({ nonce: "abc", https: false, dev: false });
    expect(http["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(http["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    const https = safetyHeaders({ nonce: "abc", https: true, dev: false });
    expect(https["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("let nothing run from a file served as it is", () => {
    expect(staticFileHeaders["Content-Security-Policy"]).toMatch(/^default-src 'none';/);
    expect(staticFileHeaders).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
  });
});
