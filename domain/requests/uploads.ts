import { createHash } from "node:crypto";

import { ValidationError } from "../errors";

export const MAX_FILES = 3;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Upload = { fileName: string; bytes: Buffer };
export type CheckedUpload = Upload & { mediaType: string; size: number; sha256: string };

/** The type a file really is, from its first bytes; null for anything not accepted. */
export function sniffMediaType(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  return null;
}

/** Photos and PDFs only, by their bytes and not their names; at most 3 of at most 5 MB each. */
export function checkUploads(uploads: Upload[]): CheckedUpload[] {
  const files = uploads.filter((u) => u.bytes.length > 0);
  if (files.length > MAX_FILES) throw new ValidationError({ attachments: "tooManyFiles" });
  return files.map((file) => {
    if (file.bytes.length > MAX_FILE_BYTES) throw new ValidationError({ attachments: "fileTooLarge" });
    const mediaType = sniffMediaType(file.bytes);
    if (!mediaType) throw new ValidationError({ attachments: "fileType" });
    const fileName = file.fileName.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 120) || "file";
    return { ...file, fileName, mediaType, size: file.bytes.length, sha256: createHash("sha256").update(file.bytes).digest("hex") };
  });
}
