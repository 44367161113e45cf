import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, services } from "@/db/schema";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/domain/errors";
import { listServices } from "@/domain/services/catalogue";
import {
  DefinitionRefusedError,
  getServiceForStaff,
  listServicesForStaff,
  saveServiceDefinition,
  setServicePublished,
} from "@/domain/services/edit-services";

import { ctxFor, signedOut } from "../helpers/ctx";

const auditOf = async (slug: string) => {
  const db = await getDb();
  return (
    await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "service"), eq(auditLog.entityId, slug)))
  ).map((a) => a.action);
};

describe("keeping the service catalogue", () => {
  it("moderators unpublish and publish a service, audited; it leaves and rejoins the public catalogue", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    await setServicePublished(moderator, { slug: "seal-engraving", published: "false" });
    const slugs = async () => (await listServices(signedOut)).categories.flatMap((c) => c.services.map((s) => s.slug));
    expect(await slugs()).not.toContain("seal-engraving");
    expect((await listServicesForStaff(moderator)).find((s) => s.slug === "seal-engraving")).toMatchObject({ published: false });
    await setServicePublished(moderator, { slug: "seal-engraving", published: "true" });
    expect(await slugs()).toContain("seal-engraving");
    expect(await auditOf("seal-engraving")).toEqual(["service.unpublish", "service.publish"]);
    await expect(setServicePublished(moderator, { slug: "no-such-service", published: "true" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("saves a valid form definition, and refuses an invalid one with the reasons, changing nothing", async () => {
    const db = await getDb();
    const admin = await ctxFor("admin@demo.test");
    const fields = [{ type: "phone", name: "ownerPhone", labelZh: "犬主电话", labelEn: "Owner's phone" }];
    await saveServiceDefinition(admin, { slug: "dog-registration", fields: JSON.stringify(fields) });
    const [saved] = await db.select().from(services).where(eq(services.slug, "dog-registration"));
    expect(saved!.fields).toEqual([{ ...fields[0], required: true }]);

    const refused = await saveServiceDefinition(admin, {
      slug: "dog-registration",
      fields: JSON.stringify([{ type: "choice", name: "size", labelZh: "体型", labelEn: "Size", options: [] }]),
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DefinitionRefusedError);
    expect((refused as DefinitionRefusedError).reasons).toEqual(["0.options: a choice needs at least two options"]);
    await expect(saveServiceDefinition(admin, { slug: "dog-registration", fields: "[{" })).rejects.toBeInstanceOf(DefinitionRefusedError);
    const [after] = await db.select().from(services).where(eq(services.slug, "dog-registration"));
    expect(after!.fields).toEqual(saved!.fields);
    expect(await auditOf("dog-registration")).toEqual(["service.edit_form"]);
  });

  it("shows the editor a service, published or not, with its definition as JSON and as fields", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    await setServicePublished(moderator, { slug: "hotel-licence", published: "false" });
    const service = await getServiceForStaff(moderator, "hotel-licence");
    expect(service).toMatchObject({ slug: "hotel-licence", published: false, online: true });
    expect(service.fields.length).toBeGreaterThan(0);
    // The text is the definition as stored; the fields are it read, with its defaults filled in.
    expect((JSON.parse(service.definition) as { name: string }[]).map((f) => f.name)).toEqual(service.fields.map((f) => f.name));
    await setServicePublished(moderator, { slug: "hotel-licence", published: "true" });
    await expect(getServiceForStaff(moderator, "no-such-service")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getServiceForStaff(await ctxFor("officer@demo.test"), "hotel-licence")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("is refused for officers, residents and the signed out", async () => {
    for (const email of ["officer@demo.test", "resident@demo.test"]) {
      const ctx = await ctxFor(email);
      await expect(setServicePublished(ctx, { slug: "passport", published: "false" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveServiceDefinition(ctx, { slug: "passport", fields: "[]" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listServicesForStaff(ctx)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(setServicePublished(signedOut, { slug: "passport", published: "false" })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await auditOf("passport")).toEqual([]);
  });
});
