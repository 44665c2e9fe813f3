import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, type Word } from '../../lib/engine/context/index.ts';
import { ALONE, EVERYDAY, PREFIX, STEM, stemIndex } from './shared/school-stems.ts';
import { SCHOOL_TYPE_WORDS, isSchoolNameTail, schoolKeyWord } from './shared/school-key.ts';

const MAX_TAIL = 6;
/** After "<Stem> High" these make it a street or a place, not a school: "Barnet High Street", "Wycombe High Road". */
const STREET_AFTER_HIGH = new Set(['street', 'st', 'road', 'rd', 'cross', 'peak', 'wood', 'park', 'tea', 'court', 'bridge', 'lane', 'point', 'town', 'field', 'fields', 'moor', 'ground', 'tide', 'sheriff', 'commission', 'court']);

/** Kind-of-school words after a stem ("C of E Primary School"): how many, and whether one says "school". */
function tailAfter(words: readonly Word[], from: number): number {
  let k = 0;
  let typed = 0;
  while (k < MAX_TAIL && from + k < words.length && isSchoolNameTail(words[from + k]!.norm)) {
    const n = words[from + k]!.norm;
    // Never across a sentence break ("Washington. The Primary is over") or into "the".
    if (n === 'the' || words[from + k]!.sentenceStart) break;
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
    description: 'Names of schools in England, from the government\'s list of schools, however they are written ("oakfield primary" too).',
    replacement: 'my school',
  },
  create() {
    // Built here, once per configuration (and cached across them), so the first post is not the slow one.
    const { stems } = stemIndex();
    return (doc: Doc): Hit[] => {
      const words = docWords(doc);
      if (words.length === 0) return [];
      const hits: Hit[] = [];
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w.prefix) continue;
        let key = schoolKeyWord(w.norm);
        let f = stems.get(key);
        if (f === undefined) continue;
        let best = 0;
        let bestFlags = 0;
        let bestKey = '';
        for (let len = 1; ; len++) {
          if (f & STEM) {
            best = len;
            bestFlags = f;
            bestKey = key;
          }
          const nx = words[i + len];
          if (!(f & PREFIX) || !nx || nx.prefix) break;
          key = `${key} ${schoolKeyWord(nx.norm)}`;
          f = stems.get(key);
          if (f === undefined) break;
        }
        if (best === 0) continue;
        if (bestFlags & EVERYDAY) {
          let capsOk = true;
          for (let k = i; k < i + best; k++) if (!words[k]!.cap && !/^(?:of|and|the|on|in|upon|with|de|le|la)$/.test(words[k]!.norm)) capsOk = false;
          if (!capsOk) continue;
        }
        let tail = tailAfter(words, i + best);
        if (tail === 0 && !(bestFlags & ALONE)) {
          // "Bramhall High", "Tiffin Girls": how people shorten "... High School", "... Girls' School". Capitals only,
          // and not "Barnet High Street".
          const lastKey = bestKey.slice(bestKey.lastIndexOf(' ') + 1);
          const nx = words[i + best];
          const capsName = words.slice(i, i + best).every((x) => x.cap || /^(?:of|and|the|on|in|upon)$/.test(x.norm));
          if (capsName && best > 1 && (lastKey === 'girl' || lastKey === 'boy') && words[i + best - 1]!.cap) tail = 0;
          else if (capsName && nx && nx.norm === 'high' && nx.cap && !nx.sentenceStart && !STREET_AFTER_HIGH.has(words[i + best + 1]?.norm ?? '')) tail = 1;
          else continue;
        }
        const last = words[i + best + tail - 1]!;
        hits.push({ start: w.start, end: last.end, reason: 'This looks like the name of a school in England. Naming a school on a personal account can identify where you work and the children you teach.' });
        i += best + tail - 1;
      }
      return hits;
    };
  },
});
