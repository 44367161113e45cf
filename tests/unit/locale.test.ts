import { describe, expect, it } from "vitest";

import { negotiateLocale } from "@/lib/i18n/negotiate";

describe("language negotiation", () => {
  it.each([
    [null, "zh-CN"],
    ["", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR,fr;q=0.9,en;q=0.5", "en"],
    ["en;q=0.4,zh;q=0.8", "zh-CN"],
    ["de,fr", "zh-CN"],
    ["zh;q=0,en", "en"],
    ["EN-gb", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
