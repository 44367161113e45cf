const base = "http://return.invalid";

/**
 * A same-site path to go back to, percent-encoded (a redirect's Location
 * header holds ASCII only: "/查询" goes back as "/%E6%9F%A5%E8%AF%A2");
 * anything else (other hosts, odd schemes, control characters) becomes fallback.
 */
export function safeReturnPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  try {
    const url = new URL(candidate, base);
    if (url.origin !== base) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
