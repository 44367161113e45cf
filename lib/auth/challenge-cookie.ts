import "server-only";

import { cookies, headers } from "next/headers";

// The challenge between the password and the code travels in a short-lived
// cookie that scripts cannot read, never in the page or the address.
const CHALLENGE_COOKIE = "safe-city-sign-in";

export async function setChallengeCookie(challenge: string): Promise<void> {
  const https = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(CHALLENGE_COOKIE, challenge, {
    httpOnly: true,
    sameSite: "strict",
    secure: https,
    path: "/sign-in",
    maxAge: 5 * 60,
  });
}

export async function readChallengeCookie(): Promise<string | undefined> {
  return (await cookies()).get(CHALLENGE_COOKIE)?.value;
}
