// Resident ID numbers (居民身份证号码), GB 11643-1999: six digits of region,
// eight of date of birth, three of sequence, and an ISO 7064 MOD 11-2 check
// character. Plain functions, no imports: the browser's form uses them too.

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = "10X98765432";

/** The check character of the first 17 digits of an ID number. */
export function idCardCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error("17 digits expected");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/** A real calendar date, not in the future and not before 1900. */
function isBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return year >= 1900 && date.getTime() <= today.getTime();
}

/** An ID number as typed, with spaces removed and a lower-case x raised. */
export function normalizeIdCard(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/** Whether an (already normalised) number is 18 characters, has a real date of birth and the right check character. */
export function isValidIdCard(value: string, today = new Date()): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  if (!isBirthDate(value.slice(6, 14), today)) return false;
  return idCardCheckCharacter(value.slice(0, 17)) === value[17];
}

/** "4101**********1234": the first four and last four characters, for every page but the staff detail. */
export function maskIdCard(value: string): string {
  if (value.length <= 8) return "*".repeat(value.length);
  return `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}
