import "server-only";

import { redirect } from "next/navigation";

import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { logger } from "@/lib/core/logger";

export type FormState = {
  fieldErrors: Record<string, string>;
  formError?: string;
  values: Record<string, string>;
  done?: boolean;
};

export const emptyFormState: FormState = { fieldErrors: {}, values: {} };

/** Text fields of a form, to give back to the user when the form is shown again. */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

export type PageRead<T> = { ok: true; data: T } | { ok: false; problem: "forbidden" | "notFound" };

/**
 * The one adapter from domain errors to what a page or form shows: sign-in
 * for the signed-out, a problem page for forbidden or missing records, field
 * errors (with the user's input kept) for forms.
 */
export function handleDomainError(error: unknown, values: Record<string, string> = {}): FormState {
  if (error instanceof ValidationError) return { fieldErrors: error.fieldErrors, values };
  if (error instanceof ConflictError) return { fieldErrors: {}, formError: "conflict", values };
  if (error instanceof NotFoundError) return { fieldErrors: {}, formError: "notFound", values };
  if (error instanceof UnauthenticatedError) redirect("/sign-in");
  if (error instanceof ForbiddenError) return { fieldErrors: {}, formError: "forbidden", values };
  logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, "action failed");
  return { fieldErrors: {}, formError: "unavailable", values };
}

/** For pages: a domain read, or the problem to show instead; the signed-out go to sign in. */
export async function readForPage<T>(read: Promise<T>, returnTo = "/"): Promise<PageRead<T>> {
  try {
    return { ok: true, data: await read };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, problem: "notFound" };
    if (error instanceof ForbiddenError) return { ok: false, problem: "forbidden" };
    if (error instanceof UnauthenticatedError) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}
