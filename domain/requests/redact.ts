import { findEmails, findPlates } from "@/domain/requests/redact-codes";
import { findNames } from "@/domain/requests/redact-names";
import { findIdNumbers, findPhones } from "@/domain/requests/redact-numbers";
import { isHanzi, toHalfWidth } from "@/domain/requests/redact-text";

// Pure on purpose: the resident's preview before sending and the moderator's
// screen before publishing must mask exactly the same characters, so nothing
// here reads a database, the network or even the clock.

export type RedactionKind = "name" | "phone" | "idNumber" | "email" | "plate";

/** One piece of personal data; `start`/`end` index the text as the resident wrote it. */
export type Redaction = { kind: RedactionKind; start: number; end: number; original: string };

export type RedactOptions = {
  /** The resident's own name and any names the moderator adds: masked wherever they appear. */
  names?: string[];
};

/** What a detector reports before the original characters are attached. */
export type Finding = Omit<Redaction, "original">;

// When two detectors claim the same characters the longer claim wins: an ID
// swallows the mobile-looking run inside it, an e-mail the digits of its local
// part. On a tie, the kind that does more harm when leaked wins.
const LEAK_HARM: Record<RedactionKind, number> = { idNumber: 5, phone: 4, email: 3, plate: 2, name: 1 };

export function findPersonalData(text: string, options: RedactOptions = {}): Redaction[] {
  const searchable = toHalfWidth(text);
  const findings = [
    ...findIdNumbers(searchable),
    ...findPhones(searchable),
    ...findEmails(searchable),
    ...findPlates(searchable),
    ...findNames(searchable, (options.names ?? []).map(toHalfWidth)),
  ];
  return keepNonOverlapping(findings).map((finding) => ({
    ...finding,
    original: text.slice(finding.start, finding.end),
  }));
}

export function redact(text: string, options: RedactOptions = {}): { text: string; redactions: Redaction[] } {
  const redactions = findPersonalData(text, options);
  const searchable = toHalfWidth(text);
  let masked = "";
  let cursor = 0;
  for (const redaction of redactions) {
    masked += text.slice(cursor, redaction.start) + maskFor(redaction, searchable);
    cursor = redaction.end;
  }
  return { text: masked + text.slice(cursor), redactions };
}

function keepNonOverlapping(findings: Finding[]): Finding[] {
  const byStrength = [...findings].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || LEAK_HARM[b.kind] - LEAK_HARM[a.kind] || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const finding of byStrength) {
    if (kept.every((other) => finding.end <= other.start || finding.start >= other.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// Masks are meant to look masked at a glance and keep the sentence readable:
// - phone: digits only, first 3 and last 2 kept (139******78), so the resident
//   and the moderator can still tell which number it was; numbers too short to
//   hide six digits that way keep only the last 2. A +86 prefix is outside the
//   redaction and stays as written.
// - ID number: one "*" per character, separators kept; nothing of it survives.
// - e-mail: "***@***", neither the mailbox nor the provider.
// - plate: the province character kept ("豫*****"): it says where, not whose.
// - name: "某某" ("so-and-so") in Chinese text, "[name]" in Latin text, so
//   "我叫某某" and "my name is [name]" both still read as sentences.
function maskFor(redaction: Redaction, searchable: string): string {
  const folded = searchable.slice(redaction.start, redaction.end);
  switch (redaction.kind) {
    case "phone":
      return maskDigits(folded.replace(/\D/g, ""));
    case "idNumber":
      return folded.replace(/[0-9Xx]/g, "*");
    case "email":
      return "***@***";
    case "plate":
      return `${folded.charAt(0)}*****`;
    case "name":
      return isChineseContext(searchable, redaction) ? "某某" : "[name]";
  }
}

function maskDigits(digits: string): string {
  const head = digits.length >= 11 ? digits.slice(0, 3) : "";
  return head + "*".repeat(digits.length - head.length - 2) + digits.slice(-2);
}

/** Chinese if the name is written in hanzi or the nearest word around it is. */
function isChineseContext(text: string, span: Finding): boolean {
  if ([...text.slice(span.start, span.end)].some(isHanzi)) return true;
  const isLetter = (char: string) => isHanzi(char) || /[A-Za-z]/.test(char);
  const before = [...text.slice(0, span.start)].reverse().find(isLetter);
  const after = [...text.slice(span.end)].find(isLetter);
  return isHanzi(before ?? after ?? "");
}
