import { describe, expect, it } from "vitest";

import { isFresh, notModified, validatorHeaders } from "@/lib/conditional-get";

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
