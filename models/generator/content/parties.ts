// Seller, buyer and ship-to parties with the identifiers real letterheads carry.
import type { Rng } from '../rng.ts';
import type { Country, Party } from '../types.ts';
import { companyName } from './companies.ts';
import { COUNTRY_WEIGHTS, phoneNumber } from './countries.ts';
import { emailFor, registerEntry, webFor } from './identifiers.ts';
import { personName } from './people.ts';
import { makeAddress } from './places.ts';
import { makeVatId } from './tax-ids.ts';

export interface PartyOptions {
  readonly person: boolean;
  readonly vatIdP: number;
  readonly detail: number;
}

export function makeParty(rng: Rng, country: Country, options: PartyOptions): Party {
  const name = options.person ? personName(rng, country) : companyName(rng, country);
  const address = makeAddress(rng, country);
  const hasVat = !options.person && rng.chance(options.vatIdP);
  const reg = options.person ? {} : registerEntry(rng, country, address.city);
  const d = options.detail;
  const party: Party = {
    name,
    address,
    isPerson: options.person,
    ...(hasVat ? { vatId: makeVatId(rng, country).display } : {}),
    ...(reg.taxNumber && rng.chance(d) ? { taxNumber: reg.taxNumber } : {}),
    ...(reg.register && rng.chance(d) ? { register: reg.register } : {}),
    ...(rng.chance(0.3 + d * 0.5) ? { phone: phoneNumber(rng, country) } : {}),
    ...(rng.chance(d * 0.3) ? { fax: phoneNumber(rng, country) } : {}),
    ...(rng.chance(0.2 + d * 0.5) ? { email: emailFor(rng, name, country) } : {}),
    ...(!options.person && rng.chance(d * 0.6) ? { web: webFor(rng, name, country) } : {}),
    ...(!options.person && rng.chance(0.35) ? { contact: personName(rng, country) } : {}),
  };
  return party;
}

/** Buyer country: mostly domestic, sometimes cross-border (which brings reverse-charge notes). */
export function buyerCountry(rng: Rng, seller: Country): Country {
  return rng.chance(0.82) ? seller : rng.weighted(COUNTRY_WEIGHTS);
}
