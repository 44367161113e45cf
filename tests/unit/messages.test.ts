import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "object" && value !== null ? leaves(value) : [String(value)]));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("interface text", () => {
  it("has every key in both languages", () => {
    const enKeys = keys(en);
    const zhKeys = keys(zh);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("has no empty text", () => {
    expect(leaves(en).filter((t) => !t.trim())).toEqual([]);
    expect(leaves(zh).filter((t) => !t.trim())).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const lookup = (tree: object, path: string) =>
      path.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string;
    const mismatched = keys(en).filter((k) => placeholders(lookup(en, k)).join() !== placeholders(lookup(zh, k)).join());
    expect(mismatched).toEqual([]);
  });
});
