"use server";

import { redirect } from "next/navigation";

import { PriorityForm, VisitForm } from "@/domain/neighbourhood/forms";
import { savePriority } from "@/domain/neighbourhood/save-priority";
import { saveVisit } from "@/domain/neighbourhood/save-visit";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

// Back to the station's screen, which says what was saved: a form that kept its values could be sent twice.
const saved = (what: string) => (_: unknown, input: { unitId: number }) =>
  redirect(`/staff/neighbourhood?unit=${input.unitId}&saved=${what}`);
const priority = formAction({ schema: PriorityForm, run: savePriority, revalidate: "/neighbourhood", done: saved("priority") });
const visit = formAction({ schema: VisitForm, run: saveVisit, revalidate: "/neighbourhood", done: saved("visit") });

/** Creates or updates a station's priority. */
export async function savePriorityAction(state: FormState, formData: FormData): Promise<FormState> {
  return priority(state, formData);
}

/** Creates or updates a station's visit or meeting, and its public summary afterwards. */
export async function saveVisitAction(state: FormState, formData: FormData): Promise<FormState> {
  return visit(state, formData);
}
