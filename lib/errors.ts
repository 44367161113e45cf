import "server-only";

import { redirect, unstable_rethrow } from "next/navigation";

import { isDatabaseUnavailable } from "@/db/errors";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  SecondFactorRequiredError,
  UnauthenticatedError,
  ValidationError,
} from "@/domain/errors";
import { errorFields, logger } from "@/lib/core/logger";
import type { Role } from "@/lib/core/values";

export type FormState = {
  /** Message keys under "errors", by field. */
  fieldErrors: Record<string, string>;
  /** A message key under "errors" about the whole form. */
  formError?: string;
  /** Numbers the form error's message names (minutes to wait …). */
  errorParams?: Record<string, number>;
  /**
   * The texts of the keys above in the user's language, put in by the server:
   * a form's browser code then needs the catalogue only for the keys its own
   * schema checks for.
   */
  errorTexts?: Record<string, string>;
  /** What the user typed, to show again; secrets are never echoed. */
  values: Record<string, string>;
  done?: boolean;
};

/** What went wrong, in the words a form or a route handler shows. */
export type Problem =
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  | { kind: "conflict"; key: string }
  | { kind: "notFound" }
  | { kind: "forbidden" }
  | { kind: "unauthenticated" }
  | { kind: "limited"; retryAfterSeconds: number }
  | { kind: "unavailable" }
  | { kind: "unexpected" };

/**
 * The one map from an error to what the user is told. Domain errors say what
 * they are; a database that cannot be reached is "try again"; anything else is
 * logged by its class and SQLSTATE only (never a query's parameters, which
 * hold personal data) and told as unexpected.
 */
export function describeProblem(error: unknown): Problem {
  if (error instanceof ValidationError) return { kind: "invalid", fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) return { kind: "conflict", key: error.key };
  if (error instanceof NotFoundError) return { kind: "notFound" };
  if (error instanceof ForbiddenError) return { kind: "forbidden" };
  if (error instanceof UnauthenticatedError) return { kind: "unauthenticated" };
  if (error instanceof RateLimitedError) return { kind: "limited", retryAfterSeconds: error.retryAfterSeconds };
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: errorFields(error) }, "database unavailable");
    return { kind: "unavailable" };
  }
  logger.error({ err: errorFields(error) }, "unexpected error");
  return { kind: "unexpected" };
}

/** A problem as form state: field errors, or one message for the form with the user's input kept. */
export function problemToFormState(problem: Problem, values: Record<string, string>): FormState {
  switch (problem.kind) {
    case "invalid":
      return { fieldErrors: problem.fieldErrors, values };
    case "limited":
      return {
        fieldErrors: {},
        formError: "tooManyAttempts",
        errorParams: { minutes: Math.max(1, Math.ceil(problem.retryAfterSeconds / 60)) },
        values,
      };
    case "conflict":
      return { fieldErrors: {}, formError: problem.key, values };
    case "unauthenticated":
      redirect("/sign-in");
    default:
      return { fieldErrors: {}, formError: problem.kind, values };
  }
}

/** For forms that handle an error themselves: Next.js's own signals (redirect, not found) pass through. */
export function handleDomainError(error: unknown, values: Record<string, string> = {}): FormState {
  unstable_rethrow(error);
  return problemToFormState(describeProblem(error), values);
}

const statusByProblem: Record<Problem["kind"], number> = {
  invalid: 400,
  conflict: 409,
  notFound: 404,
  forbidden: 403,
  unauthenticated: 401,
  limited: 429,
  unavailable: 503,
  unexpected: 500,
};

/** The same map for route handlers: a status and a small JSON body, never a stack trace. */
export function problemResponse(error: unknown): Response {
  unstable_rethrow(error);
  const problem = describeProblem(error);
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (problem.kind === "limited") headers["Retry-After"] = String(problem.retryAfterSeconds);
  if (problem.kind === "unavailable") headers["Retry-After"] = "5";
  const body = problem.kind === "invalid" ? { error: problem.kind, fields: problem.fieldErrors } : { error: problem.kind };
  return Response.json(body, { status: statusByProblem[problem.kind], headers });
}

/** A page's read, or what to show instead: for a refusal, the roles that may (when known) and the reader's. */
export type PageRead<T> = { ok: true; data: T } | { ok: false; problem: "forbidden" | "notFound"; roles?: readonly Role[]; current?: Role };

/** For pages: a domain read, or the problem to show instead; the signed-out go to sign in. */
export async function readForPage<T>(read: Promise<T>, returnTo = "/"): Promise<PageRead<T>> {
  try {
    return { ok: true, data: await read };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, problem: "notFound" };
    // Allowed for the role once the session has given the second factor: set it up first.
    if (error instanceof SecondFactorRequiredError) redirect("/account/security");
    if (error instanceof ForbiddenError) return { ok: false, problem: "forbidden", roles: error.roles, current: error.current };
    if (error instanceof UnauthenticatedError) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}
