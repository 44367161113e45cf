import { databaseIsReachable } from "@/domain/health";

export async function GET() {
  const ok = await databaseIsReachable();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "up" : "down" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
