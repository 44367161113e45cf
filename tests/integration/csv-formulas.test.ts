import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, officers } from "@/db/schema";
import { confirmDirectoryImport } from "@/domain/directory/confirm-import";
import { exportAreasCsv } from "@/domain/directory/export-areas-csv";
import { exportOfficersCsv } from "@/domain/directory/export-officers-csv";
import { previewDirectoryImport } from "@/domain/directory/preview-import";
import { publishedOfficersCsv } from "@/domain/directory/public-csv";
import { parseCsv } from "@/lib/core/csv";

import { ctxFor, signedOut } from "../helpers/ctx";

// A name typed as "=HYPERLINK(…)" must not become a formula in the
// spreadsheet of whoever opens an export: every cell starting with = + - @,
// a tab or a carriage return is written after an apostrophe.

// (Tab and carriage return are neutralised too: tests/unit/csv.test.ts. The directory's
// forms trim them off, so they never reach these tables.)
const formulas = ['=HYPERLINK("http://evil.example","click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"];

describe("CSV exports", () => {
  it("neutralise formula cells in the public directory and in both staff exports, and import them back unchanged", async () => {
    const db = await getDb();
    const sample = await db.select().from(officers).where(eq(officers.published, true)).limit(formulas.length);
    for (const [i, officer] of sample.entries()) {
      await db.update(officers).set({ titleZh: formulas[i]!, titleEn: formulas[i]! }).where(eq(officers.id, officer.id));
    }
    const [area] = await db.select().from(areas).limit(1);
    await db.update(areas).set({ nameEn: "=cmd()" }).where(eq(areas.id, area!.id));

    const publicCsv = await publishedOfficersCsv(signedOut);
    const moderator = await ctxFor("moderator@demo.test");
    const staffCsv = await exportOfficersCsv(moderator);
    const areasCsv = await exportAreasCsv(moderator);
    for (const csv of [publicCsv, staffCsv, areasCsv]) {
      for (const { values } of parseCsvRaw(csv)) {
        for (const cell of Object.values(values)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(publicCsv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(staffCsv).toContain("'-2+3");
    expect(areasCsv).toContain("'=cmd()");

    // Read back, the apostrophe comes off: export → import → export is still byte-identical.
    expect(parseCsv(staffCsv).rows.some((r) => r.values.title === "-2+3")).toBe(true);
    const preview = await previewDirectoryImport(moderator, { kind: "officers", csv: staffCsv });
    expect(preview).toMatchObject({ ok: true, inserts: 0, updates: 0 });
    if (!preview.ok) return;
    await confirmDirectoryImport(moderator, { importId: preview.importId });
    expect(await exportOfficersCsv(moderator)).toBe(staffCsv);
    const stored = await db
      .select({ titleZh: officers.titleZh })
      .from(officers)
      .where(
        inArray(
          officers.id,
          sample.map((o) => o.id),
        ),
      );
    expect(stored.map((o) => o.titleZh).sort()).toEqual([...formulas].sort());
  });
});

/** Cells exactly as written in the file, apostrophes included. */
function parseCsvRaw(csv: string): { values: Record<string, string> }[] {
  const lines = csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(1)
    .filter(Boolean);
  return lines.map((line) => ({ values: Object.fromEntries(splitCsvLine(line).map((cell, i) => [String(i), cell])) }));
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
