/** A tel: URI for a mobile or a landline, keeping a landline's extension (RFC 3966). */
export function telUri(phone: string): string {
  const landline = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(phone.trim());
  if (landline) return `tel:${landline[1]}${landline[2]}${landline[3] ? `;ext=${landline[3]}` : ""}`;
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
