// The OCR engine's input format (binary PGM) and the PNM reader used for fixtures.
import { describe, expect, it } from 'vitest';
import { decodePnm, encodePgm } from '../../../src/pipeline/ocr-input.ts';
import { greyImage } from '../../../src/pipeline/prepare-grey.ts';

describe('PGM for the OCR engine', () => {
  it('writes a P5 header and the grey pixels, converting RGBA', () => {
    const grey = greyImage(3, 2, Uint8ClampedArray.from([0, 50, 100, 150, 200, 250]));
    const bytes = encodePgm(grey);
    expect(new TextDecoder().decode(bytes.subarray(0, 11))).toBe('P5\n3 2\n255\n');
    expect(decodePnm(bytes)).toEqual(grey);
    const rgba = {
      data: Uint8ClampedArray.from([255, 255, 255, 255, 0, 0, 0, 255]),
      width: 2,
      height: 1,
    };
    expect([...encodePgm(rgba).subarray(-2)]).toEqual([255, 0]);
  });

  it('reads colour PPM with comments, and refuses anything else', () => {
    const header = new TextEncoder().encode('P6\n# made by hand\n1 1\n255\n');
    const ppm = new Uint8Array([...header, 10, 20, 30]);
    expect(decodePnm(ppm)).toEqual({
      data: Uint8ClampedArray.from([10, 20, 30, 255]),
      width: 1,
      height: 1,
    });
    expect(() => decodePnm(new TextEncoder().encode('P2\n1 1\n255\n0'))).toThrow();
    expect(() =>
      decodePnm(new Uint8Array([...new TextEncoder().encode('P5\n4 4\n255\n'), 1])),
    ).toThrow();
  });
});
