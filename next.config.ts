import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { staticFileHeaders } from "./lib/core/safety-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // CSV imports of up to 5 MB arrive through a server action (multipart adds a little).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // What proxy.ts never sees (its matcher skips them) gets the safety headers here.
  async headers() {
    const headers = Object.entries(staticFileHeaders).map(([key, value]) => ({ key, value }));
    return [
      "/_next/static/:path*",
      "/_next/image",
      "/favicon.ico",
      "/robots.txt",
      "/manifest.webmanifest",
      "/icon.png",
      "/icon-512.png",
    ].map((source) => ({ source, headers }));
  },
  // PGlite and the postgres driver are loaded at run time from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "@node-rs/argon2", "pino"],
};

export default withNextIntl(nextConfig);
