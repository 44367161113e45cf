import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { TrackForm } from "@/components/feedback/track-form";
import { ClientMessages } from "@/components/ui/client-messages";

import { trackAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("track"))("title") };
}

export default async function TrackPage() {
  const t = await getTranslations("track");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      <ClientMessages
        paths={["track.trackingNumber", "track.accessCode", "track.submit", "track.pending", "track.errorTitle"]}
        errors={["required", "tooLong"]}
      >
        <TrackForm action={trackAction} />
      </ClientMessages>
    </>
  );
}
