import { dataPackage, dataPackageValidator } from "@/domain/open-data/datapackage";
import { getCtx } from "@/lib/auth/context";
import { isFresh, notModified, validatorHeaders } from "@/lib/conditional-get";
import { problemResponse } from "@/lib/errors";

/** The Frictionless Data Package describing every open-data file. */
export async function GET(request: Request) {
  try {
    const validator = await dataPackageValidator(await getCtx());
    if (isFresh(request, validator)) return notModified(validator);
    return Response.json(dataPackage(), { headers: validatorHeaders(validator) });
  } catch (error) {
    return problemResponse(error);
  }
}
