/**
 * Whose contact detail is it? A phone number or address given to a business (a shop, a surgery, a firm, a
 * takeaway) is public already, so posting it shares nobody's personal details (issue 11, session places8: "My
 * cousin's firm: 01246 ...", "phone orders on ...", "The vet has moved to 18 High Street", "Hartley's Farm Shop,
 * 3 Mill Lane, YO62 5AB", "Unit 4, Riverside Business Park").
 *
 * The owner is the word the detail hangs from: reading back from the detail over linking words ("on", "is",
 * "number", "has moved to", "their", ":"), the first other word decides. A business noun, "orders" or "bookings",
 * or a venue named with "the" ("the Golden Dragon") makes it a business's; anything else ("me", "my mobile",
 * "mine", "if found please call") leaves it personal. Premises in the detail itself ("Unit 4", "Business Park")
 * are a business's too. An address's owner must be a local trade or venue: a company's registered office ("The
 * Atsite office is at ...") and a taxi's destination stay addresses.
 *
 * Used by personal/phone, personal/address and personal/uk-postcode. Reads at most 120 characters before the
 * detail and 60 after it: constant work per detail.
 */

/** Local trades, venues and services, in lower case: owners of both numbers and addresses. */
const TRADE = new Set([
  'shop', 'store', 'bakery', 'bakers', 'baker', 'butcher', 'butchers', 'florist', 'florists', 'deli', 'cafe', 'café', 'restaurant', 'pub',
  'bar', 'takeaway', 'chippy', 'pizzeria', 'garage', 'mechanic', 'mechanics', 'surgery', 'gp', 'dentist', 'dentists', 'vet', 'vets', 'clinic',
  'practice', 'pharmacy', 'chemist', 'chemists', 'optician', 'opticians', 'salon', 'barber', 'barbers', 'hairdresser', 'hairdressers', 'spa',
  'gym', 'library', 'hotel', 'solicitor', 'solicitors', 'accountant', 'accountants', 'cattery', 'kennels', 'groomer', 'groomers', 'venue',
  'theatre', 'cinema', 'museum', 'gallery', 'bank', 'branch', 'showroom', 'brewery', 'council',
]);
/** Owners of a number only: a firm's or an office's line, a taxi's, a booking line. */
const LINE_ONLY = new Set([
  'firm', 'business', 'company', 'agency', 'office', 'offices', 'helpline', 'hotline', 'switchboard', 'reception', 'bookings', 'booking',
  'orders', 'order', 'reservations', 'enquiries', 'appointments', 'taxi', 'taxis', 'cab', 'cabs', 'plumber', 'plumbers', 'electrician',
  'builder', 'builders', 'roofer', 'joiner', 'cleaner', 'cleaners', 'removals', 'ltd', 'limited', 'plc', 'hq',
]);
/** Head nouns that are a business's only after a kind: "leisure centre", "farm shop" is TRADE already. */
const KIND_BEFORE: ReadonlyMap<string, RegExp> = new Map([
  ['centre', /^(?:leisure|garden|sports|health|medical|community|shopping|dental|test|visitor|activity|trampoline|climbing|tyre|tyres)$/],
  ['center', /^(?:leisure|garden|sports|health|medical|community|shopping|dental|visitor)$/],
  ['services', /^(?:customer|cleaning|building|gardening|removal|taxi|car|vehicle)$/],
  ['nursery', /^(?:garden|plant|plants)$/],
  ['place', /^(?:pizza|curry|chinese|indian|thai|kebab|burger|chip|noodle|sushi|tapas|coffee|breakfast|brunch)$/],
]);
/** Words a detail hangs from its owner by: "is", "on", "number", "has moved to", "their", "please call". */
const LINK = new Set([
  'on', 'is', 'are', 'at', 'to', 'number', 'numbers', 'no', 'phone', 'tel', 'telephone', 'line', 'their', 'its', 'the', 'a', 'new', 'same',
  'call', 'ring', 'contact', 'text', 'whatsapp', 'reach', 'has', 'have', 'moved', 'now', 'based', 'located', 'just', 'opposite', 'takes',
  'take', 'via', 'for', 'main', 'direct', 'please', 'tonight', 'today', 'address', 'and', 'or', 'by', 'next', 'door',
]);
/** The writer or a person as owner: the detail is personal. */
const PERSON = /^(?:me|us|mine|ours|my|our|i|we|myself|home|house|flat|mobile|mob|landline|cell|personal|his|her|him|she|he)$/;
const WORD = /[\p{L}\p{N}&'’]+/gu;
const PREMISES = /\b(?:units?\s+\d|business\s+park|trading\s+estate|industrial\s+estate|retail\s+park|enterprise\s+park)\b/i;

/**
 * Does the detail at [start, end) belong to a business? `kind` says what the detail is: an address's owner must
 * be a local trade or venue; a postcode may follow the rest of its address ("Hartley's Farm Shop, 3 Mill Lane, YO62 5AB").
 */
export function businessOwned(text: string, start: number, end: number, kind: 'phone' | 'address' | 'postcode'): boolean {
  if (kind !== 'phone' && PREMISES.test(text.slice(start, Math.min(text.length, end + 40)))) return true;
  let a = start;
  while (a > 0 && start - a < 120 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  const ws = [...text.slice(a, start).matchAll(WORD)].map((m) => m[0]);
  let i = ws.length - 1;
  // A postcode ends its address: read back over the town, the street and its house number first.
  if (kind === 'postcode') {
    if (PREMISES.test(text.slice(a, start))) return true;
    let number = false;
    for (let skipped = 0; i >= 0 && skipped < 8 && !number && /^(?:\p{Lu}|\d)/u.test(ws[i]!); skipped++, i--) number = /^\d/.test(ws[i]!);
    if (!number) return false;
  }
  for (; i >= 0; i--) {
    const raw = ws[i]!;
    const w = raw.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
    if (PERSON.test(w)) return false;
    if (TRADE.has(w) || (kind === 'phone' && LINE_ONLY.has(w))) return true;
    const kindRe = KIND_BEFORE.get(w);
    if (kindRe) return kindRe.test((ws[i - 1] ?? '').toLowerCase());
    if (LINK.has(w)) continue;
    // "the Golden Dragon", "the Red Lion": a venue by its name (a person is never "the Sarah").
    if (/^\p{Lu}/u.test(raw)) {
      let j = i;
      while (j > 0 && /^\p{Lu}/u.test(ws[j - 1]!) && i - j < 3) j--;
      return (ws[j - 1] ?? '').toLowerCase() === 'the';
    }
    return false;
  }
  return kind === 'phone' && /^[^.!?\n]{0,40}?\b(?:to\s+book|for\s+(?:bookings?|orders|appointments|reservations|enquiries)|opening\s+hours|open\s+(?:till|until|from|daily|every|7\s+days))\b/i.test(text.slice(end, end + 60));
}
