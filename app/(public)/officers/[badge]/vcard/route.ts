import { getOfficerProfile } from "@/domain/directory/public-queries";
import { officerVCard } from "@/domain/directory/vcard";
import { getSiteInfo } from "@/domain/site/queries";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

export async function GET(request: Request, { params }: { params: Promise<{ badge: string }> }) {
  try {
    const ctx = await getCtx();
    const { badge } = await params;
    const officer = await getOfficerProfile(ctx, badge);
    const site = await getSiteInfo("zh-CN");
    const profileUrl = new URL(`/officers/${officer.badgeNumber}`, request.url).toString();
    const card = officerVCard(officer, site.bureauName, officer.unit.nameZh, officer.titleZh, profileUrl);
    return new Response(card, {
      headers: {
        "Content-Type": "text/vcard; charset=utf-8",
        "Content-Disposition": `attachment; filename="officer-${officer.badgeNumber}.vcf"; filename*=UTF-8''${encodeURIComponent(officer.nameZh)}.vcf`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
