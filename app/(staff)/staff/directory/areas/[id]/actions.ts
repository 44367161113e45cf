"use server";

import { z } from "zod";

import { saveArea } from "@/domain/directory/save-area";
import { AreaForm } from "@/domain/directory/schemas";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const save = formAction({
  schema: AreaForm.extend({ areaId: z.number() }),
  run: (ctx, input) => saveArea(ctx, input.areaId, input),
  revalidate: "/staff/directory/areas",
});

export async function saveAreaAction(areaId: number, state: FormState, formData: FormData) {
  return save(state, formData, { areaId });
}
