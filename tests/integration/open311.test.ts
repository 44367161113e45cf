import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { apiKeys, areas, auditLog, outbox, requests } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/domain/errors";
import { apiKeyLimit, createApiKey, listApiKeys, revokeApiKey } from "@/domain/open311/api-keys";
import { open311Service, open311Services } from "@/domain/open311/catalogue";
import { ApiKeyRefusedError, postOpen311Request, type Open311Post } from "@/domain/open311/post-request";
import { getOpen311Request, listOpen311Requests, requestIdForToken } from "@/domain/open311/read-requests";
import { consumeLimits } from "@/domain/rate-limit";
import { deadlinesFor, deadlinesIn } from "@/domain/requests/deadlines";
import { publishRequest } from "@/domain/requests/publication";
import { listRequestQueue } from "@/domain/requests/staff/queue";

import { ctxFor, signedOut } from "../helpers/ctx";

const jurisdiction = "safe-city.test";
let key = "";
let village: { id: number; nameZh: string; unitId: number };

beforeAll(async () => {
  key = (await createApiKey(await ctxFor("admin@demo.test"), { name: `Integration ${randomBytes(3).toString("hex")}` })).key;
  const db = await getDb();
  const [first] = await db
    .select({ id: areas.id, nameZh: areas.nameZh, unitId: areas.unitId })
    .from(areas)
    .where(eq(areas.kind, "village"))
    .limit(1);
  village = first!;
});

const hazard = (extra: Partial<Open311Post> = {}): Open311Post => ({
  apiKey: key,
  serviceCode: "problem-hazard",
  description: "村口的路灯坏了一个月，晚上很黑。",
  addressString: village.nameZh,
  email: "open311.resident@example.test",
  firstName: "San",
  lastName: "Zhang",
  attributes: { subject: `路灯坏了 ${randomBytes(3).toString("hex")}` },
  ...extra,
});
const fieldErrors = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
};

describe("API keys", () => {
  it("admins issue a key shown once and kept as its SHA-256 only, revoke it, and both are audited", async () => {
    const admin = await ctxFor("admin@demo.test");
    const created = await createApiKey(admin, { name: "Lifecycle app" });
    expect(created.key).toMatch(/^sc_[A-Za-z0-9_-]{32}$/);
    const db = await getDb();
    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(JSON.stringify(stored)).not.toContain(created.key);
    expect(stored!.keyHash).toMatch(/^[0-9a-f]{64}$/);

    await postOpen311Request(signedOut, hazard({ apiKey: created.key }), jurisdiction);
    await expect(
      postOpen311Request(signedOut, hazard({ apiKey: created.key, serviceCode: "problem-nothing" }), jurisdiction),
    ).rejects.toBeInstanceOf(NotFoundError);
    const listed = (await listApiKeys(admin)).find((k) => k.id === created.id)!;
    // Every use is counted, the refused post too.
    expect(listed.useCount).toBe(2);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(listed.revokedAt).toBeNull();

    await revokeApiKey(admin, { id: created.id });
    await expect(revokeApiKey(admin, { id: created.id })).rejects.toBeInstanceOf(ConflictError);
    await expect(postOpen311Request(signedOut, hazard({ apiKey: created.key }), jurisdiction)).rejects.toBeInstanceOf(ApiKeyRefusedError);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "api_key"), eq(auditLog.entityId, String(created.id))));
    expect(audit.map((a) => a.action).sort()).toEqual(["api_key.create", "api_key.revoke"]);
    expect(JSON.stringify(audit)).not.toContain(created.key);
  });

  it("is refused to everyone but admins", async () => {
    for (const email of ["moderator@demo.test", "officer@demo.test", "resident@demo.test"]) {
      const ctx = await ctxFor(email);
      await expect(createApiKey(ctx, { name: "Nope" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listApiKeys(ctx)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revokeApiKey(ctx, { id: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("refuses an unknown key, and a key past its hourly limit", async () => {
    await expect(
      postOpen311Request(signedOut, hazard({ apiKey: "sc_not-a-key-at-all-000000000000" }), jurisdiction),
    ).rejects.toBeInstanceOf(ApiKeyRefusedError);
    await expect(postOpen311Request(signedOut, hazard({ apiKey: "" }), jurisdiction)).rejects.toBeInstanceOf(ApiKeyRefusedError);
    const admin = await ctxFor("admin@demo.test");
    const busy = await createApiKey(admin, { name: "Busy app" });
    const limit = apiKeyLimit(busy.id);
    const db = await getDb();
    // Use up the hour but one, then one post goes through and the next is refused.
    await consumeLimits(
      db,
      Array.from({ length: limit.max - 1 }, () => limit),
    ).catch(() => undefined);
    await postOpen311Request(signedOut, hazard({ apiKey: busy.key }), jurisdiction);
    await expect(postOpen311Request(signedOut, hazard({ apiKey: busy.key }), jurisdiction)).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("posting a request", () => {
  it("lands in the staff queue through the web form's path: routed to the village's station, the category's deadline, the resident notified", async () => {
    const before = await deadlinesFor("hazard");
    const receipt = await postOpen311Request(signedOut, hazard(), jurisdiction);
    const db = await getDb();
    const [stored] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(stored).toMatchObject({ kind: "feedback", topic: "problem", category: "hazard", unitId: village.unitId, areaId: village.id });
    expect(stored!.contactName).toBe("San Zhang");
    expect(stored!.contactEmail).toBe("open311.resident@example.test");
    expect(Math.abs(stored!.deadlineAt.getTime() - before.deadlineAt.getTime())).toBeLessThan(60_000);
    const mail = await db.select().from(outbox).where(eq(outbox.recipient, "open311.resident@example.test"));
    expect(mail.map((m) => (m.payload as { trackingNumber: string }).trackingNumber)).toContain(receipt.trackingNumber);

    const moderator = await ctxFor("moderator@demo.test");
    const queue = await listRequestQueue(moderator, { q: receipt.trackingNumber, status: "all" });
    expect(queue.items.map((r) => r.trackingNumber)).toEqual([receipt.trackingNumber]);
    expect(await requestIdForToken(receipt.trackToken)).toBe(receipt.trackingNumber);
  });

  it("takes an address by its id, and applications to a service hall service whose form Open311 can fill", async () => {
    const byId = await postOpen311Request(signedOut, hazard({ addressString: undefined, addressId: String(village.id) }), jurisdiction);
    expect((await getOpen311Request(byId.trackingNumber)).areaId).toBe(village.id);

    const service = await open311Service("service-id-card-lost-report");
    expect(service.kind).toBe("service");
    const expected = await deadlinesIn(1);
    // In Chinese the family name comes first.
    const receipt = await postOpen311Request(
      { ...signedOut, locale: "zh-CN" },
      {
        apiKey: key,
        serviceCode: "service-id-card-lost-report",
        addressString: village.nameZh,
        firstName: "四",
        lastName: "李",
        phone: "13800138000",
        attributes: { idNumber: "11010519491231002X", lostOn: "2026-01-05" },
      },
      jurisdiction,
    );
    const db = await getDb();
    const [stored] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
    expect(stored).toMatchObject({ kind: "application", unitId: village.unitId, contactPhone: "13800138000", contactName: "李四" });
    expect(Math.abs(stored!.deadlineAt.getTime() - expected.deadlineAt.getTime())).toBeLessThan(60_000);
  });

  it("names each refused field as the client sent it", async () => {
    expect(await fieldErrors(postOpen311Request(signedOut, hazard({ attributes: {} }), jurisdiction))).toMatchObject({
      "attribute[subject]": "required",
    });
    expect(await fieldErrors(postOpen311Request(signedOut, hazard({ description: "" }), jurisdiction))).toMatchObject({
      description: "required",
    });
    expect(await fieldErrors(postOpen311Request(signedOut, hazard({ addressString: "没有这个村" }), jurisdiction))).toMatchObject({
      address_string: "unknownArea",
    });
    expect(await fieldErrors(postOpen311Request(signedOut, hazard({ addressId: "999999" }), jurisdiction))).toMatchObject({
      address_id: "unknownArea",
    });
    expect(await fieldErrors(postOpen311Request(signedOut, hazard({ email: "nope" }), jurisdiction))).toMatchObject({ email: "email" });
    expect(
      await fieldErrors(postOpen311Request(signedOut, hazard({ attributes: { subject: "x", danger: "yes" } }), jurisdiction)),
    ).toMatchObject({ "attribute[danger]": "callPolice" });
    expect(await fieldErrors(postOpen311Request(signedOut, hazard({ jurisdictionId: "elsewhere.example" }), jurisdiction))).toEqual({
      jurisdiction_id: "unknownJurisdiction",
    });
    const application = { apiKey: key, serviceCode: "service-id-card-lost-report", phone: "13800138000", firstName: "四", attributes: {} };
    expect(await fieldErrors(postOpen311Request(signedOut, application, jurisdiction))).toMatchObject({
      "attribute[idNumber]": "required",
      "attribute[lostOn]": "required",
    });
    await expect(postOpen311Request(signedOut, hazard({ serviceCode: "problem-nothing" }), jurisdiction)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("reading requests", () => {
  it("lists the six smalls and only hall services whose required fields Open311 can carry", async () => {
    const codes = (await open311Services()).map((s) => s.code);
    expect(codes.slice(0, 6)).toEqual([
      "problem-incident",
      "problem-case",
      "problem-dispute",
      "problem-hazard",
      "problem-petition",
      "problem-difficulty",
    ]);
    expect(codes).toContain("service-id-card-lost-report");
    // Its form needs photos: GeoReport v2 has no way to send them.
    expect(codes).not.toContain("service-residence-permit");
  });

  it("shows status and dates but no contact and no description of an unpublished request", async () => {
    const receipt = await postOpen311Request(signedOut, hazard({ phone: "13912345678" }), jurisdiction);
    const found = await getOpen311Request(receipt.trackingNumber);
    expect(found).toMatchObject({ status: "open", serviceCode: "problem-hazard", areaId: village.id, description: undefined });
    const text = JSON.stringify(found);
    for (const secret of ["13912345678", "open311.resident@example.test", "Zhang", "路灯坏了一个月"]) expect(text).not.toContain(secret);
    await expect(getOpen311Request("F000000-NOSUCH")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOpen311Request("<script>")).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestIdForToken("not-a-token")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows the published, redacted copy's question and reply once a moderator published it", async () => {
    const receipt = await postOpen311Request(
      signedOut,
      hazard({ description: "路灯坏了，我的电话是13912345678。", attributes: { subject: "路灯", consent_to_publish: "yes" } }),
      jurisdiction,
    );
    expect((await getOpen311Request(receipt.trackingNumber)).description).toBeUndefined();
    await publishRequest(await ctxFor("moderator@demo.test"), {
      trackingNumber: receipt.trackingNumber,
      publicTitle: "路灯",
      publicQuestion: "路灯坏了。",
      publicReply: "已修好。",
    });
    const found = await getOpen311Request(receipt.trackingNumber);
    expect(found).toMatchObject({ description: "路灯坏了。", statusNotes: "已修好。" });
    expect(JSON.stringify(found)).not.toContain("13912345678");
  });

  it("filters by ids, service, status and dates, and pages without gaps or repeats", async () => {
    const start = new Date(Date.now() - 1000).toISOString();
    const posted = [];
    for (let i = 0; i < 5; i++)
      posted.push((await postOpen311Request(signedOut, hazard({ serviceCode: "problem-dispute" }), jurisdiction)).trackingNumber);
    const query = { service_code: "problem-dispute", start_date: start, status: "open" };
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push((await listOpen311Requests({ ...query, page: String(page), page_size: "2" })).map((r) => r.serviceRequestId));
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().sort()).toEqual([...posted].sort());
    expect(await listOpen311Requests({ ...query, status: "closed" })).toEqual([]);
    expect(await listOpen311Requests({ ...query, end_date: start })).toEqual([]);
    const byIds = await listOpen311Requests({ service_request_id: `${posted[0]},${posted[1]}`, service_code: "problem-case" });
    expect(byIds.map((r) => r.serviceRequestId).sort()).toEqual([posted[0], posted[1]].sort());
  });

  it("refuses filters it cannot read, naming them", async () => {
    expect(await fieldErrors(listOpen311Requests({ start_date: "yesterday" }))).toEqual({ start_date: "isoDateTime" });
    expect(await fieldErrors(listOpen311Requests({ status: "pending" }))).toEqual({ status: "openOrClosed" });
    expect(await fieldErrors(listOpen311Requests({ page_size: "5000" }))).toEqual({ page_size: "pageSize" });
    expect(await fieldErrors(listOpen311Requests({ page: "0" }))).toEqual({ page: "wholeNumber" });
  });
});
