import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { logger } from "@/lib/logger";

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

/**
 * The one adapter from domain errors to what a page or form shows: not found,
 * sign-in, 403, or field errors with the user's input kept.
 */
export function handleDomainError(error: unknown, values: Record<string, string> = {}): FormState {
  if (error instanceof ValidationError) return { fieldErrors: error.fieldErrors, values };
  if (error instanceof ConflictError) return { fieldErrors: {}, formError: "conflict", values };
  if (error instanceof NotFoundError) notFound();
  if (error instanceof UnauthenticatedError) redirect("/sign-in");
  if (error instanceof ForbiddenError) forbidden();
  logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, "action failed");
  return { fieldErrors: {}, formError: "unavailable", values };
}

/** For pages: turns domain errors into notFound / 403 / sign-in, rethrows the rest. */
export async function orPageError<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof UnauthenticatedError) redirect("/sign-in");
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
