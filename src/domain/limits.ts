// Input limits protect the tab from huge or hostile files; each is a user setting with a safe default.
export interface Limits {
  readonly maxFileBytes: number;
  readonly maxImagePixels: number;
  readonly maxPdfPages: number;
}

export const defaultLimits: Limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxImagePixels: 100_000_000,
  maxPdfPages: 500,
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatMegapixels(pixels: number): string {
  return `${Math.round(pixels / 100_000) / 10} MP`;
}
