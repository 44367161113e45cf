// Requests Next.js would answer with a bare 500, made answerable by the app.

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
