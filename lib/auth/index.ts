import "server-only";

import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { endSession } from "@/domain/accounts/sessions";
import { completeSignIn } from "@/domain/accounts/sign-in";
import { anonymousCtx } from "@/domain/context";
import { DomainError } from "@/domain/errors";
import { authSecret, env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { clientIp } from "@/lib/request-ip";

// The cookie carries one thing: a random session id. The sessions table says
// whether it is still good (domain/accounts/sessions.ts), so signing out, an
// idle or absolute timeout, or an admin's action ends it at once. The JWT's
// own lifetime is only an upper bound (the residents' 30 days).
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: !env.authUrl,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password or code is routine, not an error worth a stack trace.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      if (domainErrorOf(error)) return;
      logger.error({ err: { name: error.name, message: error.message } }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      // Not a password: the challenge the password step opened, and the second-factor code when the account has one.
      credentials: { challenge: {}, code: {} },
      async authorize(credentials, request) {
        const ctx = anonymousCtx("zh-CN", clientIp(request.headers));
        const code = typeof credentials.code === "string" && credentials.code !== "" ? credentials.code : undefined;
        const sessionId = await completeSignIn(
          ctx,
          { challenge: String(credentials.challenge ?? ""), code },
          request.headers.get("user-agent"),
        );
        return { id: sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Only the session id: no name, address or role travels in the cookie.
      if (user?.id) return { sid: user.id };
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, sid: token.sid } as unknown as typeof session;
    },
  },
  events: {
    // Any way of signing out (our action or next-auth's own endpoint) ends the session on the server.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
});

/** The domain error that made a sign-in fail: next-auth wraps what authorize() throws. */
export function domainErrorOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof AuthError) {
    const inner = (error.cause as { err?: unknown } | undefined)?.err;
    if (inner instanceof DomainError) return inner;
  }
  return null;
}

/**
 * Completes a sign-in with the challenge from the password step (and a code)
 * and sets the session cookie; redirects to `redirectTo`. Throws the domain
 * error when it fails, so forms map it like any other.
 */
export async function signInWithChallenge(challenge: string, code: string | undefined, redirectTo: string): Promise<never> {
  try {
    await signIn("credentials", { challenge, code: code ?? "", redirectTo });
  } catch (error) {
    throw domainErrorOf(error) ?? error;
  }
  throw new Error("signIn did not redirect");
}
