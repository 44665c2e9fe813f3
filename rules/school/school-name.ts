import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { docWords, hasSchoolContext, isSchoolNameTail, schoolNameCore, SCHOOL_TYPE_WORDS, type Word } from '../../lib/engine/context/index.ts';
import { schoolNameVariants } from '../../lib/engine/context/index.ts';

type FormKind = 'name' | 'alias' | 'core' | 'initials';

interface Form {
  kind: FormKind;
  /** The configured name this form comes from, quoted in the reason. */
  source: string;
}

const SCHOOL_GROUPS = new Set(['choir', 'staff', 'pupils', 'kids', 'children', 'pta', 'family', 'community', 'netball', 'football', 'orchestra', 'governors', 'parents', 'leavers', 'nativity', 'fete', 'disco', 'assembly', 'uniform', 'teachers', 'team', 'staffroom', 'playground', 'reception', 'ofsted']);
/** Head words that make a name something other than the school: clubs, churches, streets, surgeries. */
const OTHER_BODY = new Set(['fc', 'afc', 'rfc', 'cc', 'jfc', 'united', 'utd', 'rovers', 'athletic', 'harriers', 'wanderers', 'albion', 'rangers', 'church', 'chapel', 'cathedral', 'parish', 'road', 'street', 'lane', 'avenue', 'close', 'crescent', 'drive', 'estate', 'surgery', 'medical', 'practice', 'library', 'leisure', 'lakes', 'golf', 'cricket', 'rugby', 'bowls', 'tennis',
  // Other places that share a school's name: "St Benedict's Abbey", "Meols Cop station", "Lindow Moss".
  'abbey', 'priory', 'minster', 'station', 'halt', 'hospital', 'hotel', 'moss', 'common', 'reservoir', 'retail', 'services', 'marina', 'crematorium', 'cemetery',
  // Walks, routes and streets named after the same saint or place: "St Cuthbert's Way", "Kingsmead Walk".
  'way', 'walk', 'path', 'trail', 'terrace', 'square', 'grove', 'gardens', 'well', 'cave', 'island', 'isle', 'bay',
  // Session places9: countryside that shares the name ("Beacon Hill country park", "Larkspur woods", "Fernhill nature reserve").
  'country', 'woods', 'wood', 'nature', 'forest', 'moor', 'heath', 'lake', 'beach', 'farm', 'allotments', 'viewpoint']);
const SMALL_WORDS = new Set(['the', 'of', 'and', 'for', 'at', 'in', 'on']);
/** Welsh kind-of-school words after "Ysgol": primary, Welsh-medium, comprehensive, secondary, community. */
const WELSH_TYPE = new Set(['gynradd', 'gymraeg', 'gyfun', 'uwchradd', 'gymuned', 'gymunedol', 'babanod', 'iau', 'feithrin', 'wirfoddol']);
/** Church designations that people leave out of a school's initials: "Church of England", "CE", "RC", "Catholic". */
const DESIGNATION = new Set(['church', 'england', 'ce', 'cofe', 'coe', 'catholic', 'rc', 'roman', 'methodist', 'voluntary', 'aided', 'controlled', 'va', 'vc', 'of']);
/** School-spirit words around initials in a tag: "#WPSfamily", "#TeamHGS", "@HGS_PE". */
const SPIRIT = ['family', 'fam', 'pride', 'proud', 'team', 'stars', 'learners', 'way', 'values', 'staff', 'pe', 'sport', 'sports', 'choir', 'life', 'community', 'crew', 'kids', 'readers', 'news', 'music', 'art', 'eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'sixthform'];
/** Cores that are ordinary words: "Park" from "Park School" is only the school when capitalised. */
const MIN_CORE_LETTERS = 4;

function reasonFor(kind: FormKind | 'handle' | 'postcode' | 'domain', source: string): string {
  switch (kind) {
    case 'name':
    case 'alias':
      return `This names your school (${source}). Your policy asks staff not to identify their school on personal accounts.`;
    case 'core':
      return `This looks like a short form of your school's name (${source}), which identifies your school.`;
    case 'initials':
      return `These look like your school's initials (${source}), which identify your school to anyone who knows it.`;
    case 'handle':
      return `This hashtag or handle refers to your school (${source}).`;
    case 'postcode':
      return "This is your school's postcode, which pinpoints the school.";
    case 'domain':
      return "This is your school's web address, which identifies the school.";
  }
}

const SEVERITY: Record<FormKind, Severity> = { name: 'high', alias: 'high', core: 'medium', initials: 'medium' };

function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/** The post in lower case, once per post. */
function lowerText(doc: Doc): string {
  return doc.memo('school-name:lower', () => doc.text.toLowerCase());
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The configured school: its name and aliases in any case, short forms derived from them ("Woodbridge
 * Junior", "Woodbridge"), initials ("WJS"), hashtags and handles (#WoodbridgeJuniors), the school's
 * postcode and web domain.
 */
export default defineRule({
  meta: {
    id: 'school/school-name',
    category: 'school',
    severity: 'high',
    // The school's configured name: more specific than the national list or the generic pattern.
    precedence: 1,
    theme: 'staff-identification',
    description: "Your school's configured name, aliases, short forms, initials, hashtags, postcode and web domain.",
    replacement: 'my school',
  },
  create(config) {
    const names = [config.schoolName, ...(config.schoolAliases ?? [])].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
    // Word sequence (space-joined) -> form; longest match wins, name/alias over derived forms.
    const forms = new Map<string, Form>();
    const maxLenByFirst = new Map<string, number>();
    const initials = new Map<string, Form>();
    // Shortened initials count only as a hashtag or handle ("#BIS"), where a bare "BIS" may be anything.
    const tagInitials = new Map<string, Form>();
    const handlePrefixes: { joined: string; form: Form }[] = [];
    const add = (words: readonly string[], form: Form): void => {
      if (words.length === 0) return;
      const key = words.join(' ');
      const existing = forms.get(key);
      if (existing && existing.kind !== 'core') return;
      forms.set(key, form);
      maxLenByFirst.set(words[0]!, Math.max(maxLenByFirst.get(words[0]!) ?? 0, words.length));
    };
    const primary = config.schoolName ?? names[0] ?? '';
    for (const [idx, name] of names.entries()) {
      for (const words of schoolNameVariants(name)) addName(idx, name, words);
    }
    function addName(idx: number, name: string, all: string[]): void {
      // A leading "the" is an article in a post ("off to the Oaks Academy"), not part of the match.
      const words = all[0] === 'the' ? all.slice(1) : all;
      if (words.length === 0) return;
      const kind: FormKind = idx === 0 && name === config.schoolName ? 'name' : 'alias';
      const compactAlias = words.length === 1 && /^[A-Z]{2,6}$/.test(name.trim());
      if (compactAlias) {
        initials.set(words[0]!, { kind: 'initials', source: name.trim() });
        return;
      }
      add(words, { kind, source: name.trim() });
      const core = schoolNameCore(words);
      // Every shortening between the core and the full name: "Woodbridge Junior", "Woodbridge".
      for (let end = core.length; end < words.length; end++) {
        const part = words.slice(0, end);
        if (part.length === 0) continue;
        if (part.length === 1 && part[0]!.length < MIN_CORE_LETTERS) continue;
        add(part, { kind: end === core.length ? 'core' : kind, source: primary.trim() || name.trim() });
      }
      const ini = initialsOf(all);
      if (ini.length >= 3 && ini.length <= 7) initials.set(ini, { kind: 'initials', source: ini.toUpperCase() });
      // Initials as people shorten them: without "School" ("#CADI" for Crofton Anne Dale Infant School) and without
      // the church designation ("#BIS" for Bursledon Church of England Infant School).
      const plain = all.filter((x) => !DESIGNATION.has(x));
      for (const variant of [all, plain]) {
        for (const cut of [variant, variant[variant.length - 1] === 'school' ? variant.slice(0, -1) : variant]) {
          const short = initialsOf(cut);
          if (short.length >= 3 && short.length <= 7 && !initials.has(short)) tagInitials.set(short, { kind: 'initials', source: short.toUpperCase() });
        }
      }
      // "Ysgol Y Faenol" is "Faenol" to its staff: the core without the Welsh article.
      let welsh = core[0] === 'ysgol' ? core.slice(1) : core;
      while (welsh.length > 1 && WELSH_TYPE.has(welsh[0]!)) welsh = welsh.slice(1);
      if (welsh[0] === 'y' || welsh[0] === 'yr') welsh = welsh.slice(1);
      if (welsh.length > 0 && welsh.length < core.length && welsh.join('').length >= MIN_CORE_LETTERS) add(welsh, { kind: 'core', source: primary.trim() || name.trim() });
      for (const w of [words, core]) {
        const joined = w.join('');
        if (joined.length >= 5 && !handlePrefixes.some((h) => h.joined === joined)) handlePrefixes.push({ joined, form: { kind, source: name.trim() } });
      }
    }
    const postcode = config.schoolPostcode?.replace(/\s+/g, '').toUpperCase();
    const postcodeRe = postcode && postcode.length >= 5
      ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(postcode.slice(0, -3))}\\s*${escapeRegExp(postcode.slice(-3))}(?![A-Za-z0-9])`, 'gi')
      : undefined;
    const domain = config.schoolDomain?.toLowerCase().replace(/^www\./, '');
    const domainRe = domain ? new RegExp(`(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\\.)*${escapeRegExp(domain)}(?![A-Za-z0-9-])`, 'gi') : undefined;
    // Every match of either regex holds the outward code or the domain in some case of its letters. Without the u flag,
    // /i matches an ASCII character only with ASCII ones, so for an ASCII needle the lower-cased post holds it
    // wherever a match is: a post without it skips the scan (undefined: always scan).
    const asciiLower = (s: string | undefined): string | undefined => (s !== undefined && /^[\x00-\x7f]+$/.test(s) ? s.toLowerCase() : undefined);
    const postcodeNeedle = postcodeRe ? asciiLower(postcode!.slice(0, -3)) : undefined;
    const domainNeedle = domainRe ? asciiLower(domain) : undefined;
    const mayHold = (doc: Doc, needle: string | undefined): boolean => needle === undefined || lowerText(doc).includes(needle);

    // A one-word short form ("Woodbridge") is also a place or a surname: it counts when capitalised and the
    // post is about school, or when it is where someone goes ("back to Woodbridge", "at Woodbridge").
    const weakCore = (doc: Doc, w: readonly Word[], i: number, len: number): boolean => {
      if (len !== 1 || w[i]!.prefix) return false;
      if (!w[i]!.cap) return true;
      const prev = w[i - 1]?.norm;
      if (prev === 'at' || prev === 'to' || prev === 'from' || prev === 'into' || prev === 'our') return false;
      // "Woodbridge choir", "Woodbridge staff": the school's people and events.
      if (SCHOOL_GROUPS.has(w[i + 1]?.norm ?? '')) return false;
      return !hasSchoolContext(doc);
    };

    return (doc: Doc): Hit[] => {
      const hits: Hit[] = [];
      const text = doc.text;
      if (forms.size || initials.size || tagInitials.size || handlePrefixes.length) {
        const words = docWords(doc);
        for (let i = 0; i < words.length; i++) {
          const w = words[i]!;
          if (w.prefix) {
            const hit = matchHandle(w, text);
            if (hit) {
              hits.push(hit);
              continue;
            }
          }
          const ini = initials.get(w.norm);
          // Initials in capitals or as a tag, or in lower case before the school's people ("wjs staff night out").
          if (ini && (w.upper || w.prefix || SCHOOL_GROUPS.has(words[i + 1]?.norm ?? ''))) {
            hits.push({ start: w.start, end: w.end, reason: reasonFor('initials', ini.source), severity: SEVERITY.initials });
            continue;
          }
          const max = maxLenByFirst.get(w.norm);
          if (max === undefined) continue;
          let key = '';
          let best: { form: Form; len: number } | undefined;
          for (let len = 1; len <= max && i + len <= words.length; len++) {
            key = len === 1 ? w.norm : `${key} ${words[i + len - 1]!.norm}`;
            const f = forms.get(key);
            if (f) best = { form: f, len };
          }
          if (!best) continue;
          let { form, len } = best;
          // A short form followed by any kind-of-school words is the school's name as people write it
          // ("Woodbridge Juniors" for Woodbridge Junior School).
          let tail = 0;
          let typed = false;
          while (i + len + tail < words.length && isSchoolNameTail(words[i + len + tail]!.norm) && tail < 6) {
            if (SCHOOL_TYPE_WORDS.has(words[i + len + tail]!.norm)) typed = true;
            tail++;
          }
          if (typed) {
            len += tail;
            if (form.kind === 'core') form = { kind: 'name', source: form.source };
          } else if (form.kind === 'core' && weakCore(doc, words, i, len)) {
            continue;
          } else if (OTHER_BODY.has(words[i + len]?.norm ?? '')) {
            // "Hillcrest Athletic", "St Aidan's church bells", "Woodbridge Road": a club, church or street that shares the name.
            continue;
          }
          const last = words[i + len - 1]!;
          hits.push({ start: w.start, end: last.end, reason: reasonFor(form.kind, form.source), severity: SEVERITY[form.kind] });
          i += len - 1;
        }
      }
      if (postcodeRe && mayHold(doc, postcodeNeedle)) {
        postcodeRe.lastIndex = 0;
        for (let m = postcodeRe.exec(text); m; m = postcodeRe.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, reason: reasonFor('postcode', '') });
      }
      if (domainRe && mayHold(doc, domainNeedle)) {
        domainRe.lastIndex = 0;
        for (let m = domainRe.exec(text); m; m = domainRe.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, reason: reasonFor('domain', '') });
      }
      return hits;
    };

    function matchHandle(w: Word, text: string): Hit | undefined {
      // "office@school.sch.uk" is an email address, not a handle.
      if (w.prefix === '@' && w.start > 0 && /[\p{L}\p{N}._-]/u.test(text[w.start - 1]!)) return undefined;
      // "#WoodbridgeJuniors", "@woodbridge_js" (the tokenizer stops at "_", so the handle's first part is enough
      // when it starts with the school's distinctive name).
      const n = w.norm.replace(/\d+$/, '');
      for (const { joined, form } of handlePrefixes) {
        if (n === joined || (n.startsWith(joined) && n.length - joined.length <= 12)) {
          const rest = /^(?:[_.][\p{L}\p{N}]+)*/u.exec(text.slice(w.end, w.end + 40))?.[0] ?? '';
          return { start: w.start, end: w.end + rest.length, reason: reasonFor('handle', form.source), severity: 'high' };
        }
      }
      const ini = initials.get(n) ?? tagInitials.get(n);
      if (ini) return { start: w.start, end: w.end, reason: reasonFor('initials', ini.source), severity: SEVERITY.initials };
      // Initials with a school-spirit word: "#WPSfamily", "#TeamHGS", "#CADIchoir".
      for (const spirit of SPIRIT) {
        const rest = n.startsWith(spirit) ? n.slice(spirit.length) : n.endsWith(spirit) ? n.slice(0, -spirit.length) : '';
        const found = rest ? initials.get(rest) ?? tagInitials.get(rest) : undefined;
        if (found) return { start: w.start, end: w.end, reason: reasonFor('initials', found.source), severity: SEVERITY.initials };
      }
      return undefined;
    }
  },
});
