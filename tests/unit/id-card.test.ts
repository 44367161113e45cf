import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { idCardCheckCharacter, isValidIdCard, maskIdCard, normalizeIdCard } from "@/domain/services/id-card";

const today = new Date("2026-12-01T00:00:00Z");

/** 17 digits with a real date of birth between 1900 and 2025. */
const first17 = fc
  .tuple(
    fc.stringMatching(/^[1-6]\d{5}$/),
    fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true }),
    fc.stringMatching(/^\d{3}$/),
  )
  .map(([region, birth, sequence]) => `${region}${birth.toISOString().slice(0, 10).replaceAll("-", "")}${sequence}`);

describe("resident ID numbers (GB 11643)", () => {
  it("accepts published sample numbers and their lower-case x", () => {
    // The standard's own example, and one whose check character is X.
    expect(isValidIdCard("11010519491231002X", today)).toBe(true);
    expect(isValidIdCard(normalizeIdCard("11010519491231002x"), today)).toBe(true);
    expect(isValidIdCard("440524188001010014", today)).toBe(false); // born before 1900
    expect(isValidIdCard("110105194912310021", today)).toBe(false); // wrong check digit
  });

  it("refuses wrong lengths, letters and impossible dates of birth", () => {
    for (const bad of ["", "11010519491231002", "11010519491231002XX", "1101051949123100A2", "110105194902300024", "110105203001010015"]) {
      expect(isValidIdCard(bad, today), bad).toBe(false);
    }
  });

  it("a number with its computed check character is valid", () => {
    fc.assert(fc.property(first17, (digits) => isValidIdCard(digits + idCardCheckCharacter(digits), today)));
  });

  it("any other check character makes the number invalid", () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(..."0123456789X"), (digits, check) => {
        fc.pre(check !== idCardCheckCharacter(digits));
        return !isValidIdCard(digits + check, today);
      }),
    );
  });

  it("changing any one digit of the first 17 is caught by the check character", () => {
    fc.assert(
      fc.property(first17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const changed = digits.slice(0, at) + ((Number(digits[at]) + shift) % 10) + digits.slice(at + 1);
        return idCardCheckCharacter(changed) !== idCardCheckCharacter(digits);
      }),
    );
  });

  it("masks all but the first and last four characters", () => {
    expect(maskIdCard("11010519491231002X")).toBe("1101**********002X");
    expect(maskIdCard("410102198001011234")).toBe("4101**********1234");
  });
});
