import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";

import { ValidationError } from "../errors";
import { MIN_PASSWORD_LENGTH } from "./schemas";

let common: Set<string> | undefined;

/** The 10,000 most common passwords (data/common-passwords.txt), lower-cased, read once. */
function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "common-passwords.txt");
    const lines = readFileSync(file, "utf8").split("\n");
    common = new Set(lines.filter((line) => line && !line.startsWith("#")).map((line) => line.trim().toLowerCase()));
  }
  return common;
}

/** Why a chosen password is refused (a message key under "errors"), or null when it will do. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "passwordShort";
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "passwordCommon";
  if (email && lower === email.toLowerCase()) return "passwordIsEmail";
  return null;
}

/** Throws a field error on `field` when the password is refused. */
export function checkNewPassword(field: string, password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new ValidationError({ [field]: problem });
}
