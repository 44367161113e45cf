import { scaleBand, scaleLinear } from "d3-scale";

const WIDTH = 640;
const BAR = 26;
const M = { top: 8, right: 48, bottom: 8, left: 200 };

/**
 * Horizontal bars drawn on the server as SVG, one per label, with the value
 * written at the end of each bar. The table beside it holds the figures.
 */
export function BarChart({
  id,
  title,
  description,
  bars,
}: {
  id: string;
  title: string;
  description: string;
  bars: { label: string; value: number }[];
}) {
  const height = M.top + M.bottom + BAR * bars.length;
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([M.top, height - M.bottom])
    .padding(0.2);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((b) => b.value))])
    .nice()
    .range([M.left, WIDTH - M.right]);
  return (
    <figure className="mb-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl"
        fontSize={12}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((b, i) => (
          <g key={b.label}>
            <text x={M.left - 6} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.32em" textAnchor="end" fill="#0f172a">
              {b.label}
            </text>
            <rect x={M.left} y={y(i)} width={Math.max(0, x(b.value) - M.left)} height={y.bandwidth()} fill="#047857" />
            <text x={x(b.value) + 4} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.32em" fill="#0f172a">
              {b.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
