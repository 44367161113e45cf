import { describe, expect, it } from "vitest";

import { hasValidPath } from "../../scripts/request-guards.mjs";

describe("requests the server answers before Next.js", () => {
  it("knows a path that is not valid percent-encoded UTF-8", () => {
    expect(hasValidPath("/track/abc?x=%FF")).toBe(true);
    expect(hasValidPath("/units/%E6%9F%A5")).toBe(true);
    for (const bad of ["/track/%FF", "/officers/%C0%AF", "/x/%ED%A0%80", "/%"]) expect(hasValidPath(bad), bad).toBe(false);
  });
});
