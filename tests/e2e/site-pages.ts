// The pages every-page checks walk through (titles, widths on a phone): one list, so a new page is added once.

/** Public pages without a record of anyone's in their address. */
export const publicPages = [
  "/",
  "/officers",
  "/officers?q=wangzhuang",
  "/officers/040001",
  "/units",
  "/units/luwan-station",
  "/feedback",
  "/feedback/new?topic=complaint",
  "/feedback/replies",
  "/track",
  "/transparency",
  "/transparency/organisation",
  "/transparency/notices",
  "/transparency/articles/1",
  "/transparency/statistics",
  "/sign-in",
  "/sign-in/forgot",
  "/sign-up",
];

/** Staff pages an admin opens; the demo's first officer, unit and area stand for the record pages. */
export const staffPages = [
  "/staff",
  "/staff/requests",
  "/staff/templates",
  "/staff/articles",
  "/staff/articles/1",
  "/staff/directory",
  "/staff/directory/units",
  "/staff/directory/areas",
  "/staff/directory/import",
  "/staff/directory/officers/1",
  "/staff/directory/units/1",
  "/staff/directory/areas/1",
  "/staff/settings?year=2027",
  "/staff/outbox",
  "/staff/users",
  "/staff/users/new",
  "/staff/users/1",
  "/staff/account",
  "/staff/audit",
];
