import { createHash } from "node:crypto";

import { withoutBidiControls } from "@/lib/core/text";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/core/upload-limits.mjs";

import { ValidationError } from "../errors";

export { MAX_FILE_BYTES, MAX_FILES };

export type Upload = { fileName: string; bytes: Buffer };
export type CheckedUpload = Upload & { mediaType: string; size: number; sha256: string };

const extensions: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/** The type a file really is, from its first bytes; null for anything not accepted. */
export function sniffMediaType(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  return null;
}

/** The file extension of an accepted type, for the names downloads are given. */
export function extensionFor(mediaType: string): string {
  return extensions[mediaType] ?? "bin";
}

// What makes a browser or a content sniffer take bytes for a web page. A real
// photo or scan has no reason to hold any of them; a polyglot (a valid PDF
// that is also an HTML page with a script) does.
const markupMarkers =
  /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|script|iframe|object[\s>]|embed[\s>]|svg[\s>]|meta\s+http-equiv)|javascript:/i;

/** Whether the bytes hold HTML or script markup anywhere. */
export function containsMarkup(bytes: Buffer): boolean {
  return markupMarkers.test(bytes.toString("latin1"));
}

/** A resident's file name as stored and shown: no path, no control or bidi characters. */
export function cleanFileName(fileName: string): string {
  const name = withoutBidiControls(fileName.toWellFormed())
    .replace(/[\\/\u0000-\u001f\u007f]/g, "_")
    .trim();
  return Array.from(name).slice(0, 120).join("") || "file";
}

/** Photos and PDFs only, by their bytes and not their names; at most 3 of at most 5 MB each. */
export function checkUploads(uploads: Upload[]): CheckedUpload[] {
  const files = uploads.filter((u) => u.bytes.length > 0);
  if (files.length > MAX_FILES) throw new ValidationError({ attachments: "tooManyFiles" });
  return files.map((file) => {
    if (file.bytes.length > MAX_FILE_BYTES) throw new ValidationError({ attachments: "fileTooLarge" });
    const mediaType = sniffMediaType(file.bytes);
    if (!mediaType) throw new ValidationError({ attachments: "fileType" });
    if (containsMarkup(file.bytes)) throw new ValidationError({ attachments: "fileHasMarkup" });
    const fileName = cleanFileName(file.fileName);
    return { ...file, fileName, mediaType, size: file.bytes.length, sha256: createHash("sha256").update(file.bytes).digest("hex") };
  });
}
