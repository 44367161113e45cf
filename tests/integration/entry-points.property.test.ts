import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import type { Ctx } from "@/domain/context";
import { getOfficerProfile, officerExists, unitExists } from "@/domain/directory/public-queries";
import { AreaForm, OfficerForm, UnitForm } from "@/domain/directory/schemas";
import { searchDirectory } from "@/domain/directory/search";
import { getStaffArea, getStaffOfficer, getStaffUnit, listStaffAreas, listStaffOfficers } from "@/domain/directory/staff-queries";
import { getUnitPage } from "@/domain/directory/unit-page";
import { DomainError, NotFoundError, RateLimitedError, ValidationError } from "@/domain/errors";
import { listOutbox } from "@/domain/notifications/queries";
import { FeedbackForm } from "@/domain/requests/feedback-form";
import { listPublishedReplies } from "@/domain/requests/published-replies";
import { RatingForm, ResidentMessageForm } from "@/domain/requests/resident-actions";
import { getAttachment } from "@/domain/requests/staff/attachment";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { ReplyForm, StatusForm, TriageForm, triageRequest } from "@/domain/requests/staff/handle-request";
import { listRequestQueue, QueueFilters } from "@/domain/requests/staff/queue";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { findTrackToken, getTrackedRequest, TrackForm, trackTokenExists } from "@/domain/requests/track";
import { HolidayForm } from "@/domain/settings/schemas";
import { checkInput } from "@/domain/validation";
import { pageVerdict } from "@/lib/page-guard";
import { safeReturnPath } from "@/lib/return-path";

import { ctxFor, signedOut } from "../helpers/ctx";
import { untyped } from "../helpers/untyped";

// Anything anyone can type or put in an address, thrown at every public entry
// point: the schemas, the public and staff reads, the resident's writes and the
// proxy's checks. What may come back is a typed domain error (the page or form
// then says what is wrong); a server error may not.

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const text = fc.oneof(
  fc.string(),
  // Lone surrogates, NUL and every other code unit.
  fc.string({ unit: anyCodeUnit, maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfff",
    "\u202eexe.fdp",
    "\u2066x\u2069",
    "%00",
    "%FF",
    "%",
    "_",
    "\\",
    "'; drop table requests; --",
    "查询",
    "040001",
    "luwan-station",
  ),
  fc.string({ minLength: 1000, maxLength: 20_000 }),
);
const number = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double().map(String),
  fc.constantFrom("99999999999", "2147483648", "9007199254740993", "1e309", "-0", "NaN", "0x10", " 7 ", ""),
);
const cursor = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 22n }), fc.bigInt({ min: 0n, max: 10n ** 22n })).map(([at, id]) => `${at}_${id}`);
const value = fc.oneof(text, number, cursor);
// As a query string or form gives them: once, many times, or not at all.
const param = fc.oneof({ weight: 6, arbitrary: value }, fc.array(value, { maxLength: 3 }), fc.constant(undefined));

const allowed = [ValidationError, NotFoundError, RateLimitedError];

/** Runs a call and fails on anything but success or a domain error the page or form knows how to show. */
async function onlyDomainErrors(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    const expected = error instanceof DomainError && allowed.some((kind) => error instanceof kind);
    if (!expected) throw error;
  }
}

const runs = { numRuns: 60 };
let moderator: Ctx;
let officer: Ctx;
let realNumber: string;
let sender = 0;
const resident = (): Ctx => ({ ...signedOut, ip: `198.19.${Math.floor(++sender / 250) % 250}.${1 + (sender % 250)}` });

beforeAll(async () => {
  moderator = await ctxFor("moderator@demo.test");
  officer = await ctxFor("officer@demo.test");
  const receipt = await submitFeedback(resident(), {
    topic: "tip",
    subject: "路灯",
    body: "坏了",
    idempotencyKey: "property-test-request-1",
  });
  realNumber = receipt.trackingNumber;
});

describe("every form's schema", () => {
  const schemas = {
    FeedbackForm,
    TrackForm,
    ResidentMessageForm,
    RatingForm,
    TriageForm,
    ReplyForm,
    StatusForm,
    OfficerForm,
    UnitForm,
    AreaForm,
    HolidayForm,
    QueueFilters,
  };
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} answers any input with data or field errors, never by throwing`, () => {
      fc.assert(
        fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(schema.shape ?? {}), "x"), text), param), (input) => {
          const checked = checkInput(schema, input);
          if (!checked.ok) expect(Object.values(checked.fieldErrors).every((key) => typeof key === "string")).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe("public reads", () => {
  it("directory search", async () => {
    await fc.assert(
      fc.asyncProperty(param, param, param, param, (q, unit, show, page) =>
        onlyDomainErrors(() => searchDirectory(signedOut, { q, unit, show, page })),
      ),
      runs,
    );
  });

  it("published replies", async () => {
    await fc.assert(
      fc.asyncProperty(param, param, param, param, (q, category, unit, before) =>
        onlyDomainErrors(() => listPublishedReplies(signedOut, { q, category, unit, before })),
      ),
      runs,
    );
  });

  it("officer, unit and tracking pages, and the proxy's existence checks", async () => {
    await fc.assert(
      fc.asyncProperty(text, param, async (segment, q) => {
        await onlyDomainErrors(() => getOfficerProfile(signedOut, segment));
        await onlyDomainErrors(() => getUnitPage(signedOut, { slug: segment, q }));
        await onlyDomainErrors(() => getTrackedRequest(signedOut, segment));
        expect(typeof (await officerExists(signedOut, segment))).toBe("boolean");
        expect(typeof (await unitExists(signedOut, segment))).toBe("boolean");
        expect(typeof (await trackTokenExists(signedOut, segment))).toBe("boolean");
      }),
      runs,
    );
  });

  it("the proxy's verdict for any path, signed out and as staff", async () => {
    const segment = fc.oneof(
      text.map((t) => encodeURIComponent(t.toWellFormed())),
      fc.constantFrom("%FF", "%C0%AF", "%E6%9F%A5", "new", "99999999999"),
    );
    const path = fc
      .tuple(
        fc.constantFrom("officers", "units", "track", "staff", "staff/requests", "staff/directory/officers", "x"),
        fc.array(segment, { maxLength: 3 }),
      )
      .map(([head, rest]) => `/${[head, ...rest].join("/")}`);
    await fc.assert(
      fc.asyncProperty(path, fc.boolean(), async (pathname, asStaff) => {
        const verdict = await pageVerdict(pathname, async () => (asStaff ? moderator : signedOut));
        expect(["render", "notFound", "forbidden", "signIn"]).toContain(verdict.kind);
      }),
      runs,
    );
  });

  it("return paths after sign-in are same-site and plain ASCII", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          text.map((t) => `/${t}`),
        ),
        (candidate) => {
          const path = safeReturnPath(candidate);
          expect(path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")).toBe(true);
          expect(path).toMatch(/^[\x21-\x7e]*$/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the resident's writes", () => {
  it("sunshine query with any tracking number and code", async () => {
    await fc.assert(
      fc.asyncProperty(param, param, (trackingNumber, accessCode) =>
        onlyDomainErrors(() => findTrackToken(resident(), untyped({ trackingNumber, accessCode }))),
      ),
      runs,
    );
  });

  it("feedback with any fields", async () => {
    const field = fc.constantFrom(
      "topic",
      "category",
      "danger",
      "subject",
      "body",
      "areaName",
      "unitConcerned",
      "officerConcerned",
      "contactName",
      "contactPhone",
      "contactEmail",
      "consentToPublish",
      "idempotencyKey",
    );
    const valid = { topic: "tip", subject: "路灯", body: "坏了", idempotencyKey: "k".repeat(24) };
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, param), fc.string({ minLength: 20, maxLength: 30, unit: "grapheme-ascii" }), (input, key) =>
        onlyDomainErrors(() =>
          submitFeedback(resident(), untyped({ ...valid, idempotencyKey: key.replace(/[^A-Za-z0-9_-]/g, "k"), ...input })),
        ),
      ),
      runs,
    );
  });
});

describe("staff reads and writes", () => {
  it("the queue's filters and cursors", async () => {
    const keys = ["kind", "status", "topic", "category", "unit", "assignee", "due", "q", "after"] as const;
    await fc.assert(
      fc.asyncProperty(fc.record(Object.fromEntries(keys.map((k) => [k, param]))), fc.boolean(), (filters, asOfficer) =>
        onlyDomainErrors(() => listRequestQueue(asOfficer ? officer : moderator, filters)),
      ),
      runs,
    );
  });

  it("directory lists and records by any id", async () => {
    await fc.assert(
      fc.asyncProperty(param, param, param, async (id, q, after) => {
        await onlyDomainErrors(() => listStaffOfficers(moderator, { q, after }));
        await onlyDomainErrors(() => listStaffAreas(moderator, { unit: id, q }));
        await onlyDomainErrors(() => getStaffOfficer(moderator, id));
        await onlyDomainErrors(() => getStaffUnit(moderator, id));
        await onlyDomainErrors(() => getStaffArea(moderator, id));
        await onlyDomainErrors(() => listOutbox(moderator, { status: q, before: id }));
      }),
      runs,
    );
  });

  it("a request, its attachments and its triage by any number and id", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant("real"), text), param, param, param, async (number, id, unitId, assigneeId) => {
        const trackingNumber = number === "real" ? realNumber : number;
        await onlyDomainErrors(() => getStaffRequest(officer, trackingNumber));
        await onlyDomainErrors(() => getAttachment(moderator, trackingNumber, id));
        await onlyDomainErrors(() => triageRequest(moderator, untyped({ trackingNumber, unitId, assigneeId, category: id })));
      }),
      runs,
    );
  });
});
