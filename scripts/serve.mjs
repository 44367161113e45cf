// The production server: Next.js's request handler behind Node's own HTTP
// server, so the client's address comes from the socket. Next.js keeps an
// X-Forwarded-For it receives, so anyone could name their own address and
// escape every per-address limit; here the header is replaced by the address
// this server trusts: the socket's, or, behind TRUST_PROXY_HOPS=N proxies,
// the one the outermost trusted proxy saw.
import { createServer, STATUS_CODES } from "node:http";
import path from "node:path";
import next from "next";

import { MAX_BODY_BYTES } from "../lib/core/upload-limits.mjs";
import { clientAddress } from "./client-address.mjs";
import { acceptsGzip, createPageCache, pageKey } from "./page-cache.mjs";
import { hasValidPath, refusedUploadHeader, withoutFiles } from "./request-guards.mjs";
import { securityHeaders } from "./security-headers.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const hops = Number(process.env.TRUST_PROXY_HOPS ?? 0);
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  console.error("TRUST_PROXY_HOPS must be a whole number from 0 to 10");
  process.exit(1);
}

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const pages = createPageCache();

// Posts beyond this are not read at all: no form of this site comes near it.
const UNREAD_BODY_BYTES = 100 * 1024 * 1024;

const server = createServer(async (req, res) => {
  const headers = req.headers;
  delete headers[refusedUploadHeader];
  const ip = clientAddress(req.socket.remoteAddress, headers["x-forwarded-for"], hops);
  headers["x-client-ip"] = ip;
  headers["x-forwarded-for"] = ip;
  if (hops === 0) {
    // Only a trusted proxy may say the request came over HTTPS or to another host.
    headers["x-forwarded-proto"] = req.socket.encrypted ? "https" : "http";
    delete headers["x-forwarded-host"];
  }
  const safety = securityHeaders({ path: req.url, https: headers["x-forwarded-proto"] === "https" });
  // Next.js reads the nonce from the request's policy; the browser gets the same policy.
  if (safety.csp) headers["content-security-policy"] = safety.csp;
  else delete headers["content-security-policy"];
  // Only this server says which page was asked for.
  headers["x-pathname"] = req.url ?? "/";
  for (const [name, value] of Object.entries(safety.response)) res.setHeader(name, value);
  // A path that is not valid UTF-8 names nothing: the 404 page, not a 500.
  if (!hasValidPath(req.url)) req.url = "/_invalid-address";
  // A form post over the body limit (files larger than the form allows, sent
  // without JavaScript) comes back as the form with an error, not a 500.
  let request = req;
  const length = Number(headers["content-length"] ?? 0);
  if (req.method === "POST" && length > MAX_BODY_BYTES && /^multipart\/form-data/i.test(headers["content-type"] ?? "")) {
    const replay = length <= UNREAD_BODY_BYTES ? await withoutFiles(req) : null;
    if (!replay) {
      res.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
      res.end("表单过大，无法提交。The form is too large to send.\n");
      return;
    }
    request = replay.req;
  }
  // A page that the proxy rewrote to a problem page keeps the problem's status
  // (Next.js drops the status a proxy gives a rewrite).
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    const override = Number(res.getHeader("x-status"));
    if (override >= 400 && override < 600) {
      res.removeHeader("x-status");
      res.statusMessage = STATUS_CODES[override] ?? "";
      return writeHead.call(this, override, ...rest.filter((arg) => typeof arg !== "string"));
    }
    return writeHead.call(this, statusCode, ...rest);
  };
  // A public page that anyone without an account is shown alike comes from memory when it can.
  const key = safety.nonce ? pageKey(req) : null;
  if (key) {
    const gzipped = acceptsGzip(req);
    if (await pages.serve(res, key, safety.nonce, gzipped)) return;
    // This server compresses what it keeps; Next.js sends it plain.
    delete headers["accept-encoding"];
    pages.capture(res, key, safety.nonce, gzipped);
  }
  handle(request, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Listening on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
