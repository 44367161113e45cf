/**
 * The caller's address. Next.js appends the socket address to X-Forwarded-For,
 * so the right-most entry is the one this server saw; behind N trusted proxies,
 * TRUSTED_PROXY_HOPS would step left (not needed for one server).
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const last = parts.at(-1);
    if (last) return last;
  }
  return headers.get("x-real-ip");
}
