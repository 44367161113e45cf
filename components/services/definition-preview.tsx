"use client";

import { useTranslations } from "next-intl";

import type { FieldSpec } from "@/domain/services/field-definition";

import { ApplicationField } from "./application-field";

// The preview's controls are never sent or checked: they register nothing.
const inert = (name: string) => ({
  name,
  onChange: async () => undefined,
  onBlur: async () => undefined,
  ref: () => undefined,
});

/**
 * The fields a saved definition generates, drawn by the same component as the
 * application form, in a disabled fieldset: what residents will see, not a form.
 * Ids are prefixed so they cannot meet the editor's own.
 */
export function DefinitionPreview({ fields }: { fields: FieldSpec[] }) {
  const t = useTranslations("staffServices");
  return (
    <fieldset disabled className="min-w-0 rounded border-2 border-dashed border-slate-400 p-3">
      <legend className="px-1 font-bold">{t("previewLegend")}</legend>
      {fields.length === 0 ? (
        <p>{t("noFields")}</p>
      ) : (
        fields.map((spec) => {
          const name = `preview-${spec.name}`;
          return <ApplicationField key={spec.name} spec={{ ...spec, name }} register={inert(name)} />;
        })
      )}
    </fieldset>
  );
}
