import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { attachments, requests } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { ValidationError } from "@/domain/errors";
import { getAttachment } from "@/domain/requests/staff/attachment";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import type { Upload } from "@/domain/requests/uploads";

import { ctxFor, signedOut } from "../helpers/ctx";

const pdf = (extra = "") => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${extra}\n%%EOF\n`, "latin1");
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64).map((b) => b & 0x3b)]);

let moderator: Ctx;
let sender = 0;
const send = (uploads: Upload[]) =>
  submitFeedback(
    { ...signedOut, ip: `198.18.210.${++sender}` },
    { topic: "tip", subject: "占道经营", body: "夜市摊位占满了消防通道。", idempotencyKey: randomBytes(18).toString("base64url") },
    uploads,
  );

beforeAll(async () => {
  moderator = await ctxFor("moderator@demo.test");
});

describe("attachments", () => {
  it("are stored and shown without bidi controls, and downloaded under a name of our own", async () => {
    // Shown as is, "scan\u202Efdp.exe" reads "scanexe.pdf".
    const receipt = await send([
      { fileName: "scan\u202Efdp.exe", bytes: pdf() },
      { fileName: "photo\u2066\u2069.png", bytes: png },
    ]);
    const db = await getDb();
    const [request] = await db.select({ id: requests.id }).from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    const stored = await db.select().from(attachments).where(eq(attachments.requestId, request!.id));
    expect(stored.map((f) => f.fileName).sort()).toEqual(["photo.png", "scanfdp.exe"]);

    // Rows written before this change are cleaned when shown.
    await db.update(attachments).set({ fileName: "old\u202Egnp.exe" }).where(eq(attachments.mediaType, "image/png"));
    const detail = await getStaffRequest(moderator, receipt.trackingNumber);
    expect(detail.files.map((f) => f.fileName).sort()).toEqual(["oldgnp.exe", "scanfdp.exe"]);

    const pdfFile = stored.find((f) => f.mediaType === "application/pdf")!;
    const download = await getAttachment(moderator, receipt.trackingNumber, String(pdfFile.id));
    expect(download.downloadName).toBe(`attachment-${pdfFile.id}.pdf`);
    expect(download).not.toHaveProperty("fileName");
  });

  it("a PDF that is also a web page is refused", async () => {
    for (const markup of [
      "<html><body><script>alert(1)</script></body></html>",
      "<SCRIPT>fetch('/staff')</SCRIPT>",
      "<iframe src=x>",
      "<a href='javascript:alert(1)'>",
    ]) {
      const error = await send([{ fileName: "form.pdf", bytes: pdf(markup) }]).catch((e: unknown) => e);
      expect(error, markup).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ attachments: "fileHasMarkup" });
    }
    await expect(send([{ fileName: "plain.pdf", bytes: pdf("BT /F1 12 Tf (x < y and a > b) Tj ET") }])).resolves.toMatchObject({
      trackingNumber: expect.any(String),
    });
  });
});

describe("the staff request detail", () => {
  it("loads no access-code hash, tracking link or idempotency key", async () => {
    const receipt = await send([]);
    const db = await getDb();
    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    const detail = await getStaffRequest(moderator, receipt.trackingNumber);
    expect(detail.request).not.toHaveProperty("accessCodeHash");
    expect(detail.request).not.toHaveProperty("trackToken");
    expect(detail.request).not.toHaveProperty("idempotencyKey");
    const everything = JSON.stringify(detail);
    expect(everything).toContain(receipt.trackingNumber);
    for (const secret of [row!.accessCodeHash, row!.trackToken, row!.idempotencyKey]) expect(everything).not.toContain(secret);
  });
});
