import "server-only";

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import type { Role } from "@/db/schema";
import { authenticate } from "@/domain/accounts/authenticate";
import { anonymousCtx } from "@/domain/context";
import { authSecret, env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { clientIp } from "@/lib/request-ip";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: !env.authUrl,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is routine, not an error worth a stack trace.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      logger.error({ err: { name: error.name, message: error.message } }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const actor = await authenticate(anonymousCtx("zh-CN", clientIp(request.headers)), credentials);
        if (!actor) return null;
        return { id: String(actor.userId), name: actor.name, role: actor.role, sessionVersion: actor.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv } as typeof session;
    },
  },
});
