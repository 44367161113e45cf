import { describe, expect, it } from "vitest";
import { z } from "zod";

import { cursorOf, firstParam, intId, keysetCursor, MAX_INT4, optionalIntId, searchText } from "@/lib/core/query-params";

describe("search text from a query string", () => {
  const q = z.object({ q: searchText(5) });
  it.each([
    [undefined, ""],
    [["a", "b"], ""],
    ["  王庄  ", "王庄"],
    ["a\u0000b", "a b"],
    ["\u202eabc\u202c", "abc"],
    ["x\ud800y", "x\ufffdy"],
    ["𠀀𠀀𠀀𠀀𠀀𠀀", "𠀀𠀀𠀀𠀀𠀀"],
    ["abcdefgh", "abcde"],
  ])("%j → %j", (input, expected) => {
    expect(q.parse({ q: input }).q).toBe(expected);
  });

  it("never cuts a character in half", () => {
    const cut = q.parse({ q: "ab😀😀😀😀" }).q;
    expect(cut).toBe("ab😀😀😀");
    expect(cut.isWellFormed()).toBe(true);
  });
});

describe("ids", () => {
  it("fit the column or are no id", () => {
    expect(intId.safeParse("42").data).toBe(42);
    expect(intId.safeParse(String(MAX_INT4)).success).toBe(true);
    for (const bad of [String(MAX_INT4 + 1), "99999999999", "0", "-1", "1.5", "abc", "1e309", ""]) {
      expect(intId.safeParse(bad).success, bad).toBe(false);
    }
    expect(optionalIntId.parse("99999999999")).toBeUndefined();
  });
});

describe("keyset cursors", () => {
  const c = z.object({ after: keysetCursor });
  it("read what the pages write", () => {
    const at = new Date("2026-11-30T08:00:00Z");
    expect(c.parse({ after: cursorOf(at, 1234) }).after).toEqual({ at, id: 1234 });
  });

  it.each(["99999999999999999_1", "1_99999999999999999", "253402300800000_1", "1_0", "1-2", "_1", "1_", "a_b", "1_2_3", ""])(
    "ignore %j",
    (after) => {
      expect(c.parse({ after }).after).toBeUndefined();
    },
  );
});

describe("repeated query parameters", () => {
  it("use the first", () => {
    expect(firstParam(["a", "b"])).toBe("a");
    expect(firstParam("a")).toBe("a");
    expect(firstParam(undefined)).toBeUndefined();
  });
});
