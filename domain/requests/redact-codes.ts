import type { Finding } from "@/domain/requests/redact";

// Runs on half-width text (see toHalfWidth), so "zhang＠qq.com" is caught too.
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
// Province, issuing-office letter, then the serial: 5 characters (豫N12345),
// 6 for new-energy cars (豫ND12345), or 4–5 before a 学/警/挂 type character.
// Residents write a dot or a space in either gap (豫N·12345, 豫 N12345).
const PLATE = new RegExp(`[${PROVINCES}][ ·•・]?[A-Za-z][ ·•・.-]?([A-Za-z0-9]{4,6})([学警挂])?(?![A-Za-z0-9])`, "g");

export function findEmails(text: string): Finding[] {
  return [...text.matchAll(EMAIL)].map((match) => ({
    kind: "email",
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function findPlates(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(PLATE)) {
    const serial = match[1] ?? "";
    const fitsType = match[2] ? serial.length <= 5 : serial.length >= 5;
    // Real serials carry at most two letters; demanding three digits keeps
    // product names such as "云Server1" out.
    const digits = serial.replace(/\D/g, "").length;
    if (fitsType && digits >= 3) {
      findings.push({ kind: "plate", start: match.index, end: match.index + match[0].length });
    }
  }
  return findings;
}
