/** Domain errors: thrown by domain code, translated once by lib/errors.ts. */
export class DomainError extends Error {}

export class NotFoundError extends DomainError {}

/** No signed-in actor where one is needed. */
export class UnauthenticatedError extends DomainError {}

export class ForbiddenError extends DomainError {}

export class ConflictError extends DomainError {}

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
