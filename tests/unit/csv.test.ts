import { describe, expect, it } from "vitest";

import { csvLines, neutraliseCell, parseCsv, toCsv } from "@/lib/core/csv";

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

describe("lines written a batch at a time", () => {
  it("are what a whole file writes after its header", () => {
    const rows = [["two\nlines", "x"]];
    expect(toCsv(["a", "b"], rows)).toBe(toCsv(["a", "b"], []) + csvLines(rows));
    expect(toCsv(["a", "b"], rows)).toContain('"two\nlines"');
  });

  it("quote a cell holding a quote, comma or any line break, and read back as written", () => {
    const rows = [
      ["plain", 'a "quoted" word', "a, comma", "two\nlines", "cr\rlf\r\n", "=formula", null, 7, -1.5, "", "王庄村，路灯"],
      ['"', ",", "@x", "'", "x"],
    ];
    expect(csvLines(rows)).toBe(
      'plain,"a ""quoted"" word","a, comma","two\nlines","cr\rlf\r\n",\'=formula,,7,-1.5,,王庄村，路灯\r\n"""",",",\'@x,\',x\r\n',
    );
    const header = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
    const read = parseCsv(toCsv(header, []) + csvLines(rows)).rows.map((r) => r.values);
    expect(read[0]).toMatchObject({
      b: 'a "quoted" word',
      c: "a, comma",
      d: "two\nlines",
      f: "=formula",
      g: "",
      h: "7",
      k: "王庄村，路灯",
    });
    expect(read[1]).toMatchObject({ a: '"', b: ",", c: "@x", d: "'", e: "x" });
  });
});
