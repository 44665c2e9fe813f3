import type { Doc } from '../rule.ts';
import { docWords, type Word } from '../context/words.ts';
import { createRosterHasher } from './hash.ts';
import { FORM_TYPES } from './forms.ts';
import { rosterWord } from './normalise.ts';

export type RosterFormType = 'full' | 'first' | 'init-last' | 'first-init' | 'joined' | 'last';

export interface RosterMatch {
  type: RosterFormType;
  /** Word index range [from, to) in docWords(doc). */
  from: number;
  to: number;
  /**
   * How a surname alone ('last') was found: 'plural' ("the Novaks"), 'title' ("Mrs Novak"), 'couple' ("Mr and Mrs
   * Novak"); absent for a surname before family words ("the Novak brothers").
   */
  how?: 'plural' | 'title' | 'couple';
}

/**
 * Function words that are never a pupil's name: skipping them halves the hashing work. Deliberately
 * short: words that are also names (Will, May, Hope, Grace) must still be hashed.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'up', 'about', 'into',
  'over', 'after', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'im', 'it', 'its', 'this', 'that', 'these',
  'those', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their',
  'what', 'which', 'who', 'when', 'where', 'why', 'how', 'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other',
  'some', 'such', 'no', 'not', 'only', 'own', 'same', 'so', 'than', 'too', 'very', 'can', 'just', 'should', 'now',
  'do', 'does', 'did', 'doing', 'have', 'has', 'had', 'having', 'if', 'then', 'there', 'here', 'out', 'off', 'again',
  'once', 'because', 'as', 'until', 'while', 'through', 'during', 'before', 'above', 'below', 'down', 'under', 'further',
  'would', 'could', 'get', 'got', 'go', 'going', 'went', 'one', 'two', 'three', 'today', 'yesterday', 'tomorrow',
  'really', 'much', 'many', 'also', 'still', 'even', 'well', 'back', 'day', 'time', 'year', 'week', 'class', 'school',
  'im', 'ive', 'dont', 'didnt', 'cant', 'wont', 'thats', 'its', 'youre', 'theyre', 'weve', 'lol', 'ok', 'okay',
]);

/** A compiled roster: a hash set plus a bounded per-form cache, so repeated words cost one Map look-up. */
export interface CompiledRoster {
  find(doc: Doc): RosterMatch[];
  readonly size: number;
}

const CACHE_LIMIT = 20_000;
/** Does the word hold a letter rosterWord maps (lib/engine/roster/normalise.ts: ł ø đ ð ß æ œ ı ŀ þ ħ)? By code unit. */
function hasExtraLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0xdf) continue;
    if (c === 0x142 || c === 0xf8 || c === 0x111 || c === 0xf0 || c === 0xdf || c === 0xe6 || c === 0x153 || c === 0x131 || c === 0x140 || c === 0xfe || c === 0x127) return true;
  }
  return false;
}
const NON_ASCII = /[^\x00-\x7f]/;
/** /\d/ by code unit. */
function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Praise and cheer words that start a hashtag before a pupil's name: #WellDoneDami, #GoGosia, #ProudOfZikora,
 * #ProudOfYouMaya, #SoProudOfBilal. Longer prefixes come first: the first match is the one taken.
 */
export const TAG_PREFIXES = ['welldoneto', 'welldone', 'congratulations', 'congrats', 'soproudofyou', 'soproudof', 'proudofyou', 'proudof', 'goteam', 'teamgo', 'shoutoutto', 'shoutout', 'bravo', 'thankyou', 'thanks', 'happybirthday', 'hbd', 'staroftheweek', 'staroftheday', 'starofthe', 'superstar', 'goodluck', 'welcomeback', 'getwellsoon', 'kudos', 'go', 'team', 'yay', 'well'];

/** Titles before a surname: "Mrs Novak", "Mr and Mrs Novak". */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Words after a surname that make it a family ("the Novak brothers", "the Chen family's youngest"). */
const FAMILY_AFTER = new Set(['brothers', 'sisters', 'twins', 'triplets', 'boys', 'girls', 'family', 'kids', 'children', 'siblings', 'clan', 'household', 'cousins']);

export function compileRoster(hashes: readonly string[], secret: string): CompiledRoster {
  const set = new Set(hashes);
  const hash = createRosterHasher(secret);
  const cache = new Map<string, boolean>();
  const has = (form: string): boolean => {
    let r = cache.get(form);
    if (r === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      r = set.has(hash(form));
      cache.set(form, r);
    }
    return r;
  };
  // has(FORM_TYPES.first + norm) by the word itself: most words of a post are asked, and this skips building
  // the prefixed string (and hashing it for the look-up) each time.
  const firstCache = new Map<string, boolean>();
  const hasFirst = (norm: string): boolean => {
    let r = firstCache.get(norm);
    if (r === undefined) {
      if (firstCache.size >= CACHE_LIMIT) firstCache.clear();
      r = has(FORM_TYPES.first + norm);
      firstCache.set(norm, r);
    }
    return r;
  };
  const nameLike = (w: Word | undefined): w is Word => w !== undefined && w.norm.length > 0 && !hasDigit(w.norm);

  return {
    size: set.size,
    find(doc: Doc): RosterMatch[] {
      if (set.size === 0) return [];
      // The post's words with the roster's extra letters mapped; the shared array itself when no word has one.
      const all = docWords(doc);
      // (Those letters are not ASCII, and a word of ASCII text folds to ASCII: a plain ASCII post needs no look at its words.)
      const words = NON_ASCII.test(doc.text) && all.some((w) => hasExtraLetter(w.norm)) ? all.map((w) => (hasExtraLetter(w.norm) ? { ...w, norm: rosterWord(w.norm) } : w)) : all;
      const out: RosterMatch[] = [];
      const lowerCase = !words.some((w) => w.cap);
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        // #JackSmith, @jacksmith2015, JackSmith, #WellDoneJack, #GoJackSmith
        if ((w.prefix || w.camel) && w.norm.length >= 4) {
          const n = w.norm.replace(/\d+$/, '');
          if (n.length >= 4 && !/\d/.test(n) && has(FORM_TYPES.joined + n)) {
            out.push({ type: 'joined', from: i, to: i + 1 });
            continue;
          }
          const p = TAG_PREFIXES.find((t) => n.startsWith(t) && n.length - t.length >= 2);
          if (p) {
            const rest = n.slice(p.length);
            if (!/\d/.test(rest) && (has(FORM_TYPES.first + rest) || (rest.length >= 4 && has(FORM_TYPES.joined + rest)))) {
              out.push({ type: 'joined', from: i, to: i + 1 });
              continue;
            }
          }
        }
        // "the Novak brothers", "the Ellis family's youngest", "Chen family": a rostered surname with family words.
        const fam = words[i + 1];
        if (fam && FAMILY_AFTER.has(fam.norm) && !w.possessive && (w.cap || lowerCase) && nameLike(w) && w.norm.length >= 2 && !FUNCTION_WORDS.has(w.norm)) {
          // Two-word surnames first ("the De Souza family"), then the word alone.
          const pw = words[i - 1];
          if (pw && nameLike(pw) && !FUNCTION_WORDS.has(pw.norm) && !pw.possessive && (pw.cap || lowerCase) && out.at(-1)?.to !== i && has(`${FORM_TYPES.last}${pw.norm} ${w.norm}`)) {
            out.push({ type: 'last', from: i - 1, to: i + 2 });
            i += 1;
            continue;
          }
          if (has(FORM_TYPES.last + w.norm)) {
            out.push({ type: 'last', from: i, to: i + 2 });
            i += 1;
            continue;
          }
        }
        // "Mrs Novak", "Mr and Mrs Novak", "Mr & Mrs De Souza": a rostered surname after a title (the rule decides whether
        // a parent of the pupil is meant or a colleague, a neighbour, a shopkeeper).
        if (SURNAME_TITLES.has(w.norm) && !w.possessive) {
          const s1 = words[i + 1];
          if (nameLike(s1) && (s1.cap || lowerCase) && !s1.sentenceStart && s1.norm.length >= 2 && !FUNCTION_WORDS.has(s1.norm) && /^\.?\s{1,3}$/.test(doc.text.slice(w.end, s1.start))) {
            const s2 = words[i + 2];
            const len = !s1.possessive && nameLike(s2) && (s2.cap || lowerCase) && !s2.sentenceStart && s2.norm.length >= 2 && has(`${FORM_TYPES.last}${s1.norm} ${s2.norm}`) ? 2 : has(FORM_TYPES.last + s1.norm) ? 1 : 0;
            if (len > 0) {
              // "Mr and Mrs Novak" / "Mr & Mrs Novak": the couple, from the first title.
              let from = i;
              const p1 = words[i - 1];
              const p2 = words[i - 2];
              if (p1?.norm === 'and' && p2 && SURNAME_TITLES.has(p2.norm)) from = i - 2;
              else if (p1 && SURNAME_TITLES.has(p1.norm) && doc.text.slice(p1.end, w.start).replace('.', '').trim() === '&') from = i - 1;
              out.push({ type: 'last', from, to: i + 1 + len, how: from < i ? 'couple' : 'title' });
              i += len;
              continue;
            }
          }
        }
        // "the Novaks", "the Joneses'": a rostered surname made plural, a family (capitalised: "the woods" is no Wood family).
        if (w.cap && !w.sentenceStart && words[i - 1]?.norm === 'the' && w.norm.length >= 4 && w.norm.endsWith('s') && nameLike(w)) {
          const one = w.norm.slice(0, -1);
          if (has(FORM_TYPES.last + one) || (w.norm.endsWith('es') && has(FORM_TYPES.last + w.norm.slice(0, -2)))) {
            out.push({ type: 'last', from: i, to: i + 1, how: 'plural' });
            continue;
          }
        }
        if (!nameLike(w)) continue;
        // "J. Smith", "J Smith": a capital initial then the surname (one or two words).
        // Not a middle initial: "Sara A. Carter" is someone else's name.
        if (w.norm.length === 1 && w.cap && !(i > 0 && words[i - 1]!.cap && !w.sentenceStart && doc.text.slice(words[i - 1]!.end, w.start).trim() === '')) {
          const s1 = words[i + 1];
          // "J. Smith" / "J Smith" with a capitalised surname; not "J-hope", not "A white man".
          const gap = s1 ? doc.text.slice(w.end, s1.start) : '';
          if (nameLike(s1) && s1.norm.length > 1 && !FUNCTION_WORDS.has(s1.norm) && (s1.cap || lowerCase) && /^\.?\s{1,3}$/.test(gap)) {
            const s2 = words[i + 2];
            if (nameLike(s2) && s2.norm.length > 1 && has(`${FORM_TYPES.initLast}${w.norm} ${s1.norm} ${s2.norm}`)) {
              out.push({ type: 'init-last', from: i, to: i + 3 });
              i += 2;
              continue;
            }
            if (has(`${FORM_TYPES.initLast}${w.norm} ${s1.norm}`)) {
              out.push({ type: 'init-last', from: i, to: i + 2 });
              i += 1;
              continue;
            }
          }
          continue;
        }
        if (w.norm.length < 2 || FUNCTION_WORDS.has(w.norm)) continue;
        if (!hasFirst(w.norm)) continue;
        // Longest full form first: "Mary Jane Smith Jones" down to "Jack Smith".
        let matched = false;
        let key = w.norm;
        const longer: string[] = [];
        for (let k = 1; k <= 3; k++) {
          const nx = words[i + k];
          if (!nameLike(nx)) break;
          key = `${key} ${nx.norm}`;
          longer.push(key);
        }
        for (let k = longer.length; k >= 1; k--) {
          if (has(FORM_TYPES.full + longer[k - 1]!)) {
            out.push({ type: 'full', from: i, to: i + 1 + k });
            i += k;
            matched = true;
            break;
          }
        }
        if (matched) continue;
        // A two-word first name ("Mary Jane") before the single word; then "Jack S." / "Mary Jane W.":
        // the initial must be a capital letter right after the name (a lone "a" or "s" is not an initial).
        const nx = words[i + 1];
        const firstLen = nameLike(nx) && nx.norm.length > 1 && has(`${FORM_TYPES.first}${w.norm} ${nx.norm}`) ? 2 : 1;
        const firstKey = firstLen === 2 ? `${w.norm} ${nx!.norm}` : w.norm;
        const ini = words[i + firstLen];
        const before = words[i + firstLen - 1]!;
        if (ini && ini.norm.length === 1 && ini.cap && !ini.prefix && (w.cap || lowerCase) && /^\s{1,3}$/.test(doc.text.slice(before.end, ini.start)) && has(`${FORM_TYPES.firstInit}${firstKey} ${ini.norm}`)) {
          out.push({ type: 'first-init', from: i, to: i + firstLen + 1 });
          i += firstLen;
          continue;
        }
        if (firstLen === 2) {
          out.push({ type: 'first', from: i, to: i + 2 });
          i += 1;
          continue;
        }
        out.push({ type: 'first', from: i, to: i + 1 });
      }
      return out;
    },
  };
}
