import { describe, expect, it } from "vitest";

import { pickMessages } from "@/components/ui/client-messages";
import en from "@/messages/en.json";

describe("messages for the browser", () => {
  it("keeps only the named namespaces and sub-trees, in their places", () => {
    const picked = pickMessages(en, ["errors", "settings.holidays"]);
    expect(Object.keys(picked).sort()).toEqual(["errors", "settings"]);
    expect(picked.errors).toEqual(en.errors);
    expect(Object.keys(picked.settings as object)).toEqual(["holidays"]);
    expect(pickMessages(en, ["no.such.path"])).toEqual({});
  });
});
