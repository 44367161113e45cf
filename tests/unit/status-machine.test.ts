import { describe, expect, it } from "vitest";

import { ConflictError } from "@/domain/errors";
import { allowedActions, nextStatus, type Party, type RequestAction } from "@/domain/requests/status-machine";
import { requestKinds, requestStatuses } from "@/lib/core/values";

// The whole table, written out: every (status, action, party) not listed here must be refused.
const allowed: [string, RequestAction, Party, string][] = [
  ["submitted", "triage", "staff", "accepted"],
  ["submitted", "triage", "moderator", "accepted"],
  ["submitted", "reject", "staff", "rejected"],
  ["submitted", "reject", "moderator", "rejected"],
  ["submitted", "withdraw", "resident", "withdrawn"],
  ["accepted", "askForInformation", "staff", "info_requested"],
  ["accepted", "askForInformation", "moderator", "info_requested"],
  ["accepted", "resolve", "staff", "resolved"],
  ["accepted", "resolve", "moderator", "resolved"],
  ["accepted", "reject", "staff", "rejected"],
  ["accepted", "reject", "moderator", "rejected"],
  ["info_requested", "answerInformation", "resident", "accepted"],
  ["info_requested", "answerInformation", "staff", "accepted"],
  ["info_requested", "answerInformation", "moderator", "accepted"],
  ["info_requested", "resolve", "staff", "resolved"],
  ["info_requested", "resolve", "moderator", "resolved"],
  ["info_requested", "reject", "staff", "rejected"],
  ["info_requested", "reject", "moderator", "rejected"],
  ["resolved", "reopen", "moderator", "accepted"],
  ["resolved", "rateDissatisfied", "resident", "accepted"],
  ["rejected", "reopen", "moderator", "accepted"],
];

// A desk question is routed as it is asked: it may be answered, or sent back with a question, before any triage.
const questionOnly: [string, RequestAction, Party, string][] = [
  ["submitted", "askForInformation", "staff", "info_requested"],
  ["submitted", "askForInformation", "moderator", "info_requested"],
  ["submitted", "resolve", "staff", "resolved"],
  ["submitted", "resolve", "moderator", "resolved"],
];
// Applications: no plain "resolve"; accepted ones are approved, then delivered (ready to collect or sent).
const applicationAllowed: [string, RequestAction, Party, string][] = [
  ...allowed.filter(([, action]) => action !== "resolve"),
  ["accepted", "approve", "staff", "approved"],
  ["accepted", "approve", "moderator", "approved"],
  ["approved", "deliver", "staff", "resolved"],
  ["approved", "deliver", "moderator", "resolved"],
];
const tableFor = (kind: string) =>
  kind === "application" ? applicationAllowed : kind === "question" ? [...allowed, ...questionOnly] : allowed;

const actions: RequestAction[] = [
  "triage",
  "askForInformation",
  "answerInformation",
  "resolve",
  "reject",
  "reopen",
  "withdraw",
  "rateDissatisfied",
  "approve",
  "deliver",
];
const parties: Party[] = ["resident", "staff", "moderator"];

describe("request status machine", () => {
  for (const kind of requestKinds) {
    it.each(tableFor(kind))(`${kind}: %s --%s by %s--> %s`, (from, action, by, to) => {
      expect(nextStatus(kind, from as never, action, by)).toBe(to);
    });

    it(`${kind}: refuses every other transition`, () => {
      let refused = 0;
      for (const from of requestStatuses) {
        for (const action of actions) {
          for (const by of parties) {
            if (tableFor(kind).some(([f, a, b]) => f === from && a === action && b === by)) continue;
            expect(() => nextStatus(kind, from, action, by), `${from} ${action} ${by}`).toThrow(ConflictError);
            refused++;
          }
        }
      }
      expect(refused).toBe(requestStatuses.length * actions.length * parties.length - tableFor(kind).length);
    });
  }

  it("lists what a party may do now", () => {
    expect(allowedActions("feedback", "submitted", "resident")).toEqual(["withdraw"]);
    expect(allowedActions("feedback", "resolved", "resident")).toEqual(["rateDissatisfied"]);
    expect(allowedActions("feedback", "withdrawn", "moderator")).toEqual([]);
    expect(allowedActions("question", "submitted", "staff")).toEqual(["triage", "askForInformation", "resolve", "reject"]);
    expect(allowedActions("application", "accepted", "staff")).toEqual(["askForInformation", "approve", "reject"]);
    expect(allowedActions("application", "approved", "moderator")).toEqual(["deliver"]);
  });
});
