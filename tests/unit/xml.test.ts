import { describe, expect, it } from "vitest";

import { escapeXml, xmlDocument, xmlList } from "@/lib/core/xml";

describe("the XML writer", () => {
  it("writes the declaration, nested elements and lists", () => {
    const xml = xmlDocument(
      "service_requests",
      xmlList("request", [{ service_request_id: "F1", status: "open", lat: undefined, notes: null }]),
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request><service_request_id>F1</service_request_id><status>open</status><notes/></request></service_requests>\n',
    );
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001\u0007`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
    expect(escapeXml("路灯\ud800坏了 😀")).toBe("路灯坏了 😀");
    expect(escapeXml("line\nnext\ttab")).toBe("line\nnext\ttab");
  });

  it("writes dates in ISO 8601 with the zone and booleans as words", () => {
    expect(xmlDocument("x", { at: new Date("2026-01-02T03:04:05Z"), metadata: true })).toContain(
      "<x><at>2026-01-02T03:04:05.000Z</at><metadata>true</metadata></x>",
    );
  });

  it("refuses an element name that is not one", () => {
    expect(() => xmlDocument("x", { "attribute[code]": "1" })).toThrow(/element name/);
  });
});
