import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../../src/domain/file-kind.ts';
import {
  maxTiffIfds,
  readImageDimensions,
  type PageDimensions,
} from '../../../src/pipeline/image-dimensions.ts';
import {
  bytes,
  ftyp,
  heic,
  jpegHeader,
  png1x1,
  pngHeader,
  tiff,
  webpExtended,
  webpLossless,
  webpLossy,
} from './capture-fixtures.ts';

const readable: readonly (readonly [string, Uint8Array, FileKind, PageDimensions[]])[] = [
  ['real 1x1 PNG', png1x1, 'png', [{ width: 1, height: 1 }]],
  ['large PNG header', pngHeader(30_000, 20_000), 'png', [{ width: 30_000, height: 20_000 }]],
  [
    'JPEG with SOF0 after APP1/Exif, DQT and DHT',
    jpegHeader(640, 480),
    'jpeg',
    [{ width: 640, height: 480 }],
  ],
  [
    'progressive JPEG (SOF2)',
    jpegHeader(4000, 3000, 0xc2),
    'jpeg',
    [{ width: 4000, height: 3000 }],
  ],
  ['WebP VP8', webpLossy(16_383, 2), 'webp', [{ width: 16_383, height: 2 }]],
  ['WebP VP8L', webpLossless(16_384, 300), 'webp', [{ width: 16_384, height: 300 }]],
  ['WebP VP8X', webpExtended(16_777_216, 5), 'webp', [{ width: 16_777_216, height: 5 }]],
  ['HEIC ispe (largest wins)', heic(4032, 3024), 'heic', [{ width: 4032, height: 3024 }]],
];

describe('readImageDimensions reads headers', () => {
  it.each(readable)('%s', (_, input, kind, expected) => {
    expect(readImageDimensions(input, kind)).toEqual(expected);
  });
});

describe('readImageDimensions walks TIFF page chains', () => {
  const twoPages: [number, number][] = [
    [2480, 3508],
    [1240, 1754],
  ];
  const expected = twoPages.map(([width, height]) => ({ width, height }));

  it.each([
    ['little-endian, SHORT', { order: 'II' }],
    ['big-endian, SHORT', { order: 'MM' }],
    ['little-endian, LONG', { order: 'II', long: true }],
    ['big-endian, LONG', { order: 'MM', long: true }],
    ['BigTIFF little-endian', { order: 'II', bigTiff: true }],
    ['BigTIFF big-endian, LONG', { order: 'MM', bigTiff: true, long: true }],
  ] as const)('two pages, %s', (_, options) => {
    expect(readImageDimensions(tiff(twoPages, options), 'tiff')).toEqual(expected);
  });

  it.each([
    ['a self-loop', 0],
    ['a loop back from page 2', 1],
  ])('treats an IFD cycle (%s) as damaged', (_, cycleFrom) => {
    expect(readImageDimensions(tiff(twoPages, { order: 'II', cycleFrom }), 'tiff')).toBeUndefined();
  });

  it('stops a very long chain at the cap', () => {
    const pages = Array.from({ length: maxTiffIfds + 5 }, () => [1, 1] as [number, number]);
    expect(readImageDimensions(tiff(pages, { order: 'MM' }), 'tiff')).toHaveLength(maxTiffIfds);
  });

  it('refuses an IFD pointing past the end', () => {
    const broken = tiff(twoPages, { order: 'II' });
    new DataView(broken.buffer).setUint32(4, 0x7fff_fff0, true);
    expect(readImageDimensions(broken, 'tiff')).toBeUndefined();
  });
});

describe('readImageDimensions on damaged input', () => {
  const samples: readonly (readonly [FileKind, Uint8Array])[] = [
    ['png', png1x1],
    ['jpeg', jpegHeader(640, 480)],
    ['webp', webpLossy(10, 10)],
    ['webp', webpLossless(10, 10)],
    ['webp', webpExtended(10, 10)],
    [
      'tiff',
      tiff(
        [
          [5, 5],
          [6, 6],
        ],
        { order: 'II' },
      ),
    ],
    [
      'tiff',
      tiff(
        [
          [5, 5],
          [6, 6],
        ],
        { order: 'MM', bigTiff: true },
      ),
    ],
    ['heic', heic(10, 10)],
  ];

  it.each(samples)(
    '%s: every truncation returns undefined or the full answer, never throws',
    (kind, sample) => {
      const full = readImageDimensions(sample, kind);
      expect(full).toBeDefined();
      for (let length = 0; length < sample.length; length++) {
        const partial = readImageDimensions(sample.subarray(0, length), kind);
        if (partial !== undefined) expect(partial).toEqual(full);
      }
    },
  );

  it('returns undefined for a header cut before the size fields', () => {
    expect(readImageDimensions(png1x1.subarray(0, 20), 'png')).toBeUndefined();
    expect(readImageDimensions(jpegHeader(1, 1).subarray(0, 40), 'jpeg')).toBeUndefined();
    expect(
      readImageDimensions(
        tiff(
          [
            [1, 1],
            [2, 2],
          ],
          { order: 'II' },
        ).subarray(0, 30),
        'tiff',
      ),
    ).toBeUndefined();
  });

  it('finishes on garbage after a JPEG SOI', () => {
    const fill = bytes([0xff, 0xd8], new Uint8Array(65_536).fill(0xff));
    const zeroLength = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0xff, 0xc0]);
    const entropyFirst = bytes([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]);
    for (const input of [fill, zeroLength, entropyFirst]) {
      expect(readImageDimensions(input, 'jpeg')).toBeUndefined();
    }
  });

  it('survives random bytes behind each signature', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 16) & 0xff;
    const prefixes: readonly (readonly [FileKind, Uint8Array])[] = [
      ['jpeg', bytes([0xff, 0xd8])],
      ['png', png1x1.subarray(0, 8)],
      ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBP')],
      ['tiff', bytes('II', [0x2a, 0, 8, 0, 0, 0])],
      ['tiff', bytes('MM', [0, 0x2b, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0x10])],
      ['heic', ftyp('heic', ['mif1'])],
    ];
    for (let round = 0; round < 300; round++) {
      for (const [kind, prefix] of prefixes) {
        const input = bytes(prefix, Uint8Array.from({ length: 200 }, random));
        expect(() => readImageDimensions(input, kind)).not.toThrow();
      }
    }
  });

  it('returns undefined for kinds without pixel headers', () => {
    expect(readImageDimensions(png1x1, 'pdf')).toBeUndefined();
    expect(readImageDimensions(png1x1, 'ubl')).toBeUndefined();
    expect(readImageDimensions(ftyp('heic', ['mif1']), 'heic')).toBeUndefined();
  });

  it('rejects zero-sized images', () => {
    expect(readImageDimensions(pngHeader(0, 10), 'png')).toBeUndefined();
    expect(readImageDimensions(jpegHeader(10, 0), 'jpeg')).toBeUndefined();
  });
});
