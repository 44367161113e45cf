/**
 * The caller's address, as scripts/serve.mjs set it from the socket (or from
 * the outermost of TRUST_PROXY_HOPS trusted proxies). It overwrites whatever
 * a client sends in this header, so no one can name their own address.
 */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-client-ip") || null;
}
