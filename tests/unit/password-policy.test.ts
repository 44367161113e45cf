import { describe, expect, it } from "vitest";

import { passwordProblem } from "@/domain/accounts/password-policy";
import { SetPasswordForm } from "@/domain/accounts/schemas";

describe("the password policy", () => {
  it("wants at least 12 characters, in the browser's schema and on the server", () => {
    expect(passwordProblem("eleven-char")).toBe("passwordShort");
    expect(SetPasswordForm.safeParse({ password: "eleven-char", confirmPassword: "eleven-char" }).error?.issues[0]?.message).toBe(
      "passwordShort",
    );
    expect(passwordProblem("twelve-chars")).toBeNull();
  });

  it("refuses the common passwords of the shipped list, whatever their case", () => {
    for (const common of ["qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "Qazwsxedcrfv", "leavemealone"]) {
      expect(passwordProblem(common)).toBe("passwordCommon");
    }
    expect(passwordProblem("horse battery staple lamp")).toBeNull();
  });

  it("refuses the account's own email address", () => {
    expect(passwordProblem("Zhang.Wei@example.test", "zhang.wei@example.test")).toBe("passwordIsEmail");
  });
});
