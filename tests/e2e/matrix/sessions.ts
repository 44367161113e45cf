import { expect, request, type APIRequestContext, type APIResponse } from "@playwright/test";

import { actionIds, filled, formsFor, post } from "./forms";

export const roles = ["signedOut", "resident", "officer", "moderator", "admin"] as const;
export type Role = (typeof roles)[number];

export const accounts: Record<Exclude<Role, "signedOut">, string> = {
  resident: "resident@demo.test",
  officer: "officer@demo.test",
  moderator: "moderator@demo.test",
  admin: "admin@demo.test",
};

export const DEMO_PASSWORD = "safe-city-demo";

export type Sessions = Record<Role, APIRequestContext>;

/** A plain HTTP client (no browser) that keeps its own cookies, in English, sending the site's origin as a browser does. */
export async function client(baseURL: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: { "accept-language": "en", origin: new URL(baseURL).origin } });
}

/**
 * Signs a client in through the sign-in form, as a browser without JavaScript
 * does. The one place the matrix signs in: when accounts need more than a
 * password (a second factor), this is what changes.
 */
export async function signIn(session: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  await passwordStep(session, email, password);
  const cookies = (await session.storageState()).cookies;
  expect(
    cookies.some((c) => /session-token/.test(c.name)),
    `a session cookie for ${email}`,
  ).toBe(true);
}

/** The sign-in form's first step, the password: its answer is a redirect, to where the account goes next. */
export async function passwordStep(session: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<APIResponse> {
  const page = await session.get("/sign-in");
  const [form] = formsFor(await page.text(), "/sign-in", actionIds().get("app/(public)/sign-in/actions.ts#signInAction")!);
  expect(form, "the sign-in form").toBeDefined();
  const response = await post(session, filled(form!, { email, password }));
  expect(response.status(), `sign-in of ${email}`).toBe(303);
  return response;
}

/** One client per role, each signed in with its demo account (the signed-out one with no cookies). */
export async function openSessions(baseURL: string): Promise<Sessions> {
  const entries = await Promise.all(
    roles.map(async (role) => {
      const session = await client(baseURL);
      if (role !== "signedOut") await signIn(session, accounts[role]);
      return [role, session] as const;
    }),
  );
  return Object.fromEntries(entries) as Sessions;
}

export async function closeSessions(sessions: Sessions): Promise<void> {
  await Promise.all(Object.values(sessions).map((session) => session.dispose()));
}
