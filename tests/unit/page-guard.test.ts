import { describe, expect, it } from "vitest";

import type { Ctx } from "@/domain/context";
import { pagePermission, pageVerdict, pathSegments } from "@/lib/page-guard";
import { readProblemHeader } from "@/lib/problem-page";

const as = (role: "resident" | "officer" | "moderator" | "admin"): Ctx => ({
  actor: { userId: 1, role, name: "x", officerId: null, unitId: null, secondFactor: "verified", sessionId: null },
  ip: null,
  locale: "en",
});
const signedOut: Ctx = { actor: null, ip: null, locale: "en" };

describe("the proxy's page guard", () => {
  it("knows which permission each staff page needs, and leaves route handlers alone", () => {
    expect(pagePermission("/staff")).toBe("staff.enter");
    expect(pagePermission("/account/security")).toBe("account.secondFactor");
    expect(pagePermission("/account")).toBeNull();
    expect(pagePermission("/staff/settings")).toBe("settings.edit");
    expect(pagePermission("/staff/users/12")).toBe("user.list");
    expect(pagePermission("/staff/directory/import")).toBe("directory.edit");
    expect(pagePermission("/staff/directory/officers/3")).toBe("directory.view");
    expect(pagePermission("/staff/requests/F261128-7KQ2MX")).toBe("request.view");
    expect(pagePermission("/staff/services")).toBe("service.edit");
    expect(pagePermission("/staff/services/passport")).toBe("service.edit");
    expect(pagePermission("/staff/something-new")).toBe("staff.enter");
    expect(pagePermission("/staff/directory/export/officers")).toBeNull();
    expect(pagePermission("/staff/requests/F261128-7KQ2MX/attachments/1")).toBeNull();
    expect(pagePermission("/staffing")).toBeNull();
    expect(pagePermission("/officers")).toBeNull();
  });

  it("sends the signed-out to sign in, and tells each role what a page needs", async () => {
    expect(await pageVerdict("/staff/settings", async () => signedOut)).toEqual({ kind: "signIn" });
    expect(await pageVerdict("/staff/settings", async () => as("moderator"))).toEqual({
      kind: "forbidden",
      roles: ["admin"],
      current: "moderator",
    });
    expect(await pageVerdict("/staff", async () => as("resident"))).toEqual({
      kind: "forbidden",
      roles: ["officer", "moderator", "admin"],
      current: "resident",
    });
    expect(await pageVerdict("/staff/settings", async () => as("admin"))).toEqual({ kind: "render" });
    // An admin whose session has not given the second factor is sent to give it, not refused.
    const owing: Ctx = { ...as("admin"), actor: { ...as("admin").actor!, secondFactor: "required" } };
    expect(await pageVerdict("/staff/settings", async () => owing)).toEqual({ kind: "secondFactor" });
  });

  it("never looks up a session for public pages without a record in the path", async () => {
    const noSession = async (): Promise<Ctx> => {
      throw new Error("looked up a session");
    };
    for (const path of ["/", "/officers", "/units", "/track", "/feedback/replies", "/officers/040001/vcard", "/officers.csv"]) {
      expect(await pageVerdict(path, noSession), path).toEqual({ kind: "render" });
    }
  });

  it("answers a path that is not valid UTF-8 with not found", async () => {
    expect(pathSegments("/track/%FF")).toBeNull();
    expect(pathSegments("/officers/%E6%9F%A5")).toEqual(["officers", "查"]);
    expect(await pageVerdict("/staff/%C0%AF", async () => as("admin"))).toEqual({ kind: "notFound" });
  });

  it("reads the problem the proxy names, and nothing a client could make of it", () => {
    expect(readProblemHeader(null)).toEqual({ kind: "notFound" });
    expect(readProblemHeader("notFound")).toEqual({ kind: "notFound" });
    expect(readProblemHeader("forbidden;moderator,admin;officer")).toEqual({
      kind: "forbidden",
      roles: ["moderator", "admin"],
      current: "officer",
    });
    expect(readProblemHeader("forbidden;root,<b>;god")).toEqual({ kind: "forbidden", roles: [], current: undefined });
  });
});
