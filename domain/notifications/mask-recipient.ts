import "server-only";

/**
 * "zhang@example.test" → "zh***@example.test", "13912345678" → "139****5678".
 * Enough for staff to see that a message went to a plausible place, not
 * enough to harvest addresses or phone numbers from the outbox.
 */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf("@");
  if (at > 0) {
    const local = recipient.slice(0, at);
    return `${local.slice(0, Math.min(2, Math.floor(local.length / 2)))}***${recipient.slice(at)}`;
  }
  const digits = recipient.replace(/\D/g, "");
  if (digits.length >= 11) return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
  if (digits.length >= 6) return `***${digits.slice(-2)}`;
  return "***";
}
