import { PublicShell } from "@/components/layout/public-shell";
import { PageProblem } from "@/components/ui/page-problem";

export default function NotFound() {
  return (
    <PublicShell>
      <PageProblem kind="notFound" />
    </PublicShell>
  );
}
