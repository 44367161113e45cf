/** The public sections that exist, in header order; each arrives with its feature. */
import type en from "@/messages/en.json";

export const publicSections: { href: string; key: keyof typeof en.nav }[] = [
  { href: "/officers", key: "officers" },
  { href: "/units", key: "units" },
  { href: "/feedback", key: "feedback" },
  { href: "/track", key: "track" },
  { href: "/transparency", key: "transparency" },
];
