import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

// Every code the domain writes into the audit log has a name in both
// languages, so the audit page never shows "service.edit_form" to staff.

const domain = path.resolve(import.meta.dirname, "../../domain");
const sources = readdirSync(domain, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => readFileSync(path.join(domain, file), "utf8"));

/** The quoted codes a field is set to (`action: cond ? "a.b" : "a.c"` gives both). */
function written(field: "action" | "entity"): string[] {
  const values = sources.flatMap((source) => [...source.matchAll(new RegExp(`\\b${field}: ([^,}\\n]*)`, "g"))].map((m) => m[1]!));
  const codes = values.flatMap((value) => [...value.matchAll(/"([a-z_]+(?:\.[a-zA-Z_]+)?)"/g)].map((m) => m[1]!));
  return [...new Set(codes)].filter((code) => (field === "action" ? code.includes(".") : true)).sort();
}

const has = (tree: object, key: string) =>
  key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree) !== undefined;

describe("audit log names", () => {
  it("finds the codes the domain writes", () => {
    expect(written("action")).toContain("request.triage");
    expect(written("entity")).toContain("request");
  });

  for (const [language, catalogue] of [
    ["en", en],
    ["zh-CN", zh],
  ] as const) {
    it(`names every action and record in ${language}`, () => {
      expect(written("action").filter((code) => !has(catalogue.audit.actions, code))).toEqual([]);
      expect(written("entity").filter((code) => !has(catalogue.audit.entities, code))).toEqual([]);
    });
  }
});
