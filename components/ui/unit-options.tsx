/** A unit as a choice in a list: its value (slug or id) and its name in the page's language. */
export type UnitChoice = { value: string; name: string };
export type UnitChoiceGroup = { label: string; units: UnitChoice[] };

type Unit = { kind: string; slug: string; parentSlug: string | null; name: string; value: string };
type Labels = { leadership: string; brigades: string; stations: string; workStationsOf: (station: string) => string };

/**
 * About 80 units a resident or a duty officer can scan: leadership and
 * offices, brigades, police stations, then each station's work stations
 * under it, each group in the directory's own order.
 */
export function groupUnits(units: readonly Unit[], labels: Labels): UnitChoiceGroup[] {
  const choice = (u: Unit): UnitChoice => ({ value: u.value, name: u.name });
  const stations = units.filter((u) => u.kind === "station");
  const groups: UnitChoiceGroup[] = [
    { label: labels.leadership, units: units.filter((u) => u.kind === "bureau" || u.kind === "office").map(choice) },
    { label: labels.brigades, units: units.filter((u) => u.kind === "brigade").map(choice) },
    { label: labels.stations, units: stations.map(choice) },
    ...stations.map((station) => ({
      label: labels.workStationsOf(station.name),
      units: units.filter((u) => u.kind === "work_station" && u.parentSlug === station.slug).map(choice),
    })),
  ];
  return groups.filter((g) => g.units.length > 0);
}

/** The groups as <optgroup>s, for any <select> of units. */
export function UnitOptions({ groups }: { groups: readonly UnitChoiceGroup[] }) {
  return groups.map((group) => (
    <optgroup key={group.label} label={group.label}>
      {group.units.map((u) => (
        <option key={u.value} value={u.value}>
          {u.name}
        </option>
      ))}
    </optgroup>
  ));
}
