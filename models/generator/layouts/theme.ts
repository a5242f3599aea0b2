// Per-document visual style: fonts that exist on this machine, sizes, colours and spacing.
import type { Rng } from '../rng.ts';

export type FontKind = 'sans' | 'serif' | 'mono';

// Installed by fonts-dejavu, fonts-liberation, fonts-noto-core, fonts-urw-base35, fonts-crosextra-*,
// fonts-open-sans, fonts-lato, fonts-freefont-ttf (see README); missing ones fall back to a default.
const FONTS: Record<FontKind, readonly string[]> = {
  sans: [
    'Liberation Sans',
    'DejaVu Sans',
    'Nimbus Sans',
    'Open Sans',
    'Lato',
    'Carlito',
    'Noto Sans',
    'FreeSans',
    'URW Gothic',
    'Liberation Sans Narrow',
    'DejaVu Sans Condensed',
    'Nimbus Sans Narrow',
  ],
  serif: [
    'Liberation Serif',
    'DejaVu Serif',
    'Nimbus Roman',
    'Caladea',
    'Noto Serif',
    'P052',
    'C059',
    'URW Bookman',
    'FreeSerif',
  ],
  mono: ['DejaVu Sans Mono', 'Liberation Mono', 'Nimbus Mono PS', 'FreeMono', 'Noto Sans Mono'],
};

export const ALL_FONTS: readonly string[] = [...FONTS.sans, ...FONTS.serif, ...FONTS.mono];

export interface Theme {
  readonly font: string;
  readonly headFont: string;
  readonly size: number;
  readonly small: number;
  readonly lineHeight: number;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly rule: string;
  /** Page padding in mm: top, right, bottom, left. */
  readonly margin: readonly [number, number, number, number];
  readonly gap: number;
  readonly labelBold: boolean;
  readonly titleSize: number;
}

export function fontStack(name: string, kind: FontKind): string {
  const generic = kind === 'mono' ? 'monospace' : kind === 'serif' ? 'serif' : 'sans-serif';
  return `'${name}', ${generic}`;
}

export function makeTheme(
  rng: Rng,
  options: { kind?: FontKind; dense?: boolean; colourful?: number } = {},
): Theme {
  const kind =
    options.kind ??
    rng.weighted([
      ['sans', 7],
      ['serif', 2],
      ['mono', 0.4],
    ] as const);
  const font = rng.pick(FONTS[kind]);
  const headFont = rng.chance(0.25) ? rng.pick(FONTS[rng.pick(['sans', 'serif'] as const)]) : font;
  const size = options.dense ? rng.float(9, 11) : rng.float(10.5, 14);
  const hue = rng.int(0, 359);
  const colourful = rng.chance(options.colourful ?? 0.6);
  const sat = colourful ? rng.int(35, 80) : rng.int(0, 10);
  const light = rng.int(22, 45);
  const top = rng.float(10, 22);
  const side = rng.float(10, 25);
  return {
    font: fontStack(font, kind),
    headFont: fontStack(headFont, kind === 'mono' ? 'mono' : 'sans'),
    size: Math.round(size * 10) / 10,
    small: Math.round(size * rng.float(0.72, 0.88) * 10) / 10,
    lineHeight: Math.round(rng.float(1.15, 1.55) * 100) / 100,
    text: rng.pick(['#000', '#111', '#222', '#1a1a2e', '#2b2b2b', '#333']),
    muted: rng.pick(['#555', '#666', '#777', '#4a4a4a', '#5b6770']),
    accent: `hsl(${hue} ${sat}% ${light}%)`,
    accentSoft: `hsl(${hue} ${Math.min(sat, 60)}% ${rng.int(90, 96)}%)`,
    rule: rng.pick(['#000', '#333', '#999', '#bbb', '#ccc', `hsl(${hue} ${sat}% ${light}%)`]),
    margin: [top, side, rng.float(10, 20), side + rng.float(-3, 5)],
    gap: Math.round(rng.float(3, 9)),
    labelBold: rng.chance(0.5),
    titleSize: Math.round(size * rng.float(1.4, 2.6)),
  };
}

/** Base CSS shared by all families; families append their own rules. */
export function baseCss(t: Theme, page: { width: string; height: string }): string {
  const [mt, mr, mb, ml] = t.margin.map((m) => `${m.toFixed(1)}mm`);
  // Ligatures off: the image must show the characters the text layer has ("Nr.", not "№").
  return `@page{size:${page.width} ${page.height};margin:0}
html,body{margin:0;padding:0;background:#fff}
body{font-family:${t.font};font-size:${t.size}px;line-height:${t.lineHeight};color:${t.text};-webkit-print-color-adjust:exact;print-color-adjust:exact;font-variant-ligatures:none;font-feature-settings:"liga" 0,"dlig" 0}
.page{width:${page.width};height:${page.height};box-sizing:border-box;padding:${mt} ${mr} ${mb} ${ml};position:relative;overflow:hidden;break-after:page}
.page[data-autoheight]{height:auto}
h1,h2,h3,p{margin:0;font-weight:inherit;font-size:inherit}
h1{font-family:${t.headFont};font-size:${t.titleSize}px;font-weight:700;line-height:1.15}
table{border-collapse:collapse}
td,th{padding:0;vertical-align:top;text-align:left;font-weight:inherit}
.lbl{${t.labelBold ? 'font-weight:700;' : ''}color:${t.labelBold ? t.text : t.muted}}
.small{font-size:${t.small}px}
.muted{color:${t.muted}}
.num{text-align:right;white-space:nowrap}
.b{font-weight:700}
.accent{color:${t.accent}}
.row{display:flex;justify-content:space-between;gap:${t.gap * 2}mm}
.col{display:flex;flex-direction:column}
.gap{height:${t.gap}mm}
.right{text-align:right}
.center{text-align:center}
.nowrap{white-space:nowrap}`;
}
