import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// Server actions called the way a browser without JavaScript calls them: the
// page's form is read from the server-rendered HTML (its hidden $ACTION_…
// fields name the action and carry its bound arguments) and posted as
// multipart/form-data, with whatever cookies the caller holds.

const root = path.resolve(import.meta.dirname, "../../..");

/** Every server action of the build, "app/…/actions.ts#exportName" → action id (from Next.js's manifest). */
let ids: Map<string, string> | null = null;
export function actionIds(): Map<string, string> {
  if (ids) return ids;
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  ids = new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
  return ids;
}

export type Field = [name: string, value: string | File];

/** A form as a browser would send it: its fields, in order, and the page it was read from. */
export type Form = { page: string; fields: Field[] };

const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/\s([\w:$-]+)(?:="([^"]*)")?/g)) found[name!.toLowerCase()] = unescape(value ?? "");
  return found;
}

/** The fields a browser without JavaScript sends for this form's HTML (no submit button's own name). */
function fieldsOf(html: string): Field[] {
  const fields: Field[] = [];
  for (const [element] of html.matchAll(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g)) {
    const tag = element.slice(0, element.indexOf(">") + 1);
    const inner = element.slice(tag.length).replace(/<\/\w+>$/, "");
    const a = attributes(tag);
    if (!a.name || "disabled" in a) continue;
    if (tag.startsWith("<select")) {
      const options = [...inner.matchAll(/(<option\b[^>]*>)([^<]*)/g)].map(([, option, text]) => ({
        attributes: attributes(option!),
        text: text!,
      }));
      const chosen = options.find((option) => "selected" in option.attributes) ?? options[0];
      if (chosen) fields.push([a.name, chosen.attributes.value ?? unescape(chosen.text)]);
    } else if (tag.startsWith("<textarea")) {
      fields.push([a.name, unescape(inner.replace(/^\n/, ""))]);
    } else {
      const type = a.type ?? "text";
      if (["submit", "button", "image", "reset", "file"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && !("checked" in a)) continue;
      fields.push([a.name, a.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
    }
  }
  return fields;
}

/** The id of the action a form posts to, or null for a form that is not a server action's. */
function formActionId(fields: Field[]): string | null {
  for (const [name, value] of fields) {
    if (name.startsWith("$ACTION_ID_")) return name.slice("$ACTION_ID_".length);
    if (/^\$ACTION_\d+:0$/.test(name) && typeof value === "string") return (JSON.parse(value) as { id: string }).id;
  }
  return null;
}

/** Every form on the page that posts to this action. */
export function formsFor(html: string, page: string, actionId: string): Form[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)]
    .map(([, inner]) => fieldsOf(inner!))
    .filter((fields) => formActionId(fields) === actionId)
    .map((fields) => ({ page, fields }));
}

/** The bound arguments a form carries for its action (a tracking number, a record's id …), as sent. */
export function boundArguments(form: Form): unknown[] {
  const bound = form.fields.find(([name]) => /^\$ACTION_\d+:1$/.test(name));
  return bound ? (JSON.parse(bound[1] as string) as unknown[]) : [];
}

/** The form with some fields set (replacing every field of that name; an array sets one field per value). */
export function filled(form: Form, values: Record<string, string | string[] | File>): Form {
  const fields = form.fields.filter(([name]) => !(name in values));
  for (const [name, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) fields.push([name, one]);
  }
  return { page: form.page, fields };
}

/** Posts the form as a browser without JavaScript would, redirects not followed. */
export function post(request: APIRequestContext, form: Form): Promise<APIResponse> {
  const body = new FormData();
  for (const [name, value] of form.fields) body.append(name, value);
  return request.post(form.page, { multipart: body, maxRedirects: 0 });
}

/** The form with the arguments bound to its action replaced, as a client may send whatever it likes. */
export function rebound(form: Form, bound: unknown[]): Form {
  return {
    page: form.page,
    fields: form.fields.map(([name, value]) => [name, /^\$ACTION_\d+:1$/.test(name) ? JSON.stringify(bound) : value]),
  };
}
