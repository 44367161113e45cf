import type { Finding } from "@/domain/requests/redact";

// Every pattern refuses to start or end inside a longer run of digits, so a
// date (20261128), a sum (15000元) or a six-digit badge number (警号041234,
// public by design) never matches, and a mobile-looking run inside an ID number
// is left to the ID. Separators are single spaces or hyphens only: a dot or
// comma between digits is far more often a decimal or a thousands mark.

// 6-digit region, 8-digit birth date, 3-digit sequence, check digit; residents
// sometimes space the groups out ("410102 19900307 1230").
const ID_18 = /(?<!\d)[1-8]\d{5}[ -]?(?:19|20)\d{6}[ -]?\d{3}[\dXx](?![\dXx])/g;
// A resident who mistypes one digit of their own ID would still publish the
// other seventeen, so right after a word that announces an ID the check digit
// is not required (the birth date still is).
const ID_KEYWORD = /(?:身份证|证件号|\bID\b)[^\d\n]{0,8}$/i;
// Pre-1999 cards: region, YYMMDD in the 1900s, sequence; no check digit.
const ID_15 = /(?<!\d)[1-8]\d{14}(?!\d)/g;

// The +86 / 0086 / 86- prefix is matched so the number behind it is found,
// but it stays outside the redaction: it is the country, not the person.
const MOBILE = /(?<!\d)((?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}(?!\d)/g;
// Area code (0 + 2–3 digits) and a 7–8 digit subscriber number, optionally an
// extension: 0370-1234567, (0370)1234567, 010 12345678, 0371-12345678转801.
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\) ?|0\d{2,3}[ -]?)\d{7,8}(?: ?(?:-|转|ext\.? ?|x) ?\d{1,5})?(?!\d)/gi;
// Abroad the area code loses its 0: +86 371 12345678, +86 (10) 12345678.
const INTERNATIONAL_LANDLINE = /(?<!\d)((?:\+|00)86[ -]?)\(?0?(?:10|2\d|[3-9]\d\d)\)? ?-?\d{7,8}(?!\d)/g;
// A bare local number is only trusted right after a word that announces it,
// and only in the shape subscriber numbers have (never starting with 0 or 1).
const LOCAL_AFTER_KEYWORD = /(电话|手机|座机|固话|联系方式|号码|tel|phone)([^\d\n]{0,10}?)([2-9]\d{6,7})(?!\d)/gi;

// ISO 7064 MOD 11-2, as GB 11643 specifies for the 18th character.
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

export function findIdNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(ID_18)) {
    const id = match[0].replace(/[ -]/g, "").toUpperCase();
    const announced = ID_KEYWORD.test(text.slice(Math.max(0, match.index - 12), match.index));
    if ((announced || isIdChecksumValid(id)) && isCalendarDate(id.slice(6, 10), id.slice(10, 12), id.slice(12, 14))) {
      findings.push(spanOf(match, "idNumber"));
    }
  }
  for (const match of text.matchAll(ID_15)) {
    const id = match[0];
    if (isCalendarDate(`19${id.slice(6, 8)}`, id.slice(8, 10), id.slice(10, 12))) {
      findings.push(spanOf(match, "idNumber"));
    }
  }
  return findings;
}

export function findPhones(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(MOBILE)) findings.push(spanOf(match, "phone", match[1]?.length ?? 0));
  for (const match of text.matchAll(LANDLINE)) findings.push(spanOf(match, "phone"));
  for (const match of text.matchAll(INTERNATIONAL_LANDLINE)) {
    findings.push(spanOf(match, "phone", match[1]?.length ?? 0));
  }
  for (const match of text.matchAll(LOCAL_AFTER_KEYWORD)) {
    const lead = (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
    findings.push(spanOf(match, "phone", lead));
  }
  return findings;
}

function spanOf(match: RegExpExecArray, kind: Finding["kind"], skip = 0): Finding {
  return { kind, start: match.index + skip, end: match.index + match[0].length };
}

function isIdChecksumValid(id: string): boolean {
  const sum = CHECK_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id.charAt(index)), 0);
  return CHECK_CHARACTERS.charAt(sum % 11) === id.charAt(17);
}

// A birth date must exist on the calendar (no 19900231). No comparison with
// today: the same text must give the same answer on every day it is reviewed.
function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}
