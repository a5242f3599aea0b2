// OCR's one-letter misreads in the long words of business names, read back; everything else kept.
import { describe, expect, it } from 'vitest';
import { repairBusinessWords } from '../../../src/pipeline/name-lexicon.ts';

describe('repairBusinessWords', () => {
  it.each([
    ['DIGI TELECONMUNICATIONS SDN BHD', 'DIGI TELECOMMUNICATIONS SDN BHD'],
    ['Times Bockstores', 'Times Bookstores'],
    ['harbour logistlcs ltd', 'harbour logistics ltd'],
    ['ENW HARDWAPE CENTRE', 'ENW HARDWARE CENTRE'],
  ])('reads %j back as %j', (printed, expected) => {
    expect(repairBusinessWords(printed)).toBe(expected);
  });

  it.each([
    // Words of the list, of other languages, other lengths, short ones and names.
    'STATIONARY WORLD',
    'Industrie Müller GmbH',
    'Servicios Lopez S.L.',
    'Solution Partners',
    'Bakkerij de Vries B.V.',
    'Nordlicht Papier GmbH',
    'Stoes & Co.',
    'Kwong Hup Trading',
    // Two words of the list a letter away ("stationers", "stationery"): no guess.
    'Lim Stationerq',
  ])('leaves %j as printed', (name) => {
    expect(repairBusinessWords(name)).toBe(name);
  });
});
