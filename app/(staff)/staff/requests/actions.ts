"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { ValidationError } from "@/domain/errors";
import { assignRequests } from "@/domain/requests/staff/assign-requests";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";
import { safeReturnPath } from "@/lib/return-path";

/** Bulk assignment; the outcome travels back in the URL so the queue shows it without JavaScript. */
export async function assignRequestsAction(formData: FormData) {
  const back = new URL(safeReturnPath(String(formData.get("returnTo") ?? ""), "/staff/requests"), "http://local");
  let outcome: [string, string];
  try {
    const { assigned } = await assignRequests(await getCtx(), {
      requestIds: formData.getAll("requestIds").map(String),
      assigneeId: String(formData.get("assigneeId") ?? ""),
    });
    outcome = ["assigned", String(assigned)];
  } catch (error) {
    outcome = [
      "error",
      error instanceof ValidationError
        ? (Object.values(error.fieldErrors)[0] ?? "invalid")
        : (handleDomainError(error).formError ?? "invalid"),
    ];
  }
  revalidatePath("/staff/requests");
  back.searchParams.delete("assigned");
  back.searchParams.delete("error");
  back.searchParams.set(...outcome);
  redirect(`${back.pathname}${back.search}`);
}
