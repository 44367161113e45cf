import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ConflictError, DomainError, NotFoundError, RateLimitedError, ValidationError } from "@/domain/errors";
import { ModerateForm } from "@/domain/evaluations/moderate";
import { EvaluationForm } from "@/domain/evaluations/rating-form";
import { getScores, listApprovedComments } from "@/domain/evaluations/scores";
import { submitRating } from "@/domain/evaluations/submit-rating";
import { findRatingTarget } from "@/domain/evaluations/targets";
import { PriorityForm, VisitForm } from "@/domain/neighbourhood/forms";
import { getUnitNeighbourhood, getVisit } from "@/domain/neighbourhood/queries";
import { checkInput } from "@/domain/validation";

import { signedOut } from "../helpers/ctx";
import { untyped } from "../helpers/untyped";

// Anything anyone can type or put in an address, thrown at the rating and
// neighbourhood entry points: a typed domain error may come back, a server error may not.

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "\ud800",
    "officer:040001",
    "unit:luwan-station",
    "officer:",
    "unit:",
    "%",
    "'; drop table evaluations; --",
    "5",
    "0",
    "6",
    "1e309",
  ),
  fc.string({ minLength: 1000, maxLength: 5000 }),
);
const param = fc.oneof({ weight: 6, arbitrary: text }, fc.array(text, { maxLength: 3 }), fc.constant(undefined));

async function onlyDomainErrors(call: () => Promise<unknown>, allowed: (abstract new (...args: never[]) => DomainError)[]): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof DomainError && allowed.some((kind) => error instanceof kind))) throw error;
  }
}

describe("rating and neighbourhood forms", () => {
  for (const [name, schema] of Object.entries({ EvaluationForm, ModerateForm, PriorityForm, VisitForm })) {
    it(`${name} answers any input with data or field errors, never by throwing`, () => {
      fc.assert(
        fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(schema.shape), "x"), text), param), (input) => {
          const checked = checkInput(schema, input);
          if (!checked.ok) expect(Object.values(checked.fieldErrors).every((key) => typeof key === "string")).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe("public reads and the rating write", () => {
  const runs = { numRuns: 40 };
  it("scores, comments and targets by any target", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: -5, max: 10_000 }), async (target, page) => {
        await onlyDomainErrors(() => getScores(signedOut, target), [NotFoundError]);
        await onlyDomainErrors(() => listApprovedComments(signedOut, target, page), [NotFoundError]);
        await findRatingTarget(signedOut, target);
      }),
      runs,
    );
  });

  it("a station's neighbourhood and a visit by any slug or id", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.oneof(fc.integer(), fc.double()), async (slug, id) => {
        await onlyDomainErrors(() => getUnitNeighbourhood(signedOut, slug), [NotFoundError]);
        await onlyDomainErrors(() => getVisit(signedOut, id), [NotFoundError]);
      }),
      runs,
    );
  });

  it("a rating of anything", async () => {
    let sender = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("target", "attitude", "efficiency", "fairness", "comment", "trackingNumber", "accessCode"), param),
        (input) =>
          onlyDomainErrors(
            () =>
              submitRating(
                { ...signedOut, ip: `198.51.${Math.floor(++sender / 250)}.${1 + (sender % 250)}` },
                untyped(input),
                `browser${sender}`,
              ),
            [ValidationError, ConflictError, RateLimitedError, NotFoundError],
          ),
      ),
      runs,
    );
  });
});
