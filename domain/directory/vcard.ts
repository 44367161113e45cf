import { telUri } from "@/lib/core/tel";

import type { OfficerCard } from "./cards";

/** RFC 6350 text escaping: backslash, comma, semicolon and newlines. */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** The officer as a vCard 4.0 contact card, ready for a phone's "add contact". */
export function officerVCard(officer: OfficerCard, organisation: string, unitName: string, title: string, profileUrl: string): string {
  const given = officer.nameZh.slice(1);
  const family = officer.nameZh.slice(0, 1);
  const lines = [
    "BEGIN:VCARD",
    "VERSION:4.0",
    `FN:${escapeVCardText(officer.nameZh)}`,
    `N:${escapeVCardText(family)};${escapeVCardText(given)};;;`,
    `X-PHONETIC-FIRST-NAME:${escapeVCardText(officer.namePinyin.split(" ").slice(1).join(" "))}`,
    `X-PHONETIC-LAST-NAME:${escapeVCardText(officer.namePinyin.split(" ")[0] ?? "")}`,
    `ORG:${escapeVCardText(organisation)};${escapeVCardText(unitName)}`,
    `TITLE:${escapeVCardText(title)}`,
    ...(officer.phone ? [`TEL;VALUE=uri;TYPE="cell,voice";PREF=1:${telUri(officer.phone)}`] : []),
    ...(officer.officePhone ? [`TEL;VALUE=uri;TYPE="work,voice":${telUri(officer.officePhone)}`] : []),
    `URL:${profileUrl}`,
    "END:VCARD",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
