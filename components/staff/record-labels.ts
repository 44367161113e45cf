import { getTranslations } from "next-intl/server";

/**
 * The names staff read for the codes kept in the audit log and the outbox
 * ("user.sign_out_everywhere", "request.resolved"). A code without a name
 * yet shows as it is rather than failing the page.
 */
export async function recordLabels() {
  const audit = await getTranslations("audit");
  const outbox = await getTranslations("outbox");
  const named = (has: (key: string) => boolean, say: (key: string) => string, key: string, code: string) => (has(key) ? say(key) : code);
  return {
    action: (code: string) =>
      named(
        (k) => audit.has(k as "title"),
        (k) => audit(k as "title"),
        `actions.${code}`,
        code,
      ),
    entity: (entity: string, id: string | null) => {
      const name = named(
        (k) => audit.has(k as "title"),
        (k) => audit(k as "title"),
        `entities.${entity}`,
        entity,
      );
      return id ? audit("record", { entity: name, id }) : name;
    },
    template: (code: string) =>
      named(
        (k) => outbox.has(k as "title"),
        (k) => outbox(k as "title"),
        `templates.${code}`,
        code,
      ),
  };
}
