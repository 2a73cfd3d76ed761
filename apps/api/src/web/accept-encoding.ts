/**
 * The content coding to answer with, of those a file was precompressed in (`available`, the server's order of
 * preference), by the request's `Accept-Encoding`: the highest q-value wins, a tie goes to the server's order, and
 * null means the file as it is (no header, nothing acceptable, or `identity` preferred). Codings are case-insensitive;
 * `*` stands for any coding not named; `q=0` refuses one.
 */
export function preferredEncoding(header: string | undefined, available: readonly string[]): string | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!coding) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(coding, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  let best: string | null = null;
  let bestWeight = 0;
  for (const coding of available) {
    const weight = weightOf(coding);
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  // Identity is acceptable unless refused; only a stated preference for it over the best coding wins.
  const identity = weights.get('identity') ?? (weights.has('*') ? weightOf('*') : 0);
  return identity > bestWeight ? null : best;
}
