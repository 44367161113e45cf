import { describe, expect, it } from "vitest";

import type { Role } from "@/db/schema";
import type { Ctx, SecondFactor } from "@/domain/context";
import { ForbiddenError, SecondFactorRequiredError, UnauthenticatedError } from "@/domain/errors";
import { can, requirePermission, roleNeedsSecondFactor, type Permission } from "@/domain/permissions";

const as = (role: Role, secondFactor: SecondFactor = "verified"): Ctx => ({
  actor: { userId: 1, role, name: "x", officerId: null, unitId: null, secondFactor, sessionId: null },
  ip: null,
  locale: "en",
});
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
    const adminOnly = [
      "user.list",
      "user.create",
      "user.edit",
      "user.disable",
      "user.sendPasswordLink",
      "user.resetSecondFactor",
      "user.unlock",
      "user.signOutEverywhere",
      "audit.view",
      "apiKey.manage",
    ] as const;
    for (const permission of adminOnly) {
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

describe("the second factor", () => {
  it("is needed by admins and moderators, and by officers only when the setting says so", () => {
    expect(roleNeedsSecondFactor("admin", false)).toBe(true);
    expect(roleNeedsSecondFactor("moderator", false)).toBe(true);
    expect(roleNeedsSecondFactor("officer", false)).toBe(false);
    expect(roleNeedsSecondFactor("officer", true)).toBe(true);
    expect(roleNeedsSecondFactor("resident", true)).toBe(false);
  });

  const staffPermissions: Permission[] = [
    "staff.enter",
    "request.view",
    "request.triage",
    "directory.edit",
    "user.create",
    "settings.edit",
  ];

  it("closes every staff permission to a session that owes one, and keeps the own account open", () => {
    const owing = as("admin", "required");
    for (const permission of staffPermissions) {
      expect(can(owing, permission)).toBe(false);
      expect(() => requirePermission(owing, permission)).toThrow(SecondFactorRequiredError);
    }
    for (const permission of ["account.view", "account.secondFactor", "account.changePassword", "account.signOutEverywhere"] as const) {
      expect(can(owing, permission)).toBe(true);
    }
  });

  it("opens the staff area once verified, when optional, and for demo accounts", () => {
    for (const state of ["verified", "optional", "demo-exempt"] as const) {
      for (const permission of staffPermissions) expect(can(as("admin", state), permission)).toBe(true);
    }
  });

  it("is still refused as forbidden, not as a missing second factor, to a role that may not", () => {
    expect(() => requirePermission(as("moderator", "required"), "user.create")).toThrow(ForbiddenError);
    expect(() => requirePermission(as("moderator", "required"), "user.create")).not.toThrow(SecondFactorRequiredError);
  });
});
