import { requestIdForToken } from "@/domain/open311/read-requests";
import { withContentTag } from "@/lib/conditional-get";
import { open311Ctx } from "@/lib/open311/context";
import { answerList, open311Error, splitFormat, unknownResource } from "@/lib/open311/respond";

/** GET tokens/{token}: the id of the request a POST's token stands for. */
export async function GET(request: Request, params: { params: Promise<{ token: string }> }) {
  return withContentTag(request, await answerGet(params));
}

async function answerGet({ params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const ctx = await open311Ctx();
  const resource = splitFormat((await params).token);
  if (!resource) return unknownResource(undefined, ctx.locale);
  try {
    const id = await requestIdForToken(resource.name);
    return answerList(resource.format, "service_requests", "request", [{ service_request_id: id, token: resource.name }], {
      cache: "no-store",
    });
  } catch (error) {
    return open311Error(error, resource.format, ctx.locale);
  }
}
