import { randomBytes } from "node:crypto";
import { and, eq, isNull, ne } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, requests, users } from "@/db/schema";
import type { Locale } from "@/domain/context";
import { submitQuestion } from "@/domain/desk/submit-question";
import { previewPublication, publishRequest } from "@/domain/requests/publication";
import { changeRequestStatus, replyToRequest } from "@/domain/requests/staff/handle-request";

import { ctxFor, signedOut } from "./ctx";

let sender = 0;

/** A question from a signed-out resident, each from an address of its own. */
export function askQuestion(place: string, extra: Record<string, string> = {}, locale: Locale = "zh-CN") {
  sender++;
  return submitQuestion(
    { ...signedOut, locale, ip: `198.20.${Math.floor(sender / 250)}.${1 + (sender % 250)}` },
    {
      place,
      topic: "residence",
      subject: `落户手续 ${randomBytes(3).toString("hex")}`,
      body: "孩子上户口需要带什么材料？",
      contactEmail: "resident@example.test",
      idempotencyKey: randomBytes(18).toString("base64url"),
      ...extra,
    },
  );
}

/** The stored request behind a receipt. */
export async function storedRequest(trackingNumber: string) {
  const [row] = await (await getDb()).select().from(requests).where(eq(requests.trackingNumber, trackingNumber));
  return row!;
}

/** A village of the same station whose responsible officer has no staff account. */
export async function villageWithoutAccount(unitId: number): Promise<string> {
  const db = await getDb();
  const rows = await db
    .select({ name: areas.nameZh })
    .from(areas)
    .leftJoin(users, eq(users.officerId, areas.responsibleOfficerId))
    .where(and(eq(areas.unitId, unitId), isNull(users.id), ne(areas.nameZh, "王庄村")))
    .limit(1);
  return rows[0]!.name;
}

/** A question asked with consent, answered by the village officer and published as the moderator reviewed it. */
export async function publishedQuestion(subject: string, body: string) {
  const [villageOfficer, moderator] = await Promise.all([ctxFor("village-officer@demo.test"), ctxFor("moderator@demo.test")]);
  const receipt = await askQuestion("王庄村", { subject, body, consentToPublish: "on", contactName: "李明", topic: "traffic" });
  await replyToRequest(villageOfficer, { trackingNumber: receipt.trackingNumber, body: "可以到派出所窗口办理。", visibility: "public" });
  await changeRequestStatus(villageOfficer, { trackingNumber: receipt.trackingNumber, action: "resolve" });
  const preview = await previewPublication(moderator, receipt.trackingNumber);
  await publishRequest(moderator, {
    trackingNumber: receipt.trackingNumber,
    publicTitle: preview.redacted.title,
    publicQuestion: preview.redacted.question,
    publicReply: preview.redacted.reply,
  });
  return receipt.trackingNumber;
}
