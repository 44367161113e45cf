import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/domain/errors";
import { deleteTemplate, fillTemplate, listTemplates, saveTemplate } from "@/domain/requests/templates";

import { ctxFor } from "../helpers/ctx";

describe("reply templates", () => {
  it("fills the placeholders it knows and leaves a typo visible", () => {
    expect(
      fillTemplate("编号 {trackingNumber}，{unit}，{deadline} 前答复。{oops}", {
        trackingNumber: "F261129-ABCDEF",
        unit: "城关派出所",
        deadline: "2026年12月4日",
        subject: "x",
      }),
    ).toBe("编号 F261129-ABCDEF，城关派出所，2026年12月4日 前答复。{oops}");
  });

  it("moderators keep them, audited; officers use them but cannot change them", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const officer = await ctxFor("officer@demo.test");
    const before = await listTemplates(officer);
    expect(before.length).toBeGreaterThanOrEqual(2);
    await saveTemplate(moderator, null, { title: "需补充材料", body: "请补充 {subject} 的具体时间。" });
    const after = await listTemplates(officer);
    const created = after.find((tpl) => tpl.title === "需补充材料")!;
    expect(created.body).toContain("{subject}");
    await expect(saveTemplate(officer, null, { title: "x", body: "y" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteTemplate(officer, { templateId: created.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveTemplate(moderator, null, { title: "", body: "" })).rejects.toBeInstanceOf(ValidationError);
    await deleteTemplate(moderator, { templateId: created.id });
    expect((await listTemplates(officer)).map((tpl) => tpl.id)).not.toContain(created.id);
    const actions = (await (await getDb()).select().from(auditLog).where(eq(auditLog.entity, "template"))).map((a) => a.action);
    expect(actions).toEqual(["template.create", "template.delete"]);
    await expect(listTemplates(await ctxFor("resident@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
