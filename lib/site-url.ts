import "server-only";

import { headers } from "next/headers";

import { env } from "@/lib/core/env";

/** The site's public origin: AUTH_URL when set, else the request's own host. */
export async function siteOrigin(): Promise<string> {
  if (env.authUrl) return new URL(env.authUrl).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
