import { describe, expect, it } from "vitest";

import type { Role } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { ForbiddenError, UnauthenticatedError } from "@/domain/errors";
import { can, requirePermission } from "@/domain/permissions";

const as = (role: Role): Ctx => ({ actor: { userId: 1, role, name: "x", officerId: null, unitId: null }, ip: null, locale: "en" });
const signedOut: Ctx = { actor: null, ip: null, locale: "en" };

describe("permissions", () => {
  it("lets staff into the staff area, and not residents or the signed-out", () => {
    expect(can(as("officer"), "staff.enter")).toBe(true);
    expect(can(as("moderator"), "staff.enter")).toBe(true);
    expect(can(as("admin"), "staff.enter")).toBe(true);
    expect(can(as("resident"), "staff.enter")).toBe(false);
    expect(can(signedOut, "staff.enter")).toBe(false);
  });

  it("keeps account administration to admins", () => {
    for (const permission of ["user.list", "user.disable", "user.signOutEverywhere", "audit.view"] as const) {
      expect(can(as("admin"), permission)).toBe(true);
      for (const role of ["resident", "officer", "moderator"] as const) expect(can(as(role), permission)).toBe(false);
    }
  });

  it("says unauthenticated to the signed-out and forbidden to the wrong role", () => {
    expect(() => requirePermission(signedOut, "account.view")).toThrow(UnauthenticatedError);
    expect(() => requirePermission(as("resident"), "staff.enter")).toThrow(ForbiddenError);
    expect(() => requirePermission(as("resident"), "account.view")).not.toThrow();
  });
});
