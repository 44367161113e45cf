import type { Role } from "@/lib/core/values";

/** Domain errors: thrown by domain code, translated once by lib/errors.ts. */
export class DomainError extends Error {}

export class NotFoundError extends DomainError {}

/** No signed-in actor where one is needed. */
export class UnauthenticatedError extends DomainError {}

/** Refused for the role; `roles` are those that may, when the refusal comes from the permission table. */
export class ForbiddenError extends DomainError {
  constructor(
    message?: string,
    readonly roles?: readonly Role[],
    readonly current?: Role,
  ) {
    super(message);
  }
}

/** Not possible in the current state; `key` is the message under "errors" that says why. */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly key = "conflict",
  ) {
    super(message);
  }
}

/** A field-level problem; `fieldErrors` values are message keys under "errors". */
export class ValidationError extends DomainError {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(`Invalid input: ${Object.keys(fieldErrors).join(", ")}`);
  }
}

/** Too many attempts: try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limited for ${retryAfterSeconds}s`);
  }
}

/** Allowed for the role, but the session has not given the second factor the role needs: enrol or sign in with it first. */
export class SecondFactorRequiredError extends ForbiddenError {}
