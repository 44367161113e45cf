import { open311Services } from "@/domain/open311/catalogue";
import { postOpen311Request } from "@/domain/open311/post-request";
import { listOpen311Requests } from "@/domain/open311/read-requests";
import { withContentTag } from "@/lib/conditional-get";
import { checkJurisdiction, jurisdictionId, open311Ctx } from "@/lib/open311/context";
import { discoveryResponse } from "@/lib/open311/discovery";
import { readPost, receiptRecord } from "@/lib/open311/post";
import { requestRecord, serviceRecord } from "@/lib/open311/present";
import { answerList, open311Error, splitFormat, unknownResource } from "@/lib/open311/respond";

type Params = { params: Promise<{ resource: string }> };

/**
 * GET discovery, services and requests (with the standard's filters and
 * page/page_size), in JSON or XML; tagged by their bytes, and "not modified"
 * when the client's copy is current.
 */
export async function GET(request: Request, params: Params) {
  return withContentTag(request, await answerGet(request, params));
}

async function answerGet(request: Request, { params }: Params): Promise<Response> {
  const ctx = await open311Ctx();
  const resource = splitFormat((await params).resource);
  if (!resource) return unknownResource(undefined, ctx.locale);
  try {
    await checkJurisdiction(request);
    switch (resource.name) {
      case "discovery":
        return await discoveryResponse(resource.format, ctx.locale);
      case "services": {
        const services = await Promise.all((await open311Services()).map((s) => serviceRecord(s, ctx.locale)));
        return answerList(resource.format, "services", "service", services);
      }
      case "requests": {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        const found = await listOpen311Requests(query);
        return answerList(
          resource.format,
          "service_requests",
          "request",
          await Promise.all(found.map((r) => requestRecord(r, ctx.locale))),
        );
      }
      default:
        return await unknownResource(resource.format, ctx.locale);
    }
  } catch (error) {
    return open311Error(error, resource.format, ctx.locale);
  }
}

/** POST requests: a new request, with a live API key; the receipt as the standard's list of one. */
export async function POST(request: Request, { params }: Params) {
  const ctx = await open311Ctx();
  const resource = splitFormat((await params).resource);
  if (!resource || resource.name !== "requests") return unknownResource(resource?.format, ctx.locale);
  try {
    const receipt = await postOpen311Request(ctx, await readPost(request), await jurisdictionId());
    return answerList(resource.format, "service_requests", "request", [await receiptRecord(receipt, ctx.locale)], {
      cache: "no-store",
    });
  } catch (error) {
    return open311Error(error, resource.format, ctx.locale);
  }
}
