// Small charts drawn as SVG from the summary's figures: no chart library, and every chart has its numbers as text too.

export interface Bar {
  label: string;
  value: number;
}

/** Room for the first and last tick labels, which are centred under their bars. */
const PAD = 18;

export function BarChart(props: { title: string; bars: Bar[]; format?: (value: number) => string; height?: number }) {
  const format = props.format ?? ((value: number) => value.toLocaleString());
  const height = props.height ?? 160;
  const width = Math.max(320, props.bars.length * 14);
  const max = Math.max(1, ...props.bars.map((bar) => bar.value));
  const slot = width / Math.max(1, props.bars.length);
  const barWidth = Math.min(56, Math.max(2, slot - 6));
  // Every label when they fit, else every few (24 hours: every sixth).
  const labelEvery = props.bars.length <= 8 ? 1 : Math.ceil(props.bars.length / 4);
  const summary = props.bars.map((bar) => `${bar.label}: ${format(bar.value)}`).join(', ');
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      {props.bars.length === 0 ? (
        <p class="muted">No data in this range.</p>
      ) : (
        <svg viewBox={`0 0 ${width + 2 * PAD} ${height + 20}`} role="img" aria-label={`${props.title}: ${summary}`}>
          <text x={0} y={10} class="tick">
            {`max ${format(max)}`}
          </text>
          <line x1={PAD} y1={height} x2={width + PAD} y2={height} class="axis" />
          {props.bars.map((bar, index) => {
            const barHeight = (bar.value / max) * (height - 24);
            const centre = PAD + index * slot + slot / 2;
            return (
              <g key={index}>
                <rect x={centre - barWidth / 2} y={height - barHeight} width={barWidth} height={barHeight} class="bar">
                  <title>{`${bar.label}: ${format(bar.value)}`}</title>
                </rect>
                {bar.value > 0 && props.bars.length <= 12 && (
                  <text x={centre} y={height - barHeight - 3} text-anchor="middle" class="value">
                    {format(bar.value)}
                  </text>
                )}
                {index % labelEvery === 0 && (
                  <text x={centre} y={height + 14} text-anchor="middle" class="tick">
                    {bar.label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
