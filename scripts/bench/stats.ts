// Medians and percentiles for the benchmark table.
export interface StageStats {
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly count: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function stageStats(values: readonly number[]): StageStats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    medianMs: round(percentile(sorted, 0.5)),
    p90Ms: round(percentile(sorted, 0.9)),
    count: sorted.length,
  };
}

export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
