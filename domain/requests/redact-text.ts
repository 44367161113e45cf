/** Character helpers shared by the personal-data detectors in redact-*.ts. */

// Residents typing on a Chinese keyboard often produce full-width digits,
// letters and punctuation (１３９, ＠, （０３７０）). Folding them to ASCII lets
// one set of patterns catch both; each fold is one UTF-16 unit for one, so
// offsets found in the folded text point at the same characters in the original.
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export function isHanzi(char: string): boolean {
  return /^[\u3400-\u9fff]$/.test(char);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
