import { describe, expect, it } from "vitest";

import type { OfficerCard } from "@/domain/directory/cards";
import { escapeVCardText, foldLine, officerVCard } from "@/domain/directory/vcard";
import { telUri } from "@/lib/core/tel";

const officer: OfficerCard = {
  badgeNumber: "041234",
  nameZh: "王建国",
  namePinyin: "Wang Jianguo",
  titleZh: "社区民警",
  titleEn: "Community Police Officer",
  phone: "19900001234",
  officePhone: "0370-00001234-56",
  leadershipRank: null,
  unit: { slug: "luwan-station", nameZh: "芦湾派出所", nameEn: "Luwan Police Station" },
};

describe("vCard", () => {
  it("is a vCard 4.0 with name, organisation, title and both phones", () => {
    const card = officerVCard(officer, "示范市公安局", "芦湾派出所", "社区民警", "https://example.test/officers/041234");
    const lines = card.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCARD");
    expect(lines[1]).toBe("VERSION:4.0");
    expect(lines).toContain("FN:王建国");
    expect(lines).toContain("N:王;建国;;;");
    expect(lines).toContain("ORG:示范市公安局;芦湾派出所");
    expect(lines).toContain("TITLE:社区民警");
    expect(lines).toContain('TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:19900001234');
    expect(lines).toContain('TEL;VALUE=uri;TYPE="work,voice":tel:037000001234;ext=56');
    expect(card.endsWith("END:VCARD\r\n")).toBe(true);
  });

  it("escapes commas, semicolons, backslashes and newlines", () => {
    expect(escapeVCardText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const card = officerVCard({ ...officer, titleZh: "民警; 副所长, 兼职" }, "局", "所", "民警; 副所长, 兼职", "https://x.test");
    expect(card).toContain("TITLE:民警\\; 副所长\\, 兼职");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const long = `NOTE:${"派出所".repeat(30)}`;
    const folded = foldLine(long);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
  });
});

describe("tel: links", () => {
  it.each([
    ["19900001234", "tel:19900001234"],
    ["0370-12345678", "tel:037012345678"],
    ["0370-12345678-801", "tel:037012345678;ext=801"],
    ["010 1234 5678", "tel:01012345678"],
  ])("%s → %s", (phone, uri) => {
    expect(telUri(phone)).toBe(uri);
  });
});
