// Countries from legal forms, country names and dialling codes; currencies by country.
import { describe, expect, it } from 'vitest';
import { countryHints, currencyOfCountry } from '../../../src/pipeline/country-hints.ts';

describe('countryHints', () => {
  it.each([
    [['Nordlicht Papier GmbH', 'Hafenstraße 12'], 'DE'],
    [['Au bon moulin SARL', '75008 Paris'], 'FR'],
    [['Kunden AG Mitte'], 'DE'],
    [['Ferramenta Rossi S.r.l.'], 'IT'],
    [['Distribuciones Lopez S.L.'], 'ES'],
    [['Bakkerij de Vries B.V.'], 'NL'],
    [['ABC TRADING SDN BHD', 'JALAN 3/2'], 'MY'],
    [['Orchard Supplies Pte. Ltd.'], 'SG'],
    [['Harbour Tools Pty Ltd'], 'AU'],
    [['Acme Widgets, Inc.'], 'US'],
    [['Thames Paper Ltd', 'London'], 'GB'],
    [['Hauptstrasse 1', '8001 Zürich', 'Schweiz'], 'CH'],
    [['Tel. +33 1 42 68 53 00'], 'FR'],
    [['Phone: +49 (0)30 1234567'], 'DE'],
    [['No. 53 Jalan Putra 1', '81200 Johor Bahru, Johor'], 'MY'],
    [['55100 KUALA LUMPUR.'], 'MY'],
    [['Ottawa, Ontario K1A 0B1'], 'CA'],
    [['Brisbane QLD 4000, Queensland'], 'AU'],
    [['80331 München, Bayern'], 'DE'],
  ])('%j → %s', (lines, country) => {
    expect(countryHints(lines)[0]).toBe(country);
  });

  it('names no country for words that only look like one', () => {
    expect(
      countryHints(['Total Inc. GST 6%: 362.50', 'Subtotal +1.00', 'Invoice 2024-001']),
    ).toEqual([]);
  });

  it('lets a country name outweigh a legal form', () => {
    expect(countryHints(['Alpen Holz GmbH', 'Salzburg, Austria'])[0]).toBe('AT');
  });
});

describe('currencyOfCountry', () => {
  it.each([
    ['DE', 'EUR'],
    ['AT', 'EUR'],
    ['CH', 'CHF'],
    ['GB', 'GBP'],
    ['MY', 'MYR'],
    ['US', 'USD'],
    ['ZZ', undefined],
  ])('%s → %s', (country, currency) => {
    expect(currencyOfCountry(country)).toBe(currency);
  });
});
