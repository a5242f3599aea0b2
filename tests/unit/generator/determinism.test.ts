// Same seed, same document: content, wording and HTML are a pure function of (seed, index).
import { describe, expect, it } from 'vitest';
import { compose } from '../../../models/generator/compose.ts';
import { makeInvoice } from '../../../models/generator/content/invoice.ts';
import { FAMILIES } from '../../../models/generator/layouts/registry.ts';
import { Rng } from '../../../models/generator/rng.ts';

describe('seeded generation', () => {
  it('the PRNG sequence is pinned, so a seed means the same data on every machine', () => {
    const rng = new Rng(1);
    const first = [rng.next(), rng.next(), rng.next()].map((x) => Math.round(x * 1e9));
    expect(first).toEqual(PINNED);
    expect(new Rng('a').fork('x').int(0, 1e6)).toBe(new Rng('a').fork('x').int(0, 1e6));
  });

  it('the same seed gives the same invoice content', () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(makeInvoice(seed, { lines: [1, 20] })).toEqual(makeInvoice(seed, { lines: [1, 20] }));
    }
  });

  it('the same seed and index give identical HTML and family', () => {
    for (let i = 0; i < 60; i++) {
      const a = compose(7, i);
      const b = compose(7, i);
      expect(b.family).toBe(a.family);
      expect(b.html).toBe(a.html);
      expect(b.invoice).toEqual(a.invoice);
    }
  });

  it('different seeds give different documents', () => {
    const htmls = new Set(Array.from({ length: 30 }, (_, s) => compose(s, 0).html));
    expect(htmls.size).toBe(30);
  });

  it('every family can be forced and is reproducible', () => {
    for (const f of FAMILIES) {
      const a = compose(3, 1, 0, f.name);
      expect(a.family).toBe(f.name);
      expect(compose(3, 1, 0, f.name).html).toBe(a.html);
    }
  });
});

// First three draws of new Rng(1), scaled to integers; changing sfc32 or its seeding breaks this.
const PINNED = [110255133, 923014640, 534505125];
