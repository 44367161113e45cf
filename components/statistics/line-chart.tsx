import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";

export type LineSeries = { label: string; values: (number | null)[]; color: string; dashed?: boolean };

const WIDTH = 640;
const HEIGHT = 260;
const M = { top: 12, right: 16, bottom: 32, left: 44 };

/**
 * A line chart drawn on the server as SVG: percentages (0–100) by x label.
 * Points without a value are gaps. Screen readers get the title and the
 * description; the figures themselves are in the table beside it.
 */
export function LineChart({
  id,
  title,
  description,
  labels,
  series,
}: {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: LineSeries[];
}) {
  const x = scalePoint<string>()
    .domain(labels)
    .range([M.left, WIDTH - M.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - M.bottom, M.top]);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(labels[i]!) ?? 0)
    .y((v) => y(v ?? 0));
  // Every label while they fit, every other or third one after that.
  const step = Math.ceil(labels.length / 12);
  return (
    <figure className="mb-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl"
        fontSize={12}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" />
            <text x={M.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fill="#334155">
              {tick}%
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % step === 0 ? (
            <text key={label} x={x(label)} y={HEIGHT - M.bottom + 18} textAnchor="middle" fill="#334155">
              {label}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <g key={s.label}>
            <path d={path(s.values) ?? ""} fill="none" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dashed ? "6 4" : undefined} />
            {s.values.map((v, i) => (v === null ? null : <circle key={labels[i]} cx={x(labels[i]!)} cy={y(v)} r={3.5} fill={s.color} />))}
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 text-sm">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dashed ? "6 4" : undefined} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
