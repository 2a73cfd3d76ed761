// Small charts drawn as SVG from the summary's figures: no chart library, and every chart has its numbers as text too.

export interface Bar {
  label: string;
  value: number;
}

export function BarChart(props: { title: string; bars: Bar[]; format?: (value: number) => string; height?: number }) {
  const format = props.format ?? ((value: number) => value.toLocaleString());
  const height = props.height ?? 160;
  const width = Math.max(320, props.bars.length * 14);
  const max = Math.max(1, ...props.bars.map((bar) => bar.value));
  const barWidth = width / Math.max(1, props.bars.length);
  // Every label when they fit, else every few (24 hours: every sixth).
  const labelEvery = props.bars.length <= 8 ? 1 : Math.ceil(props.bars.length / 4);
  const summary = props.bars.map((bar) => `${bar.label}: ${format(bar.value)}`).join(', ');
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      {props.bars.length === 0 ? (
        <p class="muted">No data in this range.</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={`${props.title}: ${summary}`}>
          <line x1={0} y1={height} x2={width} y2={height} class="axis" />
          {props.bars.map((bar, index) => {
            const barHeight = (bar.value / max) * (height - 14);
            return (
              <g key={index}>
                <rect x={index * barWidth + 3} y={height - barHeight} width={Math.max(2, barWidth - 6)} height={barHeight} class="bar">
                  <title>{`${bar.label}: ${format(bar.value)}`}</title>
                </rect>
                {bar.value > 0 && props.bars.length <= 12 && (
                  <text x={index * barWidth + barWidth / 2} y={height - barHeight - 3} text-anchor="middle" class="value">
                    {format(bar.value)}
                  </text>
                )}
                {index % labelEvery === 0 && (
                  <text x={index * barWidth + barWidth / 2} y={height + 14} text-anchor="middle" class="tick">
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
