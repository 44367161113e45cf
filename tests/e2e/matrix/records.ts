import { expect, type APIRequestContext } from "@playwright/test";

import type { Sql } from "./database";
import { actionIds, filled, formsFor, post, type Form } from "./forms";
import type { Role, Sessions } from "./sessions";

// The records the matrix tries every route with. Two requests carry marker
// strings in every field: `own` in the demo officer's station (sent by the demo
// resident, signed in), `other` in another station (sent signed out). A third,
// `spare`, is the one the resident's own actions (track, withdraw, rate …)
// change. An unpublished officer is the directory's forbidden record.

/** What of a record a page may show: its subject, what only its handlers see, the resident's keys to it. */
export type Part = "public" | "private" | "key";
export type Group = `${"own" | "other"}.${Part}` | "unpublished";

export type Sentinel = {
  id: number;
  trackingNumber: string;
  trackToken: string;
  attachmentId: number;
  /** The internal note staff add to it (also one of its private markers). */
  note: string;
  markers: Record<Part, string[]>;
};

export type Records = {
  /** The random word in every marker of this run. */
  tag: string;
  own: Sentinel;
  other: Sentinel;
  spare: { id: number; trackingNumber: string; accessCode: string; trackToken: string; idempotencyKey: string };
  stationA: { id: number; slug: string };
  stationB: { id: number; slug: string };
  unpublished: { id: number; badge: string; name: string; unitSlug: string };
  published: { id: number; badge: string };
  area: { id: number; unitId: number; responsibleOfficerId: number };
  users: Record<Exclude<Role, "signedOut">, number>;
  /** The directory's CSV of one officer exactly as it is: an import that changes nothing. */
  officerCsv: string;
  /** A resident account no one signs in with, for the admins' account actions. */
  bystander: number;
  /** A moderator's account no one signs in with (invited, no password yet), for the admins' staff-account actions. */
  staffBystander: number;
  markers: Record<Group, string[]>;
};

/** What each role may ever see: staff their scope's requests, residents their own, nobody the resident's keys but the resident. */
export const knownTo: Record<Role, Group[]> = {
  signedOut: [],
  resident: ["own.public", "own.key"],
  officer: ["own.public", "own.private", "unpublished"],
  moderator: ["own.public", "own.private", "other.public", "other.private", "unpublished"],
  admin: ["own.public", "own.private", "other.public", "other.private", "unpublished"],
};

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
const submitAction = "app/(public)/feedback/new/actions.ts#submitFeedbackAction";

/** The feedback form as the page renders it for this client. */
async function feedbackForm(session: APIRequestContext, topic: string): Promise<Form> {
  const page = `/feedback/new?topic=${topic}`;
  const [form] = formsFor(await (await session.get(page)).text(), page, actionIds().get(submitAction)!);
  if (!form) throw new Error(`no feedback form on ${page}`);
  return form;
}

/** Sends the feedback form; the receipt's tracking number and access code, and the form's idempotency key. */
async function send(session: APIRequestContext, topic: string, values: Record<string, string | File>) {
  const form = filled(await feedbackForm(session, topic), values);
  const html = await (await post(session, form)).text();
  const [trackingNumber, accessCode] = [...html.matchAll(/<dd class="font-mono font-bold">([^<]+)<\/dd>/g)].map((m) => m[1]!);
  // Without a receipt, the page says why (the per-address limit on submissions, say).
  const problem = /role="alert"[\s\S]*?<\/div>/.exec(html)?.[0].replace(/<[^>]+>/g, " ");
  expect(trackingNumber, `a receipt for "${values.subject}" ${problem ?? ""}`).toMatch(/^F\d{6}-[2-9A-Z]{6}$/);
  const idempotencyKey = String(form.fields.find(([name]) => name === "idempotencyKey")?.[1]);
  return { trackingNumber: trackingNumber!, accessCode: accessCode!, idempotencyKey };
}

async function sentinel(sql: Sql, session: APIRequestContext, name: "own" | "other", unitSlug: string, tag: string): Promise<Sentinel> {
  const title = name === "own" ? "Own" : "Other";
  const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  const values = {
    subject: `${title} subject ${tag}`,
    body: `${title} details ${tag}`,
    unitConcerned: unitSlug,
    contactName: `${title} Contact ${tag}`,
    contactPhone: phone,
    contactEmail: `${name}.${tag}@matrix.test`,
    consentToPublish: "on",
    attachments: new File([png], `${name}-${tag}.png`, { type: "image/png" }),
  };
  const { trackingNumber } = await send(session, "complaint", values);
  const [row] = await sql<{ id: string; trackToken: string; accessCodeHash: string; attachmentId: string }[]>`
    select r.id, r.track_token as "trackToken", r.access_code_hash as "accessCodeHash", a.id as "attachmentId"
    from requests r join attachments a on a.request_id = r.id where r.tracking_number = ${trackingNumber}`;
  const note = `${title} internal note ${tag}`;
  return {
    id: Number(row!.id),
    trackingNumber,
    trackToken: row!.trackToken,
    attachmentId: Number(row!.attachmentId),
    note,
    markers: {
      public: [values.subject],
      private: [values.body, values.contactName, phone, values.contactEmail, note, values.attachments.name],
      key: [row!.trackToken, row!.accessCodeHash],
    },
  };
}

/** Adds the sentinel's internal note as the moderator, through the request page's form. */
async function addNote(sql: Sql, session: APIRequestContext, record: Sentinel) {
  const page = `/staff/requests/${record.trackingNumber}`;
  const id = actionIds().get("app/(staff)/staff/requests/[trackingNo]/actions.ts#replyAction")!;
  const [form] = formsFor(await (await session.get(page)).text(), page, id);
  if (!form) throw new Error(`no reply form on ${page}`);
  await post(session, filled(form, { body: record.note, visibility: "internal" }));
  const notes =
    await sql`select 1 from request_events where request_id = ${record.id} and body = ${record.note} and visibility = 'internal'`;
  expect(notes.length, `the internal note on ${record.trackingNumber}`).toBe(1);
}

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`no ${what} in the demo data`);
  return row;
}

/** Finds the demo records the matrix needs and makes the requests it tries (three submissions from this address). */
export async function arrangeRecords(sql: Sql, sessions: Sessions): Promise<Records> {
  const tag = Math.random().toString(36).slice(2, 8);
  const users = Object.fromEntries(
    (await sql<{ email: string; id: number }[]>`select email, id from users where email like '%@demo.test'`).map((u) => [
      u.email.split("@")[0],
      u.id,
    ]),
  ) as Records["users"];
  const stationA = await one(
    sql<{ id: number; slug: string }[]>`
    select u.id, u.slug from units u join users a on a.unit_id = u.id where a.email = 'officer@demo.test'`,
    "officer's station",
  );
  const stationB = await one(
    sql<{ id: number; slug: string }[]>`
    select id, slug from units where kind = 'station' and id <> ${stationA.id} order by slug limit 1`,
    "second station",
  );
  // A name no other officer, unit or village contains, so finding it anywhere means finding this officer.
  const unpublished = await one(
    sql<{ id: number; badge: string; name: string; unitSlug: string }[]>`
    select o.id, o.badge_number as badge, o.name_zh as name, u.slug as "unitSlug"
    from officers o join units u on u.id = o.unit_id
    where not o.published and char_length(o.name_zh) >= 3
      and not exists (select 1 from officers p where p.id <> o.id and strpos(p.name_zh, o.name_zh) > 0)
      and not exists (select 1 from areas a where strpos(a.name_zh, o.name_zh) > 0)
      and not exists (select 1 from units n where strpos(n.name_zh, o.name_zh) > 0)
    order by o.id limit 1`,
    "unpublished officer",
  );
  const published = await one(
    sql<{ id: number; badge: string }[]>`
    select id, badge_number as badge from officers where published and unit_id = ${stationA.id} order by id limit 1`,
    "published officer",
  );
  const area = await one(
    sql<{ id: number; unitId: number; responsibleOfficerId: number }[]>`
    select id, unit_id as "unitId", responsible_officer_id as "responsibleOfficerId"
    from areas where unit_id = ${stationA.id} and responsible_officer_id is not null order by id limit 1`,
    "area",
  );
  const [bystander] = await sql<{ id: number }[]>`
    insert into users (email, name, role) values (${`bystander.${tag}@matrix.test`}, 'Matrix Bystander', 'resident') returning id`;
  const [staffBystander] = await sql<{ id: number }[]>`
    insert into users (email, name, role) values (${`staff.${tag}@matrix.test`}, 'Matrix Staff', 'moderator') returning id`;

  const exported = (await (await sessions.moderator.get("/staff/directory/export/officers")).text()).split(/\r?\n/);
  const officerCsv = [exported[0], exported.find((line) => line.startsWith(`${published.badge},`))].join("\n") + "\n";

  const own = await sentinel(sql, sessions.resident, "own", stationA.slug, tag);
  const other = await sentinel(sql, sessions.signedOut, "other", stationB.slug, tag);
  for (const record of [own, other]) await addNote(sql, sessions.moderator, record);
  const spareReceipt = await send(sessions.signedOut, "suggestion", {
    subject: `Spare suggestion ${tag}`,
    body: "A bench by the bus stop would help.",
    unitConcerned: stationA.slug,
    contactEmail: `spare.${tag}@matrix.test`,
  });
  const [spare] = await sql<{ id: string; trackToken: string }[]>`
    select id, track_token as "trackToken" from requests where tracking_number = ${spareReceipt.trackingNumber}`;

  return {
    tag,
    own,
    other,
    spare: { id: Number(spare!.id), trackToken: spare!.trackToken, ...spareReceipt },
    stationA,
    stationB,
    unpublished,
    published,
    area,
    users,
    officerCsv,
    bystander: bystander!.id,
    staffBystander: staffBystander!.id,
    markers: {
      "own.public": own.markers.public,
      "own.private": own.markers.private,
      "own.key": own.markers.key,
      "other.public": other.markers.public,
      "other.private": other.markers.private,
      "other.key": other.markers.key,
      unpublished: [unpublished.name],
    },
  };
}

/** The marker strings of the groups a role may not see that appear in a payload. */
export function leaks(records: Records, payload: string, allowed: readonly Group[]): string[] {
  return (Object.keys(records.markers) as Group[])
    .filter((group) => !allowed.includes(group))
    .flatMap((group) => records.markers[group].filter((marker) => payload.includes(marker)).map((marker) => `${group}: ${marker}`));
}
