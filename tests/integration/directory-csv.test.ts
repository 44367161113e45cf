import { and, eq, inArray, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, auditLog, directoryImports, officers, units } from "@/db/schema";
import { confirmDirectoryImport } from "@/domain/directory/confirm-import";
import { exportAreasCsv } from "@/domain/directory/export-areas-csv";
import { exportOfficersCsv } from "@/domain/directory/export-officers-csv";
import { previewDirectoryImport } from "@/domain/directory/preview-import";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { toCsv } from "@/lib/core/csv";

import { ctxFor, signedOut } from "../helpers/ctx";
import { areaHeader, officerHeader, officerRow, officersCsv } from "../helpers/directory-csv";

const moderator = () => ctxFor("moderator@demo.test");

async function previewOk(kind: "officers" | "areas", csv: string | Blob) {
  const result = await previewDirectoryImport(await moderator(), { kind, csv });
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result;
}

async function officerByBadge(badge: string) {
  const [row] = await (await getDb()).select().from(officers).where(eq(officers.badgeNumber, badge));
  return row;
}

const pendingImports = async () => (await getDb()).select().from(directoryImports);

describe("export, import, export", () => {
  it.each([
    ["officers", exportOfficersCsv],
    ["areas", exportAreasCsv],
  ] as const)("%s: a fresh export imports with no changes and exports byte-identical", async (kind, exportCsv) => {
    const before = await exportCsv(await moderator());
    expect(before.startsWith("\uFEFF")).toBe(true);
    const preview = await previewOk(kind, new Blob([before]));
    expect(preview).toMatchObject({ inserts: 0, updates: 0 });
    expect(preview.unchanged).toBe(preview.rowCount);
    expect(preview.rowCount).toBeGreaterThan(600);
    expect(await confirmDirectoryImport(await moderator(), { importId: preview.importId })).toMatchObject({
      ok: true,
      inserts: 0,
      updates: 0,
    });
    expect(await exportCsv(await ctxFor("officer@demo.test"))).toBe(before);
  });
});

describe("a file with problems", () => {
  it("lists every bad row by line, column and reason, and writes nothing", async () => {
    const before = await exportOfficersCsv(await moderator());
    const csv = officersCsv([
      officerRow(1),
      officerRow(2, { phone: "12345", name: "" }),
      officerRow(3, { unit_slug: "no-such-unit" }),
      officerRow(4, { badge_number: "900001" }),
      officerRow(5, { badge_number: "12ab", name_pinyin: "测试", published: "maybe" }),
      officerRow(6, { office_phone: "13900000000", leadership_rank: "0" }),
    ]);
    const result = await previewDirectoryImport(await moderator(), { kind: "officers", csv });
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, field: "name", reason: "required" },
        { line: 3, field: "phone", reason: "mobile" },
        { line: 4, field: "unit_slug", reason: "unknownUnit" },
        { line: 5, field: "badge_number", reason: "duplicateRow" },
        { line: 6, field: "badge_number", reason: "badge" },
        { line: 6, field: "name_pinyin", reason: "pinyin" },
        { line: 6, field: "published", reason: "invalid" },
        { line: 7, field: "office_phone", reason: "landline" },
        { line: 7, field: "leadership_rank", reason: "rank" },
      ],
    });
    expect(await pendingImports()).toEqual([]);
    expect(await exportOfficersCsv(await moderator())).toBe(before);
  });

  it("names missing and unknown columns, and unknown units and badges in an areas file", async () => {
    const header = await previewDirectoryImport(await moderator(), {
      kind: "areas",
      csv: "UNIT_SLUG,name,name_en,kind,colour\r\nbureau,a,b,village,red\r\n",
    });
    expect(header).toEqual({
      ok: false,
      errors: [
        { line: 1, field: "name_pinyin", reason: "missingColumn" },
        { line: 1, field: "responsible_badge", reason: "missingColumn" },
        { line: 1, field: "colour", reason: "unknownColumn" },
      ],
    });
    const rows = toCsv(areaHeader, [
      ["bureau", "测试村", "Ceshi Village", "ceshicun", "village", "000000"],
      ["nowhere", "测试村", "Ceshi Village", "ceshicun", "town", ""],
    ]);
    expect(await previewDirectoryImport(await moderator(), { kind: "areas", csv: rows })).toEqual({
      ok: false,
      errors: [
        { line: 2, field: "responsible_badge", reason: "unknownBadge" },
        { line: 3, field: "unit_slug", reason: "unknownUnit" },
        { line: 3, field: "kind", reason: "required" },
      ],
    });
  });

  it("refuses a file that is not UTF-8, too large, empty or not CSV, and an unknown kind", async () => {
    const gbk = new Blob([Uint8Array.from([0xef, 0xbb, 0xbf, 0x62, 0x2c, 0xb2, 0xe2, 0xca, 0xd4, 0x0a])]);
    const fieldErrors = (input: { kind?: unknown; csv?: unknown }) =>
      moderator()
        .then((ctx) => previewDirectoryImport(ctx, input))
        .then(
          () => null,
          (e: unknown) => (e instanceof ValidationError ? e.fieldErrors : e),
        );
    expect(await fieldErrors({ kind: "officers", csv: gbk })).toEqual({ csv: "notUtf8" });
    expect(await fieldErrors({ kind: "officers", csv: "x".repeat(5 * 1024 * 1024 + 1) })).toEqual({ csv: "fileTooLarge" });
    expect(await fieldErrors({ kind: "officers", csv: new Blob([]) })).toEqual({ csv: "chooseFile" });
    expect(await fieldErrors({ kind: "units", csv: "a" })).toEqual({ kind: "chooseKind" });
    const notCsv = await previewDirectoryImport(await moderator(), {
      kind: "officers",
      csv: `${officerHeader.join(",")}\n"unclosed,quote\n`,
    });
    expect(notCsv).toMatchObject({ ok: false, errors: [{ field: "", reason: "notCsv" }] });
    const headerOnly = await previewDirectoryImport(await moderator(), { kind: "officers", csv: officerHeader.join(",") });
    expect(headerOnly).toEqual({ ok: false, errors: [{ line: 2, field: "", reason: "noRows" }] });
    expect(await pendingImports()).toEqual([]);
  });
});

describe("importing", () => {
  it("updates an existing officer by badge number, inserts a new one, and is audited", async () => {
    const [existing] = await (await getDb()).select().from(officers).where(like(officers.badgeNumber, "04%")).limit(1);
    const changed = officerRow(0, { badge_number: existing!.badgeNumber, title_en: "Renamed officer", published: "FALSE" });
    const preview = await previewOk("officers", officersCsv([changed, officerRow(10)]));
    expect(preview).toMatchObject({ rowCount: 2, inserts: 1, updates: 1, unchanged: 0 });
    const ctx = await moderator();
    expect(await confirmDirectoryImport(ctx, { importId: preview.importId })).toMatchObject({ ok: true, inserts: 1, updates: 1 });
    expect(await officerByBadge(existing!.badgeNumber)).toMatchObject({ id: existing!.id, titleEn: "Renamed officer", published: false });
    expect(await officerByBadge("900010")).toMatchObject({
      nameZh: "测试10",
      namePinyin: "Ce Shi",
      searchPinyin: "ceshi",
      published: true,
    });
    const [entry] = await (await getDb()).select().from(auditLog).where(eq(auditLog.entityId, preview.importId));
    expect(entry).toMatchObject({
      action: "directory.import",
      entity: "officers",
      actorId: ctx.actor!.userId,
      detail: { inserts: 1, updates: 1 },
    });
    expect(await pendingImports()).toEqual([]);
  });

  it("assigns responsible officers from an areas file", async () => {
    const db = await getDb();
    const [area] = await db
      .select({ id: areas.id, unitId: areas.unitId, nameZh: areas.nameZh, slug: units.slug })
      .from(areas)
      .innerJoin(units, eq(units.id, areas.unitId))
      .limit(1);
    const [other] = await db.select().from(officers).where(eq(officers.badgeNumber, "040101"));
    const csv = toCsv(areaHeader, [
      [area!.slug, area!.nameZh, "Reassigned Village", "chongxincun", "village", other!.badgeNumber],
      [area!.slug, "新测试村", "New Test Village", "Xin Ceshi Cun", "village", other!.badgeNumber],
    ]);
    const preview = await previewOk("areas", csv);
    expect(preview).toMatchObject({ inserts: 1, updates: 1 });
    await confirmDirectoryImport(await moderator(), { importId: preview.importId });
    const rows = await db
      .select()
      .from(areas)
      .where(and(eq(areas.unitId, area!.unitId), inArray(areas.nameZh, [area!.nameZh, "新测试村"])));
    expect(rows.map((r) => [r.nameZh, r.namePinyin, r.responsibleOfficerId]).sort()).toEqual(
      [
        [area!.nameZh, "chongxincun", other!.id],
        ["新测试村", "xinceshicun", other!.id],
      ].sort(),
    );
  });

  it("is all or nothing: a row failing at apply time leaves nothing, and the import can be confirmed later", async () => {
    const db = await getDb();
    const rows = Array.from({ length: 1500 }, (_, i) => officerRow(2000 + i));
    const preview = await previewOk("officers", officersCsv(rows));
    // Only the database can fail this row: it passes every check the preview makes.
    await db.execute(
      sql.raw(`create function refuse_badge() returns trigger language plpgsql as $$ begin
      if new.badge_number = '903499' then raise exception 'refused at apply time'; end if; return new; end $$;
      create trigger refuse_badge before insert on officers for each row execute function refuse_badge()`),
    );
    try {
      await expect(confirmDirectoryImport(await moderator(), { importId: preview.importId })).rejects.toThrow();
    } finally {
      await db.execute(sql.raw("drop trigger refuse_badge on officers; drop function refuse_badge()"));
    }
    expect(await officerByBadge("902000")).toBeUndefined();
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, preview.importId))).toEqual([]);
    expect(await confirmDirectoryImport(await moderator(), { importId: preview.importId })).toMatchObject({ ok: true, inserts: 1500 });
  });

  it("checks the file again when confirming, and writes nothing if it no longer fits", async () => {
    const db = await getDb();
    const preview = await previewOk("officers", officersCsv([officerRow(5000), officerRow(5001)]));
    await db.update(units).set({ slug: "renamed-bureau" }).where(eq(units.slug, "bureau"));
    try {
      const result = await confirmDirectoryImport(await moderator(), { importId: preview.importId });
      expect(result).toEqual({
        ok: false,
        errors: [
          { line: 2, field: "unit_slug", reason: "unknownUnit" },
          { line: 3, field: "unit_slug", reason: "unknownUnit" },
        ],
      });
    } finally {
      await db.update(units).set({ slug: "bureau" }).where(eq(units.slug, "renamed-bureau"));
    }
    expect(await officerByBadge("905000")).toBeUndefined();
  });

  it("imports 10,000 officers in seconds, new and then updated", async () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => 10_000 + i);
    for (const [title, expected] of [
      ["Police officer", { inserts: 10_000, updates: 0 }],
      ["Community police officer", { inserts: 0, updates: 10_000 }],
    ] as const) {
      const csv = officersCsv(numbers.map((n) => officerRow(n, { title_en: title })));
      const started = performance.now();
      const preview = await previewOk("officers", new Blob([csv]));
      const checked = performance.now();
      const result = await confirmDirectoryImport(await moderator(), { importId: preview.importId });
      const done = performance.now();
      console.log(
        `10,000 officers, ${expected.inserts ? "new" : "updated"} (${(csv.length / 1e6).toFixed(2)} MB): preview ${(checked - started).toFixed(0)} ms, confirm ${(done - checked).toFixed(0)} ms`,
      );
      expect(result).toMatchObject({ ok: true, rowCount: 10_000, ...expected });
      expect(done - started).toBeLessThan(30_000);
    }
    const rows = await (await getDb()).select({ titleEn: officers.titleEn }).from(officers).where(like(officers.badgeNumber, "91%"));
    expect(rows).toHaveLength(10_000);
    expect(new Set(rows.map((r) => r.titleEn))).toEqual(new Set(["Community police officer"]));
  }, 60_000);
});

describe("who may import and export", () => {
  it.each(["resident@demo.test", "officer@demo.test"])("refuses every import write for %s", async (email) => {
    const preview = await previewOk("officers", officersCsv([officerRow(7000)]));
    const ctx = await ctxFor(email);
    await expect(previewDirectoryImport(ctx, { kind: "officers", csv: officersCsv([officerRow(7001)]) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(confirmDirectoryImport(ctx, { importId: preview.importId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await officerByBadge("907000")).toBeUndefined();
    expect((await pendingImports()).map((p) => p.id)).toContain(preview.importId);
    await (await getDb()).delete(directoryImports).where(eq(directoryImports.id, preview.importId));
  });

  it("refuses exports for residents and everything when signed out", async () => {
    const resident = await ctxFor("resident@demo.test");
    await expect(exportOfficersCsv(resident)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAreasCsv(resident)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportOfficersCsv(signedOut)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(previewDirectoryImport(signedOut, { kind: "officers", csv: "x" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(confirmDirectoryImport(signedOut, { importId: crypto.randomUUID() })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
