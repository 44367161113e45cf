// Plain lists shared by the tables and the forms: no drizzle import, so a
// client form can use them without pulling the database layer into its bundle.
export const roles = ["resident", "officer", "moderator", "admin"] as const;
export const unitKinds = ["bureau", "station", "brigade", "work_station", "office"] as const;
export const areaKinds = ["community", "village"] as const;

export type Role = (typeof roles)[number];
export type UnitKind = (typeof unitKinds)[number];
export type AreaKind = (typeof areaKinds)[number];

export const requestKinds = ["application", "question", "feedback"] as const;
// "approved": an application granted, its document not yet handed over (service hall).
export const requestStatuses = ["submitted", "accepted", "info_requested", "approved", "resolved", "rejected", "withdrawn"] as const;
// What a resident raises on the interaction bridge.
// What a resident raises on the interaction bridge.
export const feedbackTopics = ["problem", "complaint", "suggestion", "praise", "chief_letter", "tip"] as const;
// Topics where a resident may stay anonymous; the rest need a way to reach them.
export const anonymousTopics = ["problem", "tip"] as const;
// The "six smalls" (六小) a problem report is classed as.
export const sixSmalls = ["incident", "case", "dispute", "hazard", "petition", "difficulty"] as const;
export const satisfactions = ["satisfied", "basically_satisfied", "dissatisfied"] as const;
// The languages a resident can use the site in; each request keeps the one it was written in.
export const requestLocales = ["zh-CN", "en"] as const;
// The two deadlines a request can miss: the first response and the answer.
export const escalationDeadlines = ["first_response", "answer"] as const;

export type RequestKind = (typeof requestKinds)[number];
export type RequestStatus = (typeof requestStatuses)[number];
export type FeedbackTopic = (typeof feedbackTopics)[number];
export type SixSmall = (typeof sixSmalls)[number];
export type Satisfaction = (typeof satisfactions)[number];
export type RequestLocale = (typeof requestLocales)[number];
export type EscalationDeadline = (typeof escalationDeadlines)[number];

/** The shape of a track token and of a form's idempotency key: checked before any query. */
export const tokenPattern = /^[A-Za-z0-9_-]{20,64}$/;
/** A badge number: six digits. */
export const badgePattern = /^\d{6}$/;
/** A unit's web address: lower-case letters and digits in words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A tracking number as stored ("F261128-7KQ2MX"; generated ones "G0000000001"). */
export const trackingNumberPattern = /^[0-9A-Z-]{1,40}$/;

// The service hall's catalogue sections: 户政, 出入境, 治安, 交管, 证明, 其他.
export const serviceCategories = ["household", "exit_entry", "public_order", "traffic", "certificate", "other"] as const;
// How each required material is handed in.
export const materialForms = ["original", "copy", "original_and_copy"] as const;

export type ServiceCategory = (typeof serviceCategories)[number];
export type MaterialForm = (typeof materialForms)[number];
