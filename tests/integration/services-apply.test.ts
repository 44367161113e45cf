import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, attachments, outbox, requestEvents, requests, units } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/domain/errors";
import { addWorkingDays } from "@/domain/requests/working-days";
import { submitApplication } from "@/domain/services/submit-application";

import { signedOut } from "../helpers/ctx";

const key = () => randomBytes(18).toString("base64url");
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);
const page = Buffer.from("<html><script>alert(1)</script></html>");
const fieldErrors = (e: unknown) => (e as ValidationError).fieldErrors;

async function village() {
  const db = await getDb();
  const [row] = await db.select().from(areas).where(eq(areas.kind, "village")).limit(1);
  return row!;
}

const certificate = async (extra: Record<string, unknown> = {}) => ({
  contactName: "张三",
  contactPhone: "13912345678",
  contactEmail: "zhang@example.test",
  idempotencyKey: key(),
  idNumber: "11010519491231002X",
  village: (await village()).nameZh,
  purpose: "work",
  receiver: "某某科技有限公司",
  ...extra,
});
const idPhoto = { idPhoto: [{ fileName: "id.jpg", bytes: jpeg }] };

describe("applying for a service online", () => {
  it("commits the application with its answers, files, event and notification, routed to the village's station", async () => {
    const db = await getDb();
    const area = await village();
    const receipt = await submitApplication(signedOut, "no-criminal-record", await certificate(), idPhoto);
    expect(receipt.trackingNumber).toMatch(/^A\d{6}-[2-9A-Z]{6}$/);
    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(row).toMatchObject({
      kind: "application",
      status: "submitted",
      areaId: area.id,
      unitId: area.unitId,
      subject: "Certificate of no criminal record",
    });
    expect(row!.formData).toMatchObject({
      service: "no-criminal-record",
      answers: { idNumber: "11010519491231002X", purpose: "work", idPhoto: ["id.jpg"] },
    });
    // The ID number is whole in the answers (the staff detail) and masked in the body.
    expect(row!.body).toContain("1101**********002X");
    expect(row!.body).not.toContain("11010519491231002X");
    expect(await db.select().from(requestEvents).where(eq(requestEvents.requestId, row!.id))).toHaveLength(1);
    expect(await db.select().from(attachments).where(eq(attachments.requestId, row!.id))).toHaveLength(1);
    const [message] = await db.select().from(outbox).where(eq(outbox.recipient, "zhang@example.test"));
    expect(message).toMatchObject({ template: "request.received" });
  });

  it("sets the deadline to the service's legal time limit in working days", async () => {
    const before = new Date();
    const receipt = await submitApplication(signedOut, "no-criminal-record", await certificate(), idPhoto);
    // 3 working days; the demo calendar's exceptions can only push it later.
    expect(receipt.deadlineAt.getTime()).toBeGreaterThanOrEqual(addWorkingDays(before, 3, new Map()).getTime() - 60_000);
    expect(receipt.deadlineAt.getTime()).toBeLessThan(addWorkingDays(before, 13, new Map()).getTime());
  });

  it("routes a service handled by units to its first unit", async () => {
    const db = await getDb();
    const receipt = await submitApplication(
      signedOut,
      "temporary-plates",
      {
        contactName: "李四",
        contactPhone: "13812345678",
        idempotencyKey: key(),
        idNumber: "11010519491231002X",
        vin: "LSVAB4BR0EN000001",
        use: "new",
      },
      {
        invoice: [{ fileName: "invoice.pdf", bytes: Buffer.from("%PDF-1.4\n%%EOF") }],
        insurance: [{ fileName: "policy.jpg", bytes: jpeg }],
      },
    );
    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    const [traffic] = await db.select().from(units).where(eq(units.slug, "traffic-brigade"));
    expect(row!.unitId).toBe(traffic!.id);
  });

  it("gives the same receipt for a retry and one application for a concurrent double submit", async () => {
    const db = await getDb();
    const form = await certificate();
    const receipts = await Promise.all(Array.from({ length: 4 }, () => submitApplication(signedOut, "no-criminal-record", form, idPhoto)));
    expect(new Set(receipts.map((r) => r.trackingNumber)).size).toBe(1);
    expect(await submitApplication(signedOut, "no-criminal-record", form, idPhoto)).toEqual(receipts[0]);
    const rows = await db.select().from(requests).where(eq(requests.idempotencyKey, form.idempotencyKey));
    expect(rows).toHaveLength(1);
  });

  it("refuses a bad ID number, an unknown village, a missing or disguised file, naming each field", async () => {
    const bad = await submitApplication(
      signedOut,
      "no-criminal-record",
      await certificate({ idNumber: "110105194912310021" }),
      idPhoto,
    ).catch((e: unknown) => e);
    expect(fieldErrors(bad)).toMatchObject({ idNumber: "idCard" });
    const nowhere = await submitApplication(signedOut, "no-criminal-record", await certificate({ village: "不存在村" }), idPhoto).catch(
      (e: unknown) => e,
    );
    expect(fieldErrors(nowhere)).toEqual({ village: "unknownArea" });
    const noFile = await submitApplication(signedOut, "no-criminal-record", await certificate(), {}).catch((e: unknown) => e);
    expect(fieldErrors(noFile)).toEqual({ idPhoto: "fileRequired" });
    const disguised = await submitApplication(signedOut, "no-criminal-record", await certificate(), {
      idPhoto: [{ fileName: "id.jpg", bytes: page }],
    }).catch((e: unknown) => e);
    expect(fieldErrors(disguised)).toEqual({ idPhoto: "fileType" });
  });

  it("is not found for a service that takes no applications online", async () => {
    await expect(submitApplication(signedOut, "passport", await certificate())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("leaves nothing behind when any part of the transaction fails", async () => {
    const db = await getDb();
    await db.execute(
      sql.raw(`create function refuse_attachment() returns trigger language plpgsql as $$ begin
      raise exception 'refused at insert'; end $$;
      create trigger refuse_attachment before insert on attachments for each row execute function refuse_attachment()`),
    );
    const form = await certificate({ contactEmail: "rollback@example.test" });
    try {
      await expect(submitApplication(signedOut, "no-criminal-record", form, idPhoto)).rejects.toThrow();
    } finally {
      await db.execute(sql.raw("drop trigger refuse_attachment on attachments; drop function refuse_attachment()"));
    }
    expect(await db.select().from(requests).where(eq(requests.idempotencyKey, form.idempotencyKey))).toEqual([]);
    expect(await db.select().from(outbox).where(eq(outbox.recipient, "rollback@example.test"))).toEqual([]);
  });
});
