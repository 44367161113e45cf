import { describe, expect, it } from "vitest";

import { isFresh, notModified, validatorHeaders, withContentTag } from "@/lib/conditional-get";

const validator = { etag: '"replies.csv-3-7"', lastModified: new Date("2026-05-01T10:00:00.400Z") };
const get = (headers: Record<string, string>) => new Request("http://localhost/open-data/replies.csv", { headers });

describe("conditional GET", () => {
  it("is fresh when If-None-Match names the current tag, among others or weakly", () => {
    expect(isFresh(get({ "If-None-Match": '"replies.csv-3-7"' }), validator)).toBe(true);
    expect(isFresh(get({ "If-None-Match": '"old", W/"replies.csv-3-7"' }), validator)).toBe(true);
    expect(isFresh(get({ "If-None-Match": "*" }), validator)).toBe(true);
    expect(isFresh(get({ "If-None-Match": '"replies.csv-3-6"' }), validator)).toBe(false);
  });

  it("lets If-None-Match decide over If-Modified-Since", () => {
    const later = new Date("2026-06-01T00:00:00Z").toUTCString();
    expect(isFresh(get({ "If-None-Match": '"old"', "If-Modified-Since": later }), validator)).toBe(false);
  });

  it("compares If-Modified-Since to the second, as HTTP dates have it", () => {
    expect(isFresh(get({ "If-Modified-Since": validator.lastModified.toUTCString() }), validator)).toBe(true);
    expect(isFresh(get({ "If-Modified-Since": new Date("2026-05-01T09:59:59Z").toUTCString() }), validator)).toBe(false);
    expect(isFresh(get({ "If-Modified-Since": "not a date" }), validator)).toBe(false);
    expect(isFresh(get({}), validator)).toBe(false);
  });

  it("answers 304 with the validator and no body", async () => {
    const response = notModified(validator);
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(validator.etag);
    expect(response.headers.get("last-modified")).toBe("Fri, 01 May 2026 10:00:00 GMT");
    expect(await response.text()).toBe("");
    expect(validatorHeaders(validator)["Cache-Control"]).toContain("public");
  });
});

describe("a tag made of the answer's bytes", () => {
  const answer = (text: string) => new Response(text, { headers: { "Content-Type": "application/json", "Cache-Control": "public" } });
  const open311 = (headers: Record<string, string> = {}) => new Request("http://localhost/open311/v2/services.json", { headers });

  it("tags a 200 weakly, the same bytes alike and other bytes otherwise, and keeps the answer", async () => {
    const first = await withContentTag(open311(), answer('[{"a":1}]'));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(await first.text()).toBe('[{"a":1}]');
    expect(first.headers.get("content-type")).toBe("application/json");
    expect((await withContentTag(open311(), answer('[{"a":1}]'))).headers.get("etag")).toBe(etag);
    expect((await withContentTag(open311(), answer('[{"a":2}]'))).headers.get("etag")).not.toBe(etag);
  });

  it("answers 304 with no body when If-None-Match names the tag, weakly or strongly or among others", async () => {
    const etag = (await withContentTag(open311(), answer("[]"))).headers.get("etag")!;
    for (const match of [etag, etag.slice(2), `"old", ${etag}`, "*"]) {
      const response = await withContentTag(open311({ "If-None-Match": match }), answer("[]"));
      expect(response.status, match).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.headers.get("cache-control")).toBe("public");
      expect(await response.text()).toBe("");
    }
    const stale = await withContentTag(open311({ "If-None-Match": 'W/"old"' }), answer("[]"));
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe("[]");
  });

  it("leaves errors untagged, and never turns them into 304", async () => {
    const error = await withContentTag(open311({ "If-None-Match": "*" }), new Response("[]", { status: 404 }));
    expect(error.status).toBe(404);
    expect(error.headers.get("etag")).toBeNull();
  });
});
