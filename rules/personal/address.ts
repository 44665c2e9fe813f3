import { defineRule } from '../../lib/engine/rule.ts';
import type { Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { businessOwned } from './shared/business.ts';
import { digitWindows } from './shared/digit-windows.ts';
import { matchInWindows, tokenIndex, triggerWindows } from '../tone/shared/windows.ts';

// Road types a UK address line ends with. "St" only after a name ("Elm St"), handled by NAME first.
const TYPE = '(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Grove|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|Gardens|Gdns|Terrace|Tce|Row|Walk|Mews|Square|Sq|Hill|Rise|View|Parade|Vale|Croft|Fold|Chase|Meadows?|Boulevard|Cottages|Villas|Mount|Park|Green|Wharf|Yard|Gate|Grange|Heights|Approach|Brow|Wynd|Crest|Embankment|Hollow|Orchard|Paddock|Glade|Dene|Garth|Ridge|Bank|Side)';
const WORD = "[A-Z][a-z'’]{1,20}";
const NAME = `${WORD}(?:[ -]${WORD}){0,2}`;
const UNIT = '(?:(?:Flat|Apartment|Apt|Unit|Room)\\s?\\d{1,4}[A-Za-z]?,?\\s)';
const NUMBER = '\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?,?\\s';
const HOUSE = `(?:The\\s)?(?:${WORD}\\s){1,2}(?:Cottage|House|Farm|Lodge|Barn|Mill|Manor|Villa|Bungalow|Farmhouse|Rectory|Vicarage|Hall),\\s`;
// Optional town and postcode after the street, so the whole address is one finding.
const TOWN = `(?:,\\s?${WORD}(?:\\s${WORD})?){0,2}`;
const POSTCODE = '(?:,?\\s[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})?';
const TAIL = `(?![A-Za-z\\u00C0-\\u024F0-9])${TOWN}${POSTCODE}(?![A-Za-z\\u00C0-\\u024F0-9])`;

const NUMBERED = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9£$€.,:/])(?:${UNIT}?${NUMBER}|${HOUSE}(?:${NUMBER})?)${NAME}\\s${TYPE}${TAIL}`, 'g');
// Lower-case addresses ("we've moved to 14 elm grove") only after a cue that an address follows.
const CUE = '(?:live at|living at|address is|address:|moved to|moving to|move into|moved into|come round to|round to mine at|deliver(?:ed)? to|send it to|post it to|we are at|we\'re at|i\'m at|i am at|staying at|house is|home is)';
const LOWER = new RegExp(`\\b${CUE}\\s(${UNIT.toLowerCase()}?\\d{1,4}[a-z]?,?\\s[a-z'’]{2,20}(?:\\s[a-z'’]{2,20})?\\s${TYPE.toLowerCase()})(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'gi');
// After a cue, a number and a street name without a road type ("I'm at 27 Kingsway").
const CUE_NUMBER = new RegExp(`\\b${CUE}\\s(${UNIT}?\\d{1,4}[A-Za-z]?,?\\s${WORD}(?:\\s${WORD})?)(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'gi');
const CUE_WORDS = new Set(['live', 'living', 'address', 'moved', 'moving', 'move', "i'm", "we're", 'am', 'are', 'staying', 'deliver', 'delivered', 'send', 'post', 'round', 'house', 'home']);
// Any country's address: after "my address is", "lives at", "sent to" ... a house number and words, or
// the unmistakable parts of an address line ("Suite 286", "Apt. 305", "PSC 7004, Box 8380").
const ADDRESS_CUE = /\b(?:(?:my|our|his|her|their|new|home|billing|postal|delivery|the)\s+address(?:es)?(?:\s+(?:is|was|to|as|of\s+\S+\s+is))?|address(?:es)?\s*(?:is|:)|['’]s\s+address|lives?\s+at|living\s+at|office\s+is\s+at|sent\s+to|send\s+(?:it|them)\s+to|deliver(?:ed)?\s+to|arrived\s+at|return\s+(?:it\s+)?to|taxi\s+to|the\s+corner\s+of)\b[:\s]*/gi;
const AFTER_CUE = /^(?:the\s+corner\s+of\s+)?(?:[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+\s+){0,2}\d{1,5}[A-Za-z]?\s[^\n!?;]{0,40}/;
const UNIT_MARKER = /\b(?:(?:Suite|suite|Apt\.?|apt\.|Apartment)\s\d{1,5}|(?:PSC|Unit|unit)\s\d{1,5},?\s[Bb]ox\s\d{1,5}|P\.?\s?O\.?\sBox\s\d{1,6}|[AFD]PO\sA[AEP]\s\d{5}|USNS\s[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F][A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+|USNV\s[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F][A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+|USCGC\s[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F][A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+)\b/g;
/** A word every UNIT_MARKER match starts with or holds ("Box" of "P.O. Box"): the regex runs only when one is there. */
const UNIT_WORD = /\b(?:Suite|suite|Apt|apt|Apartment|PSC|Unit|unit|Box|[AFD]PO|USNS|USNV|USCGC)\b/;
/** Strings one of which every UNIT_WORD match contains: a few plain searches first, so most posts skip the regex. */
const UNIT_NEEDLES = ['Suite', 'suite', 'Apt', 'apt', 'Apartment', 'PSC', 'Unit', 'unit', 'Box', 'PO', 'USN', 'USCGC'];
const CUE_TRIGGERS = new Set(['address', 'addresses', 'lives', 'live', 'living', 'office', 'sent', 'send', 'deliver', 'delivered', 'arrived', 'return', 'taxi', 'corner']);
// A named street without a number still tells people which street you live on.
const STREET_ONLY = new RegExp(`\\b(?:I|[Ww]e|[Tt]hey)(?:\\s(?:live|lives|moved|have moved|have just moved|just moved)|['’]ve (?:just )?moved|['’]re|['’]m|\\sare|\\sam)\\s(?:on|in|to|into)\\s(${NAME}\\s${TYPE})(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'g');

// Addresses everyone knows from the news, books and television: naming them gives nobody's home away.
const FAMOUS = /^(?:10|11) Downing Street$|^221 ?B Baker Street$|^4 Privet Drive$|^12 Grimmauld Place$|^742 Evergreen Terrace$|^1600 Pennsylvania Avenue$|^32 Windsor Gardens$|^62 West Wallaby Street$|^31 Spooner Street$|^124 Conch Street$|^177A Bleecker Street$|^10 Rillington Place$|^25 Cromwell Street$|^1 Hacker Way$/i;
// Streets that carry their type inside one word ("58 Kingsway", "12 Briggate"), after a house number.
const JOINED_TYPE = /(?<![A-Za-z\u00C0-\u024F0-9£$€.,:/])\d{1,4}[A-Za-z]?,?\s(?:[A-Z][a-z]{2,15}(?:way|gate|side|field|fields|croft|dale|wood|ton\sRoad)|Broadway|Highway|Parkway|Kingsway|Queensway|Headrow)(?![A-Za-z\u00C0-\u024F0-9])(?:,\s?[A-Z][a-z]{2,20})?/g;
const JOINED_TRIGGER = suffixTest(['way', 'gate', 'side', 'field', 'fields', 'croft', 'dale', 'wood', 'headrow']);
// Other countries' street lines: "Wiesenstrasse 31", "Corellistraat 178", "Rolfsens vei 187", "Via Nazario Sauro 112",
// "87 Rue Joseph Vernet street". The street word marks it, the house number makes it an address.
const L = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const SUFFIX = '(?:stra(?:ss|ß)e|str\\.|weg|gasse|vej|vei|veien|laan|straat|plein|gata|gatan|gade|allee|allé|platz|steenweg|dijk|kade|vägen|väg|torget|plads|utca|út|tér|ulica)';
const FOREIGN = new RegExp(
  `(?<![${L}0-9])(?:[${L}'’-]*${SUFFIX}|(?:[A-Z${'\\u00C0-\\u00DE'}][${L}'’.-]+\\s){1,3}${SUFFIX})\\s\\d{1,4}[A-Za-z]?(?![${L}0-9])` +
    `|(?<![${L}0-9])(?:Rue|rue|Via|via|Calle|calle|Rua|rua|Rúa|rúa|Avenida|avenida|Viale|viale|Piazza|piazza|Plaza|plaza|Chemin|chemin|Strada|strada|Carrer|carrer|Paseo|paseo|Camino|camino|Corso|corso|Largo|largo|Praça|praça|Ulica|ulica|Boulevard|Avenue|avenue)\\s(?:(?:[A-Z${'\\u00C0-\\u00DE'}][${L}.'’-]*|del|de|do|da|della|di|des|du|la|le|dos|das)\\s){1,4}\\d{1,4}[A-Za-z]?(?![${L}0-9])` +
    `|(?<![${L}0-9])\\d{1,4},?\\s(?:Rue|rue|Via|Calle|calle|Rua|rua|Rúa|rúa|Avenida|avenida|Viale|Piazza|Plaza|Chemin|Strada|Carrer|Paseo|Camino|Corso|Largo|Praça|Ulica)\\s(?:(?:del|de|do|da|della|di|des|du|la|le|dos|das)\\s)?[A-Z${'\\u00C0-\\u00DE'}][${L}'’-]+(?:\\s[A-Z${'\\u00C0-\\u00DE'}][${L}'’-]+){0,3}(?:\\s(?:street|St\\.)(?:\\s(?:in|on)\\s[A-Z${'\\u00C0-\\u00DE'}][${L}-]+)?)?` +
    `|(?<![${L}0-9])\\d{1,4}\\s(?:[A-Z${'\\u00C0-\\u00DE'}][${L}.'’-]*\\s){1,4}(?:street|St\\.)(?:\\s(?:in|on)\\s[A-Z${'\\u00C0-\\u00DE'}][${L}-]+)?` +
    `|(?<![${L}0-9])[A-Z${'\\u00C0-\\u00DE'}][${L}'’-]+(?:\\s[A-Z${'\\u00C0-\\u00DE'}][${L}'’-]+){0,2}\\s\\d{1,4}\\.?\\s(?:street|St\\.)`,
  'g',
);
const NOT_A_STREET = /^(?:Year|Yr|Class|Room|Key|Stage|Set|Group|Page|Chapter|Level|Grade|Unit|Step|Week|Day|Term|Team|Table|Lesson|Number|No|Section|Part|Act|Scene|Platform|Gate|Bus|Route|Score|Top|Under|U)\b/i;
const FOREIGN_TRIGGER = suffixTest(['strasse', 'straße', 'str', 'weg', 'gasse', 'vej', 'vei', 'veien', 'laan', 'straat', 'plein', 'gata', 'gatan', 'gade', 'allee', 'allé', 'platz', 'steenweg', 'dijk', 'kade', 'vägen', 'väg', 'torget', 'plads', 'utca', 'út', 'tér', 'ulica', 'rue', 'via', 'calle', 'rua', 'rúa', 'avenida', 'viale', 'piazza', 'plaza', 'chemin', 'strada', 'carrer', 'paseo', 'camino', 'corso', 'largo', 'praça', 'boulevard', 'avenue', 'street', 'st']);

/**
 * `{ test(w) }` true when w ends with one of `suffixes`: the same answers as /(?:a|b|...)$/ for one word, by
 * the word's last character and endsWith, without a regex run per distinct word of the post.
 */
function suffixTest(suffixes: readonly string[]): { test(word: string): boolean } {
  const byLast = new Map<number, string[]>();
  for (const x of suffixes) {
    const c = x.charCodeAt(x.length - 1);
    const list = byLast.get(c);
    if (list) list.push(x);
    else byLast.set(c, [x]);
  }
  return {
    test(word: string): boolean {
      const list = byLast.get(word.charCodeAt(word.length - 1));
      if (!list) return false;
      for (const x of list) if (word.endsWith(x)) return true;
      return false;
    },
  };
}

/**
 * Where FOREIGN can match, so it need not scan the whole post. Every FOREIGN match holds a digit, one of the
 * FOREIGN_ANCHOR words (a street suffix, a street word, "street" or "St.") and at most nine whitespace
 * characters (its longest form: "12 Rue de la Paix street in Paris" and the like), and its edges look one
 * character out (no letter or digit). So lib/engine/text.ts's digitStretches with ten spaces hold every match,
 * and stretches without an anchor word hold none: scanning the rest finds exactly the matches of the whole text.
 */
const FOREIGN_ANCHOR = /strasse|straße|str\.|weg|gasse|vej|vei|veien|laan|straat|plein|gata|gatan|gade|allee|allé|platz|steenweg|dijk|kade|vägen|väg|torget|plads|utca|út|tér|ulica|Rue|rue|Via|via|Calle|calle|Rua|rua|Rúa|rúa|Avenida|avenida|Viale|viale|Piazza|piazza|Plaza|plaza|Chemin|chemin|Strada|strada|Carrer|carrer|Paseo|paseo|Camino|camino|Corso|corso|Largo|largo|Praça|praça|Ulica|Boulevard|Avenue|avenue|street|St\./;
function foreignWindows(doc: Doc): { start: number; end: number }[] {
  const { text } = doc;
  return digitWindows(doc).filter((w) => FOREIGN_ANCHOR.test(text.slice(w.start, w.end)));
}

// Every form ends in a road type, so the regexes only run near one.
const TYPE_WORDS = new Set(TYPE.slice(3, -1).replace('Meadows?', 'Meadow|Meadows').toLowerCase().split('|'));

// The house number after the street: "Larch Avenue, no. 41", "Kingsley Road, number 7".
const STREET_NUMBER = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F0-9])${NAME}\\s${TYPE},?\\s(?:[Nn]o\\.?|[Nn]umber|[Nn]um\\.?|#)\\s?\\d{1,4}[A-Za-z]?(?![A-Za-z\\u00C0-\\u024F0-9])`, 'g');

/** "Crewe 2 Port Vale 1": a team, a score, a team and a score is a result, not "2 Port Vale". */
function scoreLine(text: string, start: number, end: number): boolean {
  return /^\d/.test(text.slice(start, start + 1)) && /[A-Z][A-Za-z'’-]+\s$/.test(text.slice(Math.max(0, start - 25), start)) && /^\s*\d{1,2}\b/.test(text.slice(end, end + 5));
}

export function findAddresses(doc: Doc): { start: number; end: number; streetOnly: boolean }[] {
  const out: { start: number; end: number; streetOnly: boolean }[] = [];
  const { text } = doc;
  const windows = triggerWindows(doc, TYPE_WORDS, 110);
  for (const m of matchInWindows(text, NUMBERED, windows)) out.push({ start: m.index, end: m.index + m.text.length, streetOnly: false });
  for (const m of matchInWindows(text, STREET_NUMBER, windows)) out.push({ start: m.index, end: m.index + m.text.length, streetOnly: false });
  for (const m of matchInWindows(text, LOWER, windows)) {
    const start = m.index + m.text.length - m.groups[0]!.length;
    out.push({ start, end: m.index + m.text.length, streetOnly: false });
  }
  const cueWindows = triggerWindows(doc, CUE_WORDS, 60);
  for (const m of matchInWindows(text, CUE_NUMBER, cueWindows)) {
    const start = m.index + m.text.length - m.groups[0]!.length;
    // "I'm at 3 Year 6 assemblies" is not an address: the name must be capitalised and not a school word.
    if (!/^\d+[A-Za-z]?,?\s[A-Z]/.test(m.groups[0]!.replace(/^(?:Flat|Apartment|Apt|Unit|Room)\s?\d+[A-Za-z]?,?\s/i, ''))) continue;
    if (/^\d+[A-Za-z]?,?\s(?:Year|Yr|Class|Room|Key|Reception)\b/i.test(m.groups[0]!)) continue;
    out.push({ start, end: m.index + m.text.length, streetOnly: false });
  }
  for (const m of matchInWindows(text, ADDRESS_CUE, triggerWindows(doc, CUE_TRIGGERS, 40))) {
    const from = m.index + m.text.length;
    const a = AFTER_CUE.exec(text.slice(from, from + 80));
    // "arrived at 3pm", "sent to 30 parents": a time or a count is not an address.
    if (!a || /^\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|^\d+\s+(?:parents|pupils|children|kids|people|families|staff|of|minutes|hours|days|weeks)\b/i.test(a[0])) continue;
    // The address must contain a word, and ends at its last letter or digit.
    const body = a[0].replace(/[^A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9]+$/, '');
    if (!/[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]{3,}/.test(body)) continue;
    out.push({ start: from, end: from + body.length, streetOnly: false });
  }
  if (UNIT_NEEDLES.some((x) => text.includes(x)) && UNIT_WORD.test(text)) {
    for (const m of text.matchAll(UNIT_MARKER)) out.push({ start: m.index, end: m.index + m[0].length, streetOnly: false });
  }
  let joined = false;
  let foreign = false;
  // Each distinct word once: the post's vocabulary, not every token.
  for (const norm of tokenIndex(doc).keys()) {
    if (!joined && JOINED_TRIGGER.test(norm)) joined = true;
    if (!foreign && FOREIGN_TRIGGER.test(norm)) foreign = true;
  }
  // A joined-type street needs a cue that a place follows ("near", "at", "to"), or a town after it.
  if (joined) {
    for (const m of text.matchAll(JOINED_TYPE)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (!m[0].includes(',') && !/\b(?:at|to|near|on|from|is|address:?|live at|lives at)\s$/i.test(before)) continue;
      if (/^\d+[A-Za-z]?,?\s(?:Year|Yr|Class|Room|Key)\b/.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].replace(/,\s?[A-Z][a-z]{2,20}$/, (x) => (m[0].split(',').length > 1 ? x : '')).length, streetOnly: false });
    }
  }
  if (foreign) {
    for (const w of foreignWindows(doc)) {
      const slice = text.slice(w.start, w.end);
      for (const m of slice.matchAll(FOREIGN)) {
        // "Year 6 street party", "Class 3 street dance": a year group or class is not a street.
        if (NOT_A_STREET.test(m[0])) continue;
        out.push({ start: w.start + m.index, end: w.start + m.index + m[0].length, streetOnly: false });
      }
    }
  }
  for (const m of matchInWindows(text, STREET_ONLY, windows)) {
    const start = m.index + m.text.length - m.groups[0]!.length;
    out.push({ start, end: m.index + m.text.length, streetOnly: true });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'personal/address',
    category: 'personal',
    severity: 'high',
    theme: 'personal-details',
    description: 'Street addresses ("14 Elm Grove", "Flat 3, 21 Acacia Avenue", "Rose Cottage, Packhouse Lane").',
  },
  create() {
    return (doc): Hit[] => {
      return findAddresses(doc).filter((a) => !FAMOUS.test(doc.text.slice(a.start, a.end).replace(/[,.]$/, '')) && !scoreLine(doc.text, a.start, a.end) && !businessOwned(doc.text, a.start, a.end, 'address')).map((a) => ({
        start: a.start,
        end: a.end,
        severity: a.streetOnly ? 'medium' : 'high',
        reason: a.streetOnly
          ? 'This names the street you live on. Together with your name and photos it can be enough to find your home.'
          : 'This looks like a street address. Posting where someone lives lets strangers, parents or pupils find the house.',
      }));
    };
  },
});
