// The production server: Next.js's request handler behind Node's own HTTP
// server, so the client's address comes from the socket. Next.js keeps an
// X-Forwarded-For it receives, so anyone could name their own address and
// escape every per-address limit; here the header is replaced by the address
// this server trusts: the socket's, or, behind TRUST_PROXY_HOPS=N proxies,
// the one the outermost trusted proxy saw.
import { createServer, STATUS_CODES } from "node:http";
import path from "node:path";
import next from "next";

import { clientAddress } from "./client-address.mjs";
import { hasValidPath } from "./request-guards.mjs";

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

const server = createServer((req, res) => {
  const headers = req.headers;
  const ip = clientAddress(req.socket.remoteAddress, headers["x-forwarded-for"], hops);
  headers["x-client-ip"] = ip;
  headers["x-forwarded-for"] = ip;
  if (hops === 0) {
    // Only a trusted proxy may say the request came over HTTPS or to another host.
    headers["x-forwarded-proto"] = req.socket.encrypted ? "https" : "http";
    delete headers["x-forwarded-host"];
  }
  // A path that is not valid UTF-8 names nothing: the 404 page, not a 500.
  if (!hasValidPath(req.url)) req.url = "/_invalid-address";
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
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Listening on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
