/** The public sections that exist, in header order; each arrives with its feature. */
import type en from "@/messages/en.json";

export const publicSections: { href: string; key: keyof typeof en.nav }[] = [
  { href: "/services", key: "services" },
  { href: "/officers", key: "officers" },
  { href: "/units", key: "units" },
  { href: "/desk", key: "desk" },
  { href: "/feedback", key: "feedback" },
  { href: "/track", key: "track" },
  { href: "/rate", key: "rate" },
  { href: "/neighbourhood", key: "neighbourhood" },
  { href: "/transparency", key: "transparency" },
];
