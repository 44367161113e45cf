// Public pages that every visitor without an account is shown alike, kept
// rendered for a few seconds. Rendering is most of a page's cost (the unit and
// statistics pages have 500 to 1,000 elements); their data is already kept in
// memory by domain/cache.ts, and a page is kept only as long as that data: any
// clear of it, on this server or announced by another, ends every kept page
// at once (lib/core/data-version.mjs). Each response still gets a nonce of its
// own: the kept page is split where its nonce was, and joined with the new one.
import { promisify } from "node:util";
import { gzip } from "node:zlib";

import { dataVersion } from "../lib/core/data-version.mjs";

const compress = promisify(gzip);

/**
 * Pages built only from their address, the language and data kept by
 * domain/cache.ts. A page added here must read nothing else, or it would be
 * shown out of date until TTL_MS has passed.
 */
const keptPages = [
  /^\/$/,
  /^\/officers(\/[^/]+)?$/,
  /^\/units(\/[^/]+)?$/,
  /^\/feedback(\/replies)?$/,
  /^\/track$/,
  /^\/transparency\/statistics$/,
];

// Lapses without any write: opening hours and "today" move on.
const TTL_MS = 10_000;
const MAX_BYTES = 16 * 1024 * 1024;
const MAX_PAGE_BYTES = 1024 * 1024;
const MIN_GZIP_BYTES = 1024;
const LOCALE_COOKIE = "NEXT_LOCALE";

// Asked for by Next.js's client router or a server action: not a page.
const routerHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
// Said afresh for each response.
const ownHeaders = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

/**
 * What a page is kept under, or null when this request's page may not be
 * shared: not a GET of a kept page, asked for by the client router, or sent
 * with any cookie but the language's (an account's session, a browser's token).
 */
export function pageKey(req) {
  const url = req.url ?? "/";
  if (req.method !== "GET" || url.length > 512) return null;
  const [path, query = ""] = url.split("?", 2);
  if (!keptPages.some((page) => page.test(path)) || /(^|&)_rsc=/.test(query)) return null;
  const headers = req.headers;
  if (routerHeaders.some((name) => headers[name] !== undefined)) return null;
  // Only the language's cookie, once: an account's session or a browser's token is never shared.
  const cookies = headers.cookie ?? "";
  let named = false;
  for (const cookie of cookies.split(";")) {
    const at = cookie.indexOf("=");
    const name = (at < 0 ? cookie : cookie.slice(0, at)).trim();
    if (!name) continue;
    if (name !== LOCALE_COOKIE || named) return null;
    named = true;
  }
  // The language comes from the cookie, else (none, or one naming no language) from the browser's
  // list: both go into the key as they came, so the key decides what Next.js reads.
  const languages = headers["accept-language"] ?? "";
  if (cookies.length > 64 || languages.length > 256) return null;
  return [headers["x-forwarded-proto"], headers["x-forwarded-host"], headers.host, url, cookies, languages].join("\n");
}

/** Whether the browser takes gzip; read before the request goes on without it. */
export function acceptsGzip(req) {
  return /\bgzip\b/i.test(req.headers["accept-encoding"] ?? "");
}

export function createPageCache({ ttlMs = TTL_MS, maxBytes = MAX_BYTES } = {}) {
  /** @type {Map<string, { parts: Buffer[], headers: Record<string, unknown>, nonce: string, version: number, expiresAt: number, bytes: number }>} */
  const entries = new Map();
  let bytes = 0;

  function drop(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  function keep(key, entry) {
    drop(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    // The least recently used go first.
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  }

  return {
    /** How many pages are kept, and their bytes. */
    size: () => ({ pages: entries.size, bytes }),

    /** Answers with the kept page, its nonce replaced by this response's; false when none is kept. */
    async serve(res, key, nonce, gzipped) {
      const entry = entries.get(key);
      if (!entry) return false;
      if (entry.version !== dataVersion() || entry.expiresAt <= Date.now()) {
        drop(key);
        return false;
      }
      entries.delete(key);
      entries.set(key, entry);
      const nonceBytes = Buffer.from(nonce);
      const body = Buffer.concat(entry.parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part])));
      // The preload links name the nonce too.
      const renonce = (value) =>
        Array.isArray(value) ? value.map(renonce) : typeof value === "string" ? value.replaceAll(entry.nonce, nonce) : value;
      const headers = Object.fromEntries(Object.entries(entry.headers).map(([name, value]) => [name, renonce(value)]));
      await send(res, 200, headers, body, gzipped);
      return true;
    },

    /**
     * Holds what Next.js writes for this page until it is whole, keeps it when
     * every visitor may be shown it, and sends it (compressed if the browser
     * takes it). The request must go to Next.js without Accept-Encoding.
     */
    capture(res, key, nonce, gzipped) {
      const version = dataVersion();
      const before = new Set(res.getHeaderNames());
      const chunks = [];
      let size = 0;
      const { write, end, writeHead } = res;
      const hold = (chunk, encoding) => {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
        chunks.push(buffer);
        size += buffer.length;
      };
      res.flushHeaders = () => {};
      res.writeHead = (statusCode, ...rest) => {
        res.statusCode = statusCode;
        const headers = rest.find((arg) => arg && typeof arg === "object");
        if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        return res;
      };
      res.write = (chunk, encoding, callback) => {
        hold(chunk, encoding);
        const done = [encoding, callback].find((arg) => typeof arg === "function");
        if (done) process.nextTick(done);
        return true;
      };
      res.end = (chunk, encoding, callback) => {
        const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
        if (chunk && typeof chunk !== "function") hold(chunk, encoding);
        Object.assign(res, { write, end, writeHead });
        delete res.flushHeaders;
        const body = Buffer.concat(chunks, size);
        const headers = {};
        for (const name of res.getHeaderNames()) {
          if (before.has(name)) continue;
          if (!ownHeaders.has(name)) headers[name] = res.getHeader(name);
          res.removeHeader(name);
        }
        const status = res.statusCode;
        const parts = splitAt(body, nonce);
        // Only a whole page, the same for anyone, made from data that did not change meanwhile.
        const shared =
          status === 200 &&
          /^text\/html/i.test(String(headers["content-type"] ?? "")) &&
          !("set-cookie" in headers) &&
          !("x-status" in headers) &&
          parts.length > 1 &&
          size <= MAX_PAGE_BYTES &&
          version === dataVersion();
        if (shared) keep(key, { parts, headers, nonce, version, expiresAt: Date.now() + ttlMs, bytes: size });
        send(res, status, headers, body, gzipped).then(done, (error) => res.destroy(error));
        return res;
      };
    },
  };
}

async function send(res, status, headers, body, gzipped) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  const zipped = gzipped && body.length >= MIN_GZIP_BYTES;
  const sent = zipped ? await compress(body) : body;
  if (res.destroyed) return;
  if (zipped) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", sent.length);
  // scripts/serve.mjs may give a problem page its own status here (x-status).
  res.writeHead(status);
  res.end(sent);
}

/** The buffer cut at every occurrence of the text. */
function splitAt(buffer, text) {
  const needle = Buffer.from(text);
  const parts = [];
  let from = 0;
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, from)) {
    parts.push(buffer.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(buffer.subarray(from));
  return parts;
}
