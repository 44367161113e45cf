import "server-only";

import { createEvents, type EventAttributes } from "ics";

import type { Locale } from "../context";
import type { PublicVisit } from "./queries";

// RFC 5545 with the bureau's time zone named: the ics package writes times in
// UTC, so each DTSTART/DTEND is rewritten as Beijing wall-clock time with
// TZID=Asia/Shanghai, and the calendar carries that zone's VTIMEZONE
// (UTC+8 all year: China has no daylight saving).
const TZID = "Asia/Shanghai";
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0800",
  "TZOFFSETTO:+0800",
  "TZNAME:CST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const beijingStamp = (utc: string) => {
  const at = new Date(
    Date.UTC(+utc.slice(0, 4), +utc.slice(4, 6) - 1, +utc.slice(6, 8), +utc.slice(9, 11), +utc.slice(11, 13), +utc.slice(13, 15)) +
      8 * 3600_000,
  );
  return at.toISOString().replace(/[-:]/g, "").slice(0, 15);
};

function toEvent(visit: PublicVisit, locale: Locale, origin: string): EventAttributes {
  const en = locale === "en";
  const name = (n: { nameZh: string; nameEn: string }) => (en ? n.nameEn : n.nameZh);
  // Each text in the calendar's language, or the other when the station wrote only that.
  const text = (zh: string, enText: string) => (en ? enText || zh : zh || enText);
  const purpose = text(visit.purpose, visit.purposeEn);
  const where = [visit.area ? name(visit.area) : "", text(visit.place, visit.placeEn)].filter(Boolean).join(en ? ", " : "，");
  const people = visit.officers.map((o) => (en ? o.namePinyin : o.nameZh)).join(en ? ", " : "、");
  return {
    uid: `visit-${visit.id}@${new URL(origin).hostname}`,
    start: visit.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: visit.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${name(visit.unit)}: ${purpose}`,
    description: [purpose, people, text(visit.summary, visit.summaryEn)].filter(Boolean).join("\n"),
    location: where,
    url: `${origin}/neighbourhood#visit-${visit.id}`,
    status: "CONFIRMED",
  };
}

/** A calendar file of these visits, valid RFC 5545, times in Asia/Shanghai. */
export function visitsCalendar(visitList: PublicVisit[], locale: Locale, origin: string, calName: string): string {
  const { error, value } = createEvents(
    visitList.map((v) => toEvent(v, locale, origin)),
    { productId: "-//Safe City//Neighbourhood visits//EN", calName },
  );
  if (error || !value) throw error ?? new Error("calendar not written");
  // Unfolded first: the package folds at 75 characters, and a line of Chinese is three times that in octets.
  const lines = value
    .replace(/\r\n[\t ]/g, "")
    .split("\r\n")
    .map((line) => {
      const time = /^(DTSTART|DTEND):(\d{8}T\d{6})Z$/.exec(line);
      return time ? `${time[1]};TZID=${TZID}:${beijingStamp(time[2]!)}` : line;
    });
  const first = lines.indexOf("BEGIN:VEVENT");
  if (first >= 0) lines.splice(first, 0, ...VTIMEZONE);
  else lines.splice(lines.lastIndexOf("END:VCALENDAR"), 0, ...VTIMEZONE);
  return lines.map(fold).join("\r\n");
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines begin with a space, which counts towards their 75.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
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
