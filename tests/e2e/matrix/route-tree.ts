import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The routes app/ has, named as the matrix names them:
//   page /staff/requests/[trackingNo]      a page.tsx
//   GET /officers.csv                      a method a route.ts exports
//   app/(public)/track/actions.ts#trackAction   a function a "use server" file exports
// Route groups "(public)" are not part of the address.

const root = path.resolve(import.meta.dirname, "../../..");
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
// Files Next.js serves as routes of their own (metadata files); listed like route handlers.
const metadataRoute = /^(sitemap|robots|manifest|icon\d*|apple-icon\d*|opengraph-image\d*|twitter-image\d*)\.(ts|tsx|js)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

/** The address a folder of app/ answers at: route groups dropped. */
function address(folder: string): string {
  const segments = folder.split(path.sep).filter((s) => s && s !== "." && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

function exportedMethods(source: string): string[] {
  const named = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g)].map((m) => m[1]!);
  const destructured = [...source.matchAll(/export\s+const\s+\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((s) => s.trim()));
  return [...named, ...destructured].filter((name) => methods.includes(name));
}

function exportedFunctions(source: string): string[] {
  return [...source.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)].map((m) => m[1]!);
}

/** Every page, route handler method and server action under app/. */
export function routeTree(): string[] {
  const app = path.join(root, "app");
  const found: string[] = [];
  for (const file of files(app)) {
    const relative = path.relative(app, file);
    const name = path.basename(file);
    const where = address(path.dirname(relative));
    const source = readFileSync(file, "utf8");
    if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) found.push(`page ${where}`);
    else if (/^route\.(ts|js)$/.test(name)) found.push(...exportedMethods(source).map((method) => `${method} ${where}`));
    else if (metadataRoute.test(name)) found.push(`GET ${path.posix.join(where, name.replace(/\.\w+$/, ""))}`);
    if (/^\s*["']use server["']/.test(source))
      found.push(...exportedFunctions(source).map((fn) => `app/${relative.split(path.sep).join("/")}#${fn}`));
  }
  return found.sort();
}
