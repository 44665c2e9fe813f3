import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, type Word } from '../../lib/engine/context/index.ts';
import { SCHOOL_STEMS } from '../lexicons/school-names.ts';
import { SCHOOL_TYPE_WORDS, isSchoolNameTail, schoolKeyWord } from './shared/school-key.ts';

interface StemIndex {
  /** Stem -> flags: 1 = matches alone, 2 = everyday words (capitals needed). */
  stems: Map<string, number>;
  /** First word of any stem -> longest stem starting with it, in words. */
  maxLen: Map<string, number>;
}

let index: StemIndex | undefined;

/** Parsed on first use (about 26,000 stems, a few milliseconds) and shared by every analyser. */
function stemIndex(): StemIndex {
  if (index) return index;
  const stems = new Map<string, number>();
  const maxLen = new Map<string, number>();
  for (const line of SCHOOL_STEMS.split('\n')) {
    let flags = 0;
    let s = 0;
    if (line[s] === '*') {
      flags |= 1;
      s++;
    }
    if (line[s] === '~') {
      flags |= 2;
      s++;
    }
    const key = line.slice(s);
    stems.set(key, flags);
    const sp = key.indexOf(' ');
    const first = sp === -1 ? key : key.slice(0, sp);
    let n = 1;
    for (let i = 0; i < key.length; i++) if (key[i] === ' ') n++;
    if ((maxLen.get(first) ?? 0) < n) maxLen.set(first, n);
  }
  index = { stems, maxLen };
  return index;
}

const MAX_TAIL = 6;

/** Kind-of-school words after a stem ("C of E Primary School"): how many, and whether one says "school". */
function tailAfter(words: readonly Word[], from: number): number {
  let k = 0;
  let typed = 0;
  while (k < MAX_TAIL && from + k < words.length && isSchoolNameTail(words[from + k]!.norm)) {
    const n = words[from + k]!.norm;
    // "High Street", "First Avenue": only kind-of-school words that are not street words count.
    if (SCHOOL_TYPE_WORDS.has(n)) typed = k + 1;
    k++;
  }
  return typed;
}

/**
 * School names from the national list of English schools (GIAS, open and closed): "Oakfield Primary",
 * "st bede's catholic primary", "Harris Academy South Norwood". Case-insensitive and whole-word; a stem
 * made of everyday words ("Green Lane") needs capitals, and most stems need a kind-of-school word after them.
 */
export default defineRule({
  meta: {
    id: 'school/known-school',
    category: 'school',
    severity: 'medium',
    theme: 'staff-identification',
    description: 'Names of English schools from the national schools list (GIAS), in any case.',
  },
  create() {
    return (doc: Doc): Hit[] => {
      const words = docWords(doc);
      if (words.length === 0) return [];
      const { stems, maxLen } = stemIndex();
      const hits: Hit[] = [];
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w.prefix) continue;
        const first = schoolKeyWord(w.norm);
        const max = maxLen.get(first);
        if (max === undefined) continue;
        let key = first;
        let best = 0;
        let bestFlags = 0;
        for (let len = 1; len <= max && i + len <= words.length; len++) {
          if (len > 1) {
            const nx = words[i + len - 1]!;
            if (nx.prefix) break;
            key = `${key} ${schoolKeyWord(nx.norm)}`;
          }
          const f = stems.get(key);
          if (f !== undefined) {
            best = len;
            bestFlags = f;
          }
        }
        if (best === 0) continue;
        if (bestFlags & 2) {
          let capsOk = true;
          for (let k = i; k < i + best; k++) if (!words[k]!.cap && !/^(?:of|and|the|on|in|upon|with|de|le|la)$/.test(words[k]!.norm)) capsOk = false;
          if (!capsOk) continue;
        }
        const tail = tailAfter(words, i + best);
        if (tail === 0 && !(bestFlags & 1)) continue;
        const last = words[i + best + tail - 1]!;
        hits.push({ start: w.start, end: last.end, reason: 'This looks like the name of a school in England. Naming a school on a personal account can identify where you work and the children you teach.' });
        i += best + tail - 1;
      }
      return hits;
    };
  },
});
