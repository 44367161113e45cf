import type { RequestKind, RequestStatus } from "@/lib/core/values";

import { ConflictError } from "../errors";

/** Who asks for a change: the resident, any staff member handling it, or a moderator. */
export type Party = "resident" | "staff" | "moderator";

export type RequestAction =
  | "triage" // accepted: category, unit and assignee set
  | "askForInformation"
  | "answerInformation"
  | "resolve"
  | "reject"
  | "reopen"
  | "withdraw"
  | "rateDissatisfied"
  // Applications only: the service granted, then the document ready to collect or sent.
  | "approve"
  | "deliver";

type Rule = { from: readonly RequestStatus[]; to: RequestStatus; by: readonly Party[] };

const staff: readonly Party[] = ["staff", "moderator"];

type Machine = Partial<Record<RequestAction, Rule>>;

// One machine for questions and feedback.
const rules: Machine = {
  triage: { from: ["submitted"], to: "accepted", by: staff },
  askForInformation: { from: ["accepted"], to: "info_requested", by: staff },
  answerInformation: { from: ["info_requested"], to: "accepted", by: ["resident", ...staff] },
  resolve: { from: ["accepted", "info_requested"], to: "resolved", by: staff },
  reject: { from: ["submitted", "accepted", "info_requested"], to: "rejected", by: staff },
  reopen: { from: ["resolved", "rejected"], to: "accepted", by: ["moderator"] },
  withdraw: { from: ["submitted"], to: "withdrawn", by: ["resident"] },
  rateDissatisfied: { from: ["resolved"], to: "accepted", by: ["resident"] },
};

// Applications: accepted, materials asked for and handed in, then approved and
// delivered (ready to collect or sent), or refused with a public reason. No
// plain "resolve": an application ends by approval and delivery, or refusal.
const application: Machine = {
  triage: rules.triage,
  askForInformation: rules.askForInformation,
  answerInformation: rules.answerInformation,
  approve: { from: ["accepted"], to: "approved", by: staff },
  deliver: { from: ["approved"], to: "resolved", by: staff },
  reject: rules.reject,
  reopen: rules.reopen,
  withdraw: rules.withdraw,
  rateDissatisfied: rules.rateDissatisfied,
};

// A desk question reaches its unit and officer as it is asked (domain/desk/routing.ts):
// that routing is its triage, so whoever handles it may answer it straight away.
const question: Machine = {
  ...rules,
  askForInformation: { from: ["submitted", "accepted"], to: "info_requested", by: staff },
  resolve: { from: ["submitted", "accepted", "info_requested"], to: "resolved", by: staff },
};

const machines: Record<RequestKind, Machine> = { application, question, feedback: rules };

/** The status an action leads to; a ConflictError when the machine does not allow it. */
export function nextStatus(kind: RequestKind, status: RequestStatus, action: RequestAction, by: Party): RequestStatus {
  const rule = machines[kind][action];
  if (!rule || !rule.from.includes(status) || !rule.by.includes(by)) {
    throw new ConflictError(`${kind}: ${action} by ${by} is not allowed from ${status}`);
  }
  return rule.to;
}

/** What a party may do now, for showing only the buttons that can work. */
export function allowedActions(kind: RequestKind, status: RequestStatus, by: Party): RequestAction[] {
  return (Object.keys(machines[kind]) as RequestAction[]).filter((action) => {
    const rule = machines[kind][action];
    return rule !== undefined && rule.from.includes(status) && rule.by.includes(by);
  });
}

/** Open requests still wait for the bureau (or the resident); closed ones are done. */
// An approved application is decided: it waits only for the handover, with no deadline to miss.
export const isOpen = (status: RequestStatus) => status === "submitted" || status === "accepted" || status === "info_requested";
