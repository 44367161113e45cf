import { describe, expect, it } from "vitest";

import { ValidationError } from "@/domain/errors";
import { checkUploads, cleanFileName, containsMarkup, extensionFor, MAX_FILE_BYTES } from "@/domain/requests/uploads";
import { MAX_BODY_BYTES, MAX_FILES } from "@/lib/core/upload-limits.mjs";

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}`, "latin1");

describe("uploads", () => {
  it("find markup that makes a file a web page, in any case", () => {
    for (const markup of [
      "<html>",
      "<HTML lang=en>",
      "<!DOCTYPE html>",
      "<script",
      "<svg onload=x>",
      "<body>",
      "<iframe",
      "JavaScript:alert(1)",
      '<meta http-equiv="refresh"',
    ]) {
      expect(containsMarkup(pdf(`1 0 obj ${markup} endobj`)), markup).toBe(true);
    }
    for (const plain of ["1 0 obj << /Type /Page >> endobj", "(a < b) Tj", "<< /S /URI /URI (https://example.test) >>", "<htmlx"]) {
      expect(containsMarkup(pdf(plain)), plain).toBe(false);
    }
  });

  it("refuse a polyglot, keep a plain PDF", () => {
    expect(() => checkUploads([{ fileName: "a.pdf", bytes: pdf("<html><script>alert(1)</script>") }])).toThrow(ValidationError);
    expect(checkUploads([{ fileName: "a.pdf", bytes: pdf("plain") }])[0]).toMatchObject({ mediaType: "application/pdf" });
  });

  it("keep file names as text without paths, control or bidi characters", () => {
    expect(cleanFileName("scan\u202Efdp.exe")).toBe("scanfdp.exe");
    expect(cleanFileName("..\\..\\etc/passwd\u0000")).toBe(".._.._etc_passwd_");
    expect(cleanFileName("\u2067\u2069")).toBe("file");
    expect(cleanFileName("x\ud800.png")).toBe("x\ufffd.png");
    expect(Array.from(cleanFileName("照".repeat(200)))).toHaveLength(120);
  });

  it("name downloads by the detected type", () => {
    expect(["image/jpeg", "image/png", "image/webp", "application/pdf", "text/html"].map(extensionFor)).toEqual([
      "jpg",
      "png",
      "webp",
      "pdf",
      "bin",
    ]);
  });

  it("agree: the largest files the form allows fit in one post", () => {
    expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(MAX_FILES * MAX_FILE_BYTES).toBeLessThan(MAX_BODY_BYTES);
  });
});
