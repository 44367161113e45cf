import { describe, expect, it } from "vitest";

import { SetPasswordForm, SignInForm, SignUpForm } from "@/domain/accounts/schemas";
import { zodFieldErrors } from "@/domain/validation";
import { safeReturnPath } from "@/lib/return-path";

import { clientAddress } from "../../scripts/client-address.mjs";

describe("safe return paths", () => {
  it.each([
    ["/staff", "/staff"],
    ["/officers?q=王", "/officers?q=%E7%8E%8B"],
    ["/查询", "/%E6%9F%A5%E8%AF%A2"],
    ["/staff/requests?after=1_2#top", "/staff/requests?after=1_2#top"],
    ["/a\u0000b", "/"],
    ["/\ud800", "/%EF%BF%BD"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/a\nb", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("client address", () => {
  it("is the socket's address unless proxies are trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("::ffff:10.0.0.9", "1.2.3.4", 0)).toBe("10.0.0.9");
    expect(clientAddress("127.0.0.1", undefined, 0)).toBe("127.0.0.1");
  });

  it("steps left one entry per trusted proxy, never past what the proxies wrote", () => {
    // The client forged "6.6.6.6"; the one trusted proxy appended the real client 1.2.3.4.
    expect(clientAddress("10.0.0.1", "6.6.6.6, 1.2.3.4", 1)).toBe("1.2.3.4");
    expect(clientAddress("10.0.0.1", "6.6.6.6, 1.2.3.4, 10.0.0.2", 2)).toBe("1.2.3.4");
    expect(clientAddress("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
  });
});

describe("form schemas", () => {
  it("give one message key per field", () => {
    const signUp = SignUpForm.safeParse({ name: " ", email: "x@" });
    expect(zodFieldErrors(signUp.error!)).toEqual({ name: "required", email: "email" });
    const password = SetPasswordForm.safeParse({ password: "123", confirmPassword: "" });
    expect(zodFieldErrors(password.error!)).toEqual({ password: "passwordShort", confirmPassword: "required" });
  });

  it("normalise the email", () => {
    expect(SignInForm.parse({ email: " A@B.Test ", password: "p" }).email).toBe("a@b.test");
  });
});
