// Requests Next.js would answer with a bare 500, made answerable by the app.
import { IncomingMessage } from "node:http";
import { createRequire } from "node:module";

// Next.js's own copy of busboy: the multipart parser its server actions use.
const busboy = createRequire(import.meta.url)("next/dist/compiled/busboy");

/** The header that tells the app which file fields were dropped from a post too large to take. */
export const refusedUploadHeader = "x-upload-refused";

/** Whether a request target's path is valid percent-encoded UTF-8 (Next.js fails with a 500 on "/track/%FF"). */
export function hasValidPath(url) {
  const path = String(url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const TEXT_LIMIT = 1024 * 1024;

const quoteName = (name) => name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/**
 * A multipart form post over the body limit, without its files: its text
 * fields are read (the files are read past and dropped), and the same request
 * is rebuilt with those fields only and `x-upload-refused` naming the file
 * fields. The action then answers with the form, what was typed, and a clear
 * error, with or without JavaScript, instead of Next.js's 500 for a body over
 * its limit. Resolves to null when the text alone is too much to keep.
 */
export function withoutFiles(req) {
  return new Promise((resolve) => {
    const fields = [];
    const dropped = new Set();
    let textBytes = 0;
    let parser;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: "utf8", limits: { fieldSize: TEXT_LIMIT, fields: 1000 } });
    } catch {
      resolve(null);
      return;
    }
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      if (result === null) {
        req.unpipe(parser);
        req.resume();
      }
      resolve(result);
    };
    parser.on("file", (name, stream) => {
      dropped.add(name);
      stream.resume();
    });
    parser.on("field", (name, value) => {
      textBytes += Buffer.byteLength(name) + Buffer.byteLength(value);
      if (textBytes > TEXT_LIMIT) finish(null);
      else fields.push([name, value]);
    });
    parser.on("error", () => finish(null));
    parser.on("close", () => {
      const boundary = `----safe-city-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
      const parts = fields.map(
        ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quoteName(name)}"\r\n\r\n${value}\r\n`,
      );
      const body = Buffer.from(`${parts.join("")}--${boundary}--\r\n`);
      const replay = new IncomingMessage(req.socket);
      replay.method = req.method;
      replay.url = req.url;
      replay.httpVersion = req.httpVersion;
      replay.httpVersionMajor = req.httpVersionMajor;
      replay.httpVersionMinor = req.httpVersionMinor;
      const headers = { ...req.headers };
      delete headers["transfer-encoding"];
      headers["content-type"] = `multipart/form-data; boundary=${boundary}`;
      headers["content-length"] = String(body.length);
      headers[refusedUploadHeader] = [...dropped].join(",") || "file";
      replay.headers = headers;
      replay.rawHeaders = Object.entries(headers).flatMap(([key, value]) =>
        Array.isArray(value) ? value.flatMap((v) => [key, v]) : [key, value],
      );
      replay.push(body);
      replay.push(null);
      // All of it is here: otherwise Node.js takes the ended message for an aborted one and closes the socket.
      replay.complete = true;
      finish({ req: replay, dropped: [...dropped] });
    });
    req.pipe(parser);
  });
}
