// Words that business names are made of, for reading back OCR's one-letter misreads in a name
// ("BOCKSTORES" → "BOOKSTORES"). Only long words, only a letter read for another (the commonest
// OCR error: the length stays), and only where one word of the list is that close: a word of
// another language a letter away ("Servicos") is rare at this length, a plural never matches.
import { nearlySame } from './nearly-same.ts';

const words = `
academy accessories accounting advertising agencies agriculture aluminium apparel appliances
architects associates automation automotive bakeries batteries bedding beverages bookshop
bookstore bookstores boutique brewery builders building business butchery cafeteria canteen
carwash catering ceramics chemicals clinical clothing collection communications company
components computer computers concepts confectionery construction consultancy consultants
consulting contractors corporation cosmetics creations creative curtains dentistry department
development diagnostics distribution distributor distributors drugstore education electric
electrical electronics emporium engineering enterprise enterprises entertainment environmental
equipment exhibition exports fabrication fashions financial flooring florist furnishing
furniture gallery garments general glassware groceries grocery handicraft handicrafts hardware
healthcare holdings hospitality hypermarket imports industrial industries information institute
instruments insurance interiors international investment investments jewellery jewelry
kindergarten kitchen laboratories laboratory landscape laundry learning leisure lighting limited
logistics machinery maintenance management manufacturing marketing materials mattress mechanical
medical megastore merchandise merchant minimarket minimart motorcycle networks newsagent nursery
nutrition optical opticians packaging partners petroleum pharmaceutical pharmacy photography
plantation plastics plumbing printing products professional properties property provision
publishing recycling renovation rentals repairs resources restaurant restaurants retailers
security services software solutions specialist stationary stationers stationery steakhouse
supermarket supermarkets superstore supplies systems tailoring technologies technology telecom
telecommunication telecommunications textiles tobacco trading training transport travels
trustees tuition vehicles ventures veterinary wholesale wholesalers workshop
`
  .trim()
  .split(/\s+/);

const lexicon = new Set(words);
const minLength = 7;

/** The lexicon's word one letter away from a long word not in it; undefined when none or two. */
function misreadOf(folded: string): string | undefined {
  if (folded.length < minLength || lexicon.has(folded)) return undefined;
  // Same length: one edit apart is then one letter read for another.
  const close = words.filter((word) => word.length === folded.length && nearlySame(word, folded));
  return close.length === 1 ? close[0] : undefined;
}

const cased = (like: string, word: string) =>
  like === like.toUpperCase()
    ? word.toUpperCase()
    : like[0] === like[0]!.toUpperCase()
      ? word[0]!.toUpperCase() + word.slice(1)
      : word;

/** A name with each long word OCR misread by one letter read back ("TELECONMUNICATIONS"). */
export function repairBusinessWords(name: string): string {
  return name.replace(/\p{L}{7,}/gu, (word) => {
    const found = misreadOf(word.toLowerCase());
    return found ? cased(word, found) : word;
  });
}
