/**
 * Whose contact detail is it? A phone number or address given to a business (a shop, a surgery, a firm, a
 * takeaway) is public already, so posting it shares nobody's personal details (issue 11, session places8: "My
 * cousin's firm: 01246 ...", "phone orders on ...", "The vet has moved to 18 High Street", "Hartley's Farm Shop,
 * 3 Mill Lane, YO62 5AB", "Unit 4, Riverside Business Park").
 *
 * One owner check for every personal detail that can be a business's (session places9: it used to be four, one per
 * rule, each asking nearly the same question for its own kind of detail): personal/phone, personal/address and
 * personal/uk-postcode all call businessOwned, and each signal below now serves all three.
 *
 * - The owner word: reading back from the detail over linking words ("on", "is", "number", "has moved to", "their",
 *   ":"), the first other word decides. A business noun, "orders" or "bookings", or a venue named with "the" ("the
 *   Golden Dragon") makes it a business's; anything else ("me", "my mobile", "mine", "if found please call") leaves
 *   it personal. Premises in the detail itself ("Unit 4", "Business Park") are a business's too. An address's owner
 *   must be a local trade or venue: a company's registered office ("The Atsite office is at ...") and a taxi's
 *   destination stay addresses.
 * - A venue right before the detail or its street ("the new bakery at 22 Market Street", "The new florist at 12
 *   Market Street, Ledbury HR8 2AQ"; not "my place at ..."), a line named by its use ("call the box office on",
 *   "Bookings on", "ring the surgery on"; not "my office number"), or a firm by its trade ("Call Ashford Roofing
 *   on", "K & M Electrical Ltd -").
 * - Opening times around it: "the new Greggs on 14 Market Street opens Monday", "open till 5 on Sundays", and a
 *   venue's sentence that gives its hours or entry ("Gallery's free, open 10-6, Kelvingrove, Argyle Street, Glasgow
 *   G3 8AG", "Museum's open 10-5, ... SW7 2DD").
 *
 * Reads at most 120 characters before the detail and 60 after it: constant work per detail.
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
 * Does the detail at [start, end) belong to a business? `kind` says what the detail is: an address's owner word must
 * be a local trade or venue; a postcode may follow the rest of its address ("Hartley's Farm Shop, 3 Mill Lane, YO62 5AB").
 */
export function businessOwned(text: string, start: number, end: number, kind: 'phone' | 'address' | 'postcode'): boolean {
  return venueBefore(text, start) || (kind === 'postcode' && venueBeforeStreet(text, start)) || namedLine(text, start, kind === 'phone') || openingAround(text, start, end) || venueHours(text, start) || ownerWord(text, start, end, kind);
}

/**
 * "The new bakery at 22 Market Street", "the Thai place on 14 Bridge Street", "Our local pub at 2 Station Road": a
 * venue right before the detail ("my place at 14 Elm Grove" still counts).
 */
const VENUE_NOUNS = 'bakery|bakers|cafe|café|coffee\\s+shop|shop|place|restaurant|pub|bar|garage|salon|barbers?|hairdressers?|dentists?|vets?|surgery|chippy|chip\\s+shop|takeaway|store|library|church|village\\s+hall|town\\s+hall|gym|hotel|studio|clinic|centre|center|market|florists?|butchers?|bank|post\\s+office|pharmacy|chemists?|deli|bistro|brewery|venue|office|offices|showroom|boutique|spa|museum|gallery|cinema|theatre';
const VENUE_BEFORE = new RegExp(`\\b(?:${VENUE_NOUNS})\\s+(?:at|on|in)\\s+$`, 'i');
function venueBefore(text: string, start: number): boolean {
  const b = text.slice(Math.max(0, start - 40), start);
  return VENUE_BEFORE.test(b) && !/\b(?:my|our|his|her|their)\s+(?:new\s+|little\s+)?(?:place|office|studio)\s+(?:at|on|in)\s+$/i.test(b);
}
/** The same, read back over a postcode's street: "The new florist at 12 Market Street, Ledbury HR8 2AQ". */
const VENUE_BEFORE_STREET = new RegExp(`\\b(?<owner>(?:my|our|his|her|their)\\s+(?:new\\s+|little\\s+)?)?(?:${VENUE_NOUNS.replace('|place|', '|').replace('|church|', '|')}|branch|practice|warehouse)\\s+(?:is\\s+)?(?:at|on|in)\\s+(?:unit\\s+\\d{1,4}[a-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+[A-Z][^.!?\\n]{0,60}$`, 'i');
function venueBeforeStreet(text: string, start: number): boolean {
  const m = VENUE_BEFORE_STREET.exec(text.slice(Math.max(0, start - 100), start));
  return m !== null && m.groups?.owner === undefined;
}

/**
 * A business's or venue's line: "call the box office on", "Bookings on", "ring the surgery on" ("my office number",
 * "our landline" still count); a firm named by its trade just before the detail: "Call Ashford Roofing on",
 * "Hartley & Sons Plumbing are on", "K & M Electrical Ltd -". A trade word after a capitalised name is the shape of a
 * business name.
 */
const LINE_BEFORE = /\b(?:box\s+office|ticket\s+office|bookings?|reservations?|enquiries|helpline|switchboard|customer\s+services?|the\s+(?:office|surgery|shop|venue|theatre|restaurant|council|practice|salon|hotel|library|centre|club))\b[^\d\n]{0,20}$/i;
const TRADE_NAMES = 'Plumbing|Plumbers?|Roofing|Roofers?|Electrical|Electricians?|Electrics|Builders?|Building|Joinery|Joiners?|Glazing|Glaziers?|Heating|Gas|Motors|Garage|Autos?|Tyres|Taxis?|Cabs|Cars|Cleaning|Cleaners|Removals|Landscaping|Landscapes|Gardening|Gardens|Decorating|Decorators|Plastering|Plasterers?|Carpentry|Carpets|Flooring|Kitchens|Windows|Locksmiths?|Scaffolding|Fencing|Paving|Driveways|Drainage|Pest\\s+Control|Dental|Vets|Veterinary|Opticians|Pharmacy|Chemists?|Florists?|Bakery|Butchers?|Catering|Caterers|Hire|Rentals|Lettings|Estates|Estate\\s+Agents|Solicitors|Accountants|Insurance|Services|Solutions|Construction|Contractors|Engineering|Maintenance|Repairs|Ltd|Limited|LLP|Plc|&\\s+Sons|and\\s+Sons|& Co|Salon|Barbers|Hair|Beauty|Nails|Physio|Physiotherapy|Clinic|Surgery|Practice';
const TRADE_NAME_BEFORE = new RegExp(`\\b[A-Z][\\w'’&.-]*(?:\\s+(?:&|and|[A-Z][\\w'’&.-]*))*\\s+(?:${TRADE_NAMES})\\b(?:\\s+(?:are|is|can\\s+be\\s+reached|answer))?\\s*(?:on|at|:|-|–|—|\\()?\\s*$`);
function namedLine(text: string, start: number, acrossLines: boolean): boolean {
  // A firm's name on the line above an address is a signature block's heading, not the address's owner.
  const lead = text.slice(Math.max(0, start - 60), start);
  if (TRADE_NAME_BEFORE.test(acrossLines ? lead : lead.slice(lead.lastIndexOf('\n') + 1))) return true;
  const b = text.slice(Math.max(0, start - 40), start);
  return LINE_BEFORE.test(b) && !/\b(?:my|our|me|us)\b[^\d\n]{0,25}$/i.test(b);
}

/** "The new Greggs on 14 Market Street opens Monday", "the Co-op on 22 Church Road is open late": a business. */
function openingAround(text: string, start: number, end: number): boolean {
  if (/\bthe\s+new\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)?\s+(?:on|at|in)\s+$/.test(text.slice(Math.max(0, start - 40), start))) return true;
  return /^[^.!?\n]{0,20}?\b(?:opens|opening|re-?opens|is\s+open|now\s+open|open\s+(?:late|till|until|from|on|every)|closes|closing\s+down|has\s+closed)\b/i.test(text.slice(end, end + 40));
}

/**
 * A venue's sentence that gives its hours or entry before the detail: "Gallery's free, open 10-6, Kelvingrove, Argyle
 * Street, Glasgow G3 8AG", "Museum's open 10-5, free entry, Exhibition Road, London SW7 2DD". A home has no opening hours.
 */
const HOURS = /\b(?:open\s+(?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)?\s?(?:-|–|to|till|until)\s?\d|daily|every\s+day|7\s+days|seven\s+days|all\s+year)|opening\s+(?:hours|times)|free\s+entry|entry\s+is\s+free|admission)\b/i;
const TRADE_IN = /\b(?:shop|bakery|cafe|café|restaurant|pub|bar|museum|gallery|library|cinema|theatre|centre|center|market|zoo|aquarium|park|castle|hall|church|cathedral|abbey|garden|gardens|farm|spa|gym|pool|lido|venue|exhibition|store|pharmacy|surgery|clinic|practice|salon|studio)(?:['’]s)?\b/i;
function venueHours(text: string, start: number): boolean {
  let a = start;
  while (a > 0 && start - a < 120 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  const lead = text.slice(a, start);
  return HOURS.test(lead) && TRADE_IN.test(lead) && !/\b(?:my|our|we|i)\b/i.test(lead);
}

/**
 * Does the detail at [start, end) belong to a business? `kind` says what the detail is: an address's owner must
 * be a local trade or venue; a postcode may follow the rest of its address ("Hartley's Farm Shop, 3 Mill Lane, YO62 5AB").
 */
function ownerWord(text: string, start: number, end: number, kind: 'phone' | 'address' | 'postcode'): boolean {
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
