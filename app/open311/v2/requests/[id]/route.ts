import { getOpen311Request } from "@/domain/open311/read-requests";
import { withContentTag } from "@/lib/conditional-get";
import { open311Ctx } from "@/lib/open311/context";
import { requestRecord } from "@/lib/open311/present";
import { answerList, open311Error, splitFormat, unknownResource } from "@/lib/open311/respond";

/** GET requests/{id}: one request, as a list of one (the standard's shape). */
export async function GET(request: Request, params: { params: Promise<{ id: string }> }) {
  return withContentTag(request, await answerGet(params));
}

async function answerGet({ params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const ctx = await open311Ctx();
  const resource = splitFormat((await params).id);
  if (!resource) return unknownResource(undefined, ctx.locale);
  try {
    const record = await requestRecord(await getOpen311Request(resource.name), ctx.locale);
    return answerList(resource.format, "service_requests", "request", [record]);
  } catch (error) {
    return open311Error(error, resource.format, ctx.locale);
  }
}
