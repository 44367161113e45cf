import { describe, expect, it } from "vitest";

import { groupUnits } from "@/components/ui/unit-options";

const unit = (kind: string, slug: string, parentSlug: string | null = null) => ({ kind, slug, parentSlug, name: slug, value: slug });
const labels = { leadership: "L", brigades: "B", stations: "S", workStationsOf: (s: string) => `W:${s}` };

describe("units grouped for a list", () => {
  it("puts leadership and offices, brigades and stations apart, and each station's work stations under it, in the given order", () => {
    const groups = groupUnits(
      [
        unit("bureau", "bureau"),
        unit("office", "command-centre"),
        unit("brigade", "traffic"),
        unit("station", "luwan", null),
        unit("work_station", "luwan-east", "luwan"),
        unit("station", "chengguan"),
        unit("brigade", "criminal"),
        unit("work_station", "luwan-west", "luwan"),
      ],
      labels,
    );
    expect(groups.map((g) => [g.label, g.units.map((u) => u.value)])).toEqual([
      ["L", ["bureau", "command-centre"]],
      ["B", ["traffic", "criminal"]],
      ["S", ["luwan", "chengguan"]],
      ["W:luwan", ["luwan-east", "luwan-west"]],
    ]);
  });
});
