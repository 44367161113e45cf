import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

// The dashboard's shortcuts: an exact count as a number, a capped one with "+".
describe("the dashboard's counts, as shown", () => {
  it.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)("read 10,000+ past the cap and the number below it (%s)", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "staff" });
    expect(t("countMore", { count: 10_000 })).toBe("10,000+");
    expect(t("count", { count: 9_999 })).toBe("9,999");
    expect(t("count", { count: 0 })).toBe("0");
  });
});
