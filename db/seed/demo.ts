import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";

import { verifyPassword } from "@/lib/core/password";

import type { Db, Tx } from "../client";
import { areas, articleAttachments, articles, officers, replyTemplates, services, sessions, settings, units, users } from "../schema";
import { DEMO_ARTICLES } from "./demo-articles";
import { buildDemoBureau, DEMO_BUREAU_NAME, type DemoBureau } from "./demo-bureau";
import { FUNCTIONS_BY_KIND, FUNCTIONS_BY_SLUG } from "./demo-functions";
import { seedDemoNeighbourhood } from "./demo-neighbourhood";
import { demoPdf } from "./demo-pdf";
import { seedDemoRatings } from "./demo-ratings";
import { insertDemoServices } from "./demo-services";
import { generateRequests } from "./generate-requests";

export const DEMO_PASSWORD = "safe-city-demo";
/** The village whose responsible officer has a demo account: a question asked there reaches a person who can sign in. */
export const DESK_DEMO_VILLAGE = "王庄村";

export const demoAccounts = [
  { email: "admin@demo.test", name: "系统管理员", role: "admin" },
  { email: "moderator@demo.test", name: "值班民警", role: "moderator" },
  { email: "officer@demo.test", name: "社区民警", role: "officer" },
  // The community officer of the demo village the desk's walkthrough asks (DESK_DEMO_VILLAGE).
  { email: "village-officer@demo.test", name: "村社区民警", role: "officer" },
  { email: "resident@demo.test", name: "张居民", role: "resident" },
] as const;

const CHUNK = 1000;
// Two years of closed requests, about 300 a month, for the statistics to show.
const HISTORY_REQUESTS = 7200;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

async function insertBureau(tx: Tx, bureau: DemoBureau): Promise<void> {
  const unitIds = new Map<string, number>();
  for (const { parentSlug, ...unit } of bureau.units) {
    const parentId = parentSlug ? unitIds.get(parentSlug) : null;
    const functions = FUNCTIONS_BY_SLUG[unit.slug] ?? FUNCTIONS_BY_KIND[unit.kind];
    const [row] = await tx
      .insert(units)
      .values({ ...unit, parentId, functionsZh: functions?.zh ?? "", functionsEn: functions?.en ?? "" })
      .returning({ id: units.id });
    unitIds.set(unit.slug, row!.id);
  }
  const officerIds = new Map<string, number>();
  await insertChunks(bureau.officers, async (chunk) => {
    const rows = await tx
      .insert(officers)
      .values(chunk.map(({ unitSlug, ...officer }) => ({ ...officer, unitId: unitIds.get(unitSlug)! })))
      .returning({ id: officers.id, badgeNumber: officers.badgeNumber });
    for (const row of rows) officerIds.set(row.badgeNumber, row.id);
  });
  await insertChunks(bureau.areas, (chunk) =>
    tx.insert(areas).values(
      chunk.map(({ unitSlug, responsibleBadge, ...area }) => ({
        ...area,
        unitId: unitIds.get(unitSlug)!,
        responsibleOfficerId: officerIds.get(responsibleBadge) ?? null,
      })),
    ),
  );
}

/**
 * Loads the fictional demo bureau and the demo accounts. Idempotent: a second
 * run finds the bureau and the accounts in place and changes nothing.
 */
export async function seedDemo(db: Db, passwordHash: string): Promise<{ seeded: boolean }> {
  return db.transaction(async (tx) => {
    // One seeder at a time, even with several servers starting together.
    await tx.execute(sql`select pg_advisory_xact_lock(7263401)`);
    const [existing] = await tx.select({ id: units.id }).from(units).where(eq(units.slug, "bureau")).limit(1);
    if (existing) return { seeded: false };
    const bureau = buildDemoBureau();
    await insertBureau(tx, bureau);
    await insertDemoServices(tx);

    const station = bureau.officers.find((o) => o.unitSlug.endsWith("-station") && o.leadershipRank === null && o.published);
    const [officer] = station ? await tx.select().from(officers).where(eq(officers.badgeNumber, station.badgeNumber)).limit(1) : [];
    const villageBadge = bureau.areas.find((a) => a.nameZh === DESK_DEMO_VILLAGE)?.responsibleBadge;
    const [villageOfficer] = villageBadge ? await tx.select().from(officers).where(eq(officers.badgeNumber, villageBadge)).limit(1) : [];
    const linkedOfficer = (email: string) => (email === "village-officer@demo.test" ? villageOfficer : officer);
    await tx
      .insert(users)
      .values(
        demoAccounts.map((account) => ({
          ...account,
          passwordHash,
          officerId: account.role === "officer" ? (linkedOfficer(account.email)?.id ?? null) : null,
          unitId: account.role === "officer" ? (linkedOfficer(account.email)?.unitId ?? null) : null,
        })),
      )
      .onConflictDoNothing({ target: users.email });

    const bureauUnit = bureau.units[0]!;
    const siteSettings = [
      {
        key: "bureau",
        value: {
          nameZh: DEMO_BUREAU_NAME.zh,
          nameEn: DEMO_BUREAU_NAME.en,
          addressZh: bureauUnit.addressZh,
          addressEn: bureauUnit.addressEn,
          dutyPhone: bureauUnit.dutyPhone,
        },
      },
      { key: "demoData", value: true },
    ];
    for (const setting of siteSettings) {
      await tx
        .insert(settings)
        .values(setting)
        .onConflictDoUpdate({ target: settings.key, set: { value: setting.value, updatedAt: new Date() } });
    }
    await tx.insert(replyTemplates).values([
      {
        title: "已受理 · Accepted",
        bodyZh: "您好，您反映的问题（编号 {trackingNumber}）已由{unit}受理，我们将在 {deadline} 前答复。",
        bodyEn: "Your message {trackingNumber} has been accepted by {unit}; we will answer by {deadline}.",
      },
      {
        title: "已转办 · Referred",
        bodyZh: "您好，您反映的“{subject}”不属于公安机关职责，已转交有关部门办理。",
        bodyEn: 'Your message about "{subject}" is not a police matter and has been passed to the responsible department.',
      },
    ]);
    await seedDemoNeighbourhood(tx, officer?.unitId ?? null);
    await seedDemoRatings(tx);
    const day = 24 * 60 * 60 * 1000;
    const serviceIds = new Map((await tx.select({ id: services.id, slug: services.slug }).from(services)).map((s) => [s.slug, s.id]));
    const inserted = await tx
      .insert(articles)
      .values(
        DEMO_ARTICLES.map(({ daysAgo, serviceSlug, annex: _annex, ...a }) => ({
          ...a,
          serviceId: serviceSlug ? (serviceIds.get(serviceSlug) ?? null) : null,
          publishedAt: a.status === "draft" ? null : new Date(Date.now() - daysAgo * day),
        })),
      )
      .returning({ id: articles.id });
    await tx
      .insert(articleAttachments)
      .values(
        DEMO_ARTICLES.flatMap(({ annex }, i) =>
          annex ? [{ articleId: inserted[i]!.id, fileName: annex.fileName, ...demoPdf(annex.lines) }] : [],
        ),
      );
    await generateRequests(tx, HISTORY_REQUESTS, { history: true });
    return { seeded: true };
  });
}

/**
 * With the demo switched off, no account keeps the password the README
 * publishes: a database once seeded with the demo and now served for real
 * loses the demo accounts' passwords (and their sessions). An admin can send
 * them a password link like any account. Returns how many were retired.
 */
export async function retireDemoPasswords(db: Db): Promise<number> {
  const rows = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(
      and(
        inArray(
          users.email,
          demoAccounts.map((a) => a.email),
        ),
        isNotNull(users.passwordHash),
      ),
    );
  let retired = 0;
  for (const row of rows) {
    if (!(await verifyPassword(row.passwordHash, DEMO_PASSWORD))) continue;
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash: null }).where(eq(users.id, row.id));
      await tx
        .update(sessions)
        .set({ endedAt: new Date() })
        .where(and(eq(sessions.userId, row.id), isNull(sessions.endedAt)));
    });
    retired++;
  }
  return retired;
}
