import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";

import { pickMessages } from "@/components/ui/client-messages";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    manifest: "/manifest.webmanifest",
    icons: { icon: "/favicon.ico", apple: "/icon.png" },
  };
}

// The header's green, for the browser's own bars on phones.
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#064e3b" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only what the error page needs; forms get theirs through ClientMessages. */}
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["error"])}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
