import { describe, expect, it } from "vitest";

import { neutraliseCell, parseCsv, toCsv } from "@/lib/core/csv";

describe("CSV cells a spreadsheet would take for a formula", () => {
  it.each(["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1"])("%j is written after an apostrophe", (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it.each(["王建国", "0370-00001234", "13912345678", "a=b", "", "'quoted", "Wang Jianguo"])("%j is written as it is", (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });

  it("leaves numbers alone and reads the apostrophe off again", () => {
    const csv = toCsv(
      ["name", "sort"],
      [
        ["=cmd()", -1],
        ["普通", 2],
      ],
    );
    expect(csv).toBe("\uFEFFname,sort\r\n'=cmd(),-1\r\n普通,2\r\n");
    expect(parseCsv(csv).rows.map((r) => r.values)).toEqual([
      { name: "=cmd()", sort: "-1" },
      { name: "普通", sort: "2" },
    ]);
  });
});
