// A small XML writer for the Open311 answers: elements and text only (the
// standard uses no attributes), every text escaped, characters XML 1.0 cannot
// hold dropped. Written here rather than taken from a library: this is all it
// needs, and it is tested in tests/unit/xml.test.ts.

/** A list of elements of one name: `<services><service>…</service>…</services>`. */
export type XmlList = { readonly each: string; readonly items: readonly XmlValue[] };
export type XmlRecord = { readonly [element: string]: XmlValue };
export type XmlValue = string | number | boolean | Date | null | undefined | XmlRecord | XmlList;

export const xmlList = (each: string, items: readonly XmlValue[]): XmlList => ({ each, items });

const namePattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
// Outside XML 1.0's Char production: C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF.
const notXmlChar =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as element content: the five special characters escaped, impossible characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(notXmlChar, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const isList = (value: XmlValue): value is XmlList =>
  typeof value === "object" && value !== null && !(value instanceof Date) && "each" in value && "items" in value;

function element(name: string, value: XmlValue): string {
  if (!namePattern.test(name)) throw new Error(`not an XML element name: ${name}`);
  // Missing values are left out, as the standard's examples do with fields a server does not have.
  if (value === undefined) return "";
  if (value === null) return `<${name}/>`;
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (isList(value)) return `<${name}>${value.items.map((item) => element(value.each, item)).join("")}</${name}>`;
  if (typeof value === "object") {
    return `<${name}>${Object.entries(value)
      .map(([child, v]) => element(child, v))
      .join("")}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole document: the declaration the standard asks for, then one root element. */
export function xmlDocument(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}\n`;
}
