"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { saveUnit } from "@/domain/directory/save-unit";
import { UnitForm } from "@/domain/directory/schemas";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const save = formAction({
  schema: UnitForm.extend({ unitId: z.number().nullable() }),
  run: (ctx, input) => saveUnit(ctx, input.unitId, input),
  revalidate: "/staff/directory/units",
  done: (saved, input): FormState => {
    if (input.unitId === null) redirect(`/staff/directory/units/${saved.id}`);
    return { fieldErrors: {}, values: {}, done: true };
  },
});

export async function saveUnitAction(unitId: number | null, state: FormState, formData: FormData) {
  return save(state, formData, { unitId });
}
