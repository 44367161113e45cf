// Plain lists shared by the tables and the forms: no drizzle import, so a
// client form can use them without pulling the database layer into its bundle.
export const roles = ["resident", "officer", "moderator", "admin"] as const;
export const unitKinds = ["bureau", "station", "brigade", "work_station", "office"] as const;
export const areaKinds = ["community", "village"] as const;

export type Role = (typeof roles)[number];
export type UnitKind = (typeof unitKinds)[number];
export type AreaKind = (typeof areaKinds)[number];
