import { describe, expect, it } from "vitest";

import { SignInForm, SignUpForm } from "@/domain/accounts/schemas";
import { zodFieldErrors } from "@/domain/validation";
import { clientIp } from "@/lib/request-ip";
import { safeReturnPath } from "@/lib/return-path";

describe("safe return paths", () => {
  it.each([
    ["/staff", "/staff"],
    ["/officers?q=王", "/officers?q=王"],
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
  it("takes the address the server itself saw (the right-most hop)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientIp(new Headers({ "x-real-ip": "5.6.7.8" }))).toBe("5.6.7.8");
    expect(clientIp(new Headers())).toBeNull();
  });
});

describe("form schemas", () => {
  it("give one message key per field", () => {
    const result = SignUpForm.safeParse({ name: " ", email: "x@", password: "123", confirmPassword: "" });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!)).toEqual({
      name: "required",
      email: "email",
      password: "passwordShort",
      confirmPassword: "required",
    });
  });

  it("normalise the email", () => {
    expect(SignInForm.parse({ email: " A@B.Test ", password: "p" }).email).toBe("a@b.test");
  });
});
