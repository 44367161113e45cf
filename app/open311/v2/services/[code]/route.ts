import { open311Service } from "@/domain/open311/catalogue";
import { withContentTag } from "@/lib/conditional-get";
import { xmlDocument, xmlList } from "@/lib/core/xml";
import { checkJurisdiction, open311Ctx } from "@/lib/open311/context";
import { serviceDefinition } from "@/lib/open311/present";
import { answer, open311Error, splitFormat, unknownResource } from "@/lib/open311/respond";

/** GET services/{code}: the service definition, with each attribute a POST fills. */
export async function GET(request: Request, params: { params: Promise<{ code: string }> }) {
  return withContentTag(request, await answerGet(request, params));
}

async function answerGet(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const ctx = await open311Ctx();
  const resource = splitFormat((await params).code);
  if (!resource) return unknownResource(undefined, ctx.locale);
  try {
    await checkJurisdiction(request);
    const definition = await serviceDefinition(await open311Service(resource.name), ctx.locale);
    return answer(resource.format, definition, () =>
      xmlDocument("service_definition", {
        service_code: definition.service_code,
        attributes: xmlList(
          "attribute",
          definition.attributes.map(({ values, ...attribute }) => ({ ...attribute, values: values && xmlList("value", values) })),
        ),
      }),
    );
  } catch (error) {
    return open311Error(error, resource.format, ctx.locale);
  }
}
