import { describe, expect, it } from "vitest";

import type { Ctx } from "@/domain/context";
import { requirePermission } from "@/domain/permissions";
import { readForPage } from "@/lib/errors";

const moderator: Ctx = {
  actor: { userId: 6, role: "moderator", name: "x", officerId: null, unitId: null, secondFactor: "verified", sessionId: null },
  ip: null,
  locale: "en",
};

describe("a page's read refused by the domain", () => {
  it("says which roles may open the page and which the reader has, not just 'staff only'", async () => {
    const read = await readForPage((async () => requirePermission(moderator, "audit.view"))());
    expect(read).toEqual({ ok: false, problem: "forbidden", roles: ["admin"], current: "moderator" });
  });
});
