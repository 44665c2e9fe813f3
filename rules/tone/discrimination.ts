import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { lexicalHits } from './shared/lexical.ts';
import { alt } from './shared/phrases.ts';
import { firstWords, matchInWindows, triggerWindows } from './shared/windows.ts';

const GROUP_WORDS = [
  'immigrants', 'migrants', 'refugees', 'asylum seekers', 'foreigners', 'muslims', 'moslems', 'islam', 'jews', 'jewish people', 'blacks', 'black people',
  'whites', 'asians', 'gays', 'gay people', 'lesbians', 'queers', 'trans people', 'transgender people', 'trannies', 'gypsies', 'travellers', 'pikeys',
  'poles', 'romanians', 'eastern europeans', 'africans', 'pakistanis', 'indians', 'chinese', 'arabs', 'mexicans', 'women', 'feminists',
  'disabled people', 'the disabled', 'autistic people', 'autistics', 'christians', 'catholics', 'hindus', 'sikhs', 'boat people', 'illegals',
];
const GROUPS = alt(GROUP_WORDS);
const HATE = alt([
  'scum', 'vermin', 'animals', 'parasites', 'filth', 'filthy', 'dirty', 'disgusting', 'criminals', 'rapists', 'terrorists', 'savages', 'subhuman',
  'inferior', 'a disease', 'a plague', 'cockroaches', 'rats', 'lazy', 'thick', 'stupid', 'evil', 'invading', 'invaders', 'taking over', 'ruining',
  'breeding', 'not welcome', 'not wanted', 'should go back', 'should be deported', 'should be sent back', 'should be banned', 'should be shot',
  'need to go', 'must go', 'all the same', 'the problem', 'a problem', 'a drain', 'scroungers', 'freeloaders', 'sponging', 'spongers', 'sick',
  'perverts', 'paedos', 'groomers', 'mentally ill', 'unnatural', 'an abomination',
]);

const PATTERNS: RegExp[] = [
  // "all immigrants are scum", "these Muslims are taking over", "gays should be banned"
  new RegExp(`\\b(?:all|these|those|the|bloody|typical|most|fucking|effing|you|them)?\\s*(?:${GROUPS})\\s+(?:are|were|is|should|need\\s+to|must|just|keep|all|aren['’]t|want\\s+to)\\s+(?:(?:all|just|nothing\\s+but|basically|like|a\\s+bunch\\s+of|so|being|bloody|fucking)\\s+){0,2}(?:${HATE})\\b`, 'gi'),
  new RegExp(`\\b(?:send|ship|kick|throw|deport|get)\\s+(?:them|the\\s+(?:${GROUPS})|(?:${GROUPS})|all\\s+of\\s+them)\\s+(?:all\\s+)?(?:back|out|home)\\b`, 'gi'),
  /\bgo\s+back\s+(?:to|where)\s+(?:your|their|you|they)\s+(?:own\s+)?(?:country|came\s+from|come\s+from|belong)\b/gi,
  /\b(?:i['’]m|im|i\s+am)\s+not\s+(?:a\s+)?(?:racist|sexist|homophobic|a\s+bigot)\s*,?\s*but\b/gi,
  /\b(?:that['’]s|thats|that\s+is|it['’]s|its|it\s+is|you['’]re|youre|sounds|looks|how)\s+(?:so\s+|well\s+|proper\s+|dead\s+|totally\s+)gay\b/gi,
  /\bno\s+homo\b/gi,
  /\b(?:women|girls)\s+(?:should|belong)\s+(?:stay\s+)?(?:in|at)\s+(?:the\s+)?(?:kitchen|home|sink)\b/gi,
  /\b(?:throws?|run|runs|fight|fights|scream|screams)\s+like\s+a\s+girl\b/gi,
  /\b(?:a|so|bit|proper|totally)\s+(?:autistic|autist|special\s+needs|sped|mental|psycho|schizo|bipolar)\s+(?:about|with|when|today|lol)\b/gi,
];

const TRIGGERS = new Set([
  ...firstWords(GROUP_WORDS).filter((w) => w !== 'the'), 'disabled', 'send', 'ship', 'kick', 'throw', 'deport', 'get', 'country', 'racist', 'sexist', 'homophobic', 'bigot', 'gay', 'homo', 'women', 'girls', 'girl',
  'autistic', 'autist', 'special', 'sped', 'mental', 'psycho', 'schizo', 'bipolar',
]);

export default defineRule({
  meta: {
    id: 'tone/discrimination',
    category: 'tone',
    severity: 'high',
    theme: 'offensive-content',
    description: 'Slurs (also when quoted or disguised) and hateful generalisations about groups of people.',
  },
  create() {
    return (doc): Hit[] => {
      const hits: Hit[] = [];
      for (const h of lexicalHits(doc)) {
        if (h.kind !== 'slur') continue;
        hits.push({
          start: h.start,
          end: h.end,
          reason: h.disguised
            ? 'Discriminatory language: this is a disguised slur. Respelling it does not change how it reads.'
            : 'Discriminatory language: this is a slur. Even when quoting someone to condemn them, repeating it in a public post can cause offence and be reported.',
        });
      }
      const windows = triggerWindows(doc, TRIGGERS, 110);
      for (const re of windows.length ? PATTERNS : []) {
        for (const m of matchInWindows(doc.text, re, windows)) {
          const lead = m.text.length - m.text.trimStart().length;
          hits.push({
            start: m.index + lead,
            end: m.index + m.text.length,
            reason: 'Discriminatory language: this generalises about, or belittles, a group of people. It breaches equality duties that apply to school staff.',
          });
        }
      }
      return hits;
    };
  },
});
