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
const NATIONALITY_WORDS = [
  'polish', 'romanian', 'romanians', 'bulgarian', 'lithuanian', 'latvian', 'slovak', 'czech', 'albanian', 'eastern european', 'pakistani', 'indian',
  'bangladeshi', 'somali', 'nigerian', 'african', 'asian', 'chinese', 'arab', 'muslim', 'jewish', 'irish', 'scottish', 'welsh', 'gypsy', 'traveller',
  'roma', 'foreign', 'immigrant', 'refugee', 'syrian', 'afghan', 'kurdish', 'turkish', 'portuguese', 'spanish', 'italian', 'french', 'german',
];
const NATIONALITY = alt(NATIONALITY_WORDS);
const HATE = alt([
  'scum', 'vermin', 'animals', 'parasites', 'filth', 'filthy', 'dirty', 'disgusting', 'criminals', 'rapists', 'terrorists', 'savages', 'subhuman',
  'inferior', 'a disease', 'a plague', 'cockroaches', 'rats', 'lazy', 'thick', 'stupid', 'evil', 'invading', 'invaders', 'taking over', 'ruining',
  'breeding', 'not welcome', 'not wanted', 'should go back', 'should be deported', 'should be sent back', 'should be banned', 'should be shot',
  'need to go', 'must go', 'all the same', 'the problem', 'a problem', 'a drain', 'scroungers', 'freeloaders', 'sponging', 'spongers', 'sick',
  'perverts', 'paedos', 'groomers', 'mentally ill', 'unnatural', 'an abomination', 'exhausting', 'hysterical', 'emotional', 'petty', 'bossy', 'catty', 'all mad',
]);

const PATTERNS: RegExp[] = [
  // "all immigrants are scum", "these Muslims are taking over", "gays should be banned"
  new RegExp(`\\b(?:all|these|those|the|bloody|typical|most|fucking|effing|you|them)?\\s*(?:${GROUPS})(?:\\s+(?:in|at|from|on)\\s+(?:the\\s+)?[a-z]+)?\\s+(?:are|were|is|should|need\\s+to|must|just|keep|all|aren['’]t|want\\s+to)\\s+(?:(?:all|just|nothing\\s+but|basically|like|a\\s+bunch\\s+of|so|too|always|being|bloody|fucking)\\s+){0,2}(?:${HATE})\\b`, 'gi'),
  // A bare "them" is a group only sent back or home, or all of them ("Send them all back"); "send them out" is canvassers, "get them out" a tray of cakes.
  new RegExp(`\\b(?:send|ship|kick|throw|deport|get)\\s+(?:(?:the\\s+(?:${GROUPS})|(?:${GROUPS})|all\\s+of\\s+them)\\s+(?:all\\s+)?(?:back|out|home)|them\\s+(?:all\\s+(?:back|out|home)|back|home))\\b`, 'gi'),
  /\bgo\s+back\s+(?:to|where)\s+(?:your|their|you|they)\s+(?:own\s+)?(?:country|came\s+from|come\s+from|belong)\b/gi,
  /\b(?:i['’]m|im|i\s+am)\s+not\s+(?:a\s+)?(?:racist|sexist|homophobic|a\s+bigot)\s*,?\s*but\b/gi,
  /\b(?:that['’]s|thats|that\s+is|it['’]s|its|it\s+is|you['’]re|youre|sounds|looks|how)\s+(?:so\s+|well\s+|proper\s+|dead\s+|totally\s+)gay\b/gi,
  /\bno\s+homo\b/gi,
  /\b(?:women|girls)\s+(?:should|belong)\s+(?:stay\s+)?(?:in|at)\s+(?:the\s+)?(?:kitchen|home|sink)\b/gi,
  /\b(?:throws?|run|runs|fight|fights|scream|screams)\s+like\s+a\s+girl\b/gi,
  /\b(?:a|so|bit|proper|totally)\s+(?:autistic|autist|special\s+needs|sped|mental|psycho|schizo|bipolar)\s+(?:about|with|when|today|lol)\b/gi,  // Dismissing a child's identity or need: "the trans kid is just doing it for attention".
  /\b(?:trans|transgender|non-?binary|gay|autistic|adhd|dyslexic|send)\s+(?:kid|kids|child|children|pupil|pupils|student|students|boy|boys|girl|girls|lad|lass|teen|teens|teenager|teenagers|ones?)\b[^.!?\n]{0,40}?\b(?:for\s+(?:the\s+)?attention|attention[- ]seek(?:ing|ers?)|just\s+a\s+phase|going\s+through\s+a\s+phase|making\s+it\s+up|made\s+up|a\s+fad|a\s+trend|just\s+naughty|an\s+excuse)\b/gi,
  // Nationality generalisations about families and children: "the Polish kids never even try".
  new RegExp(`\\b(?:the|these|those|all\\s+the|all|half\\s+(?:of\\s+)?(?:these|those|the))\\s+(?:(?:${NATIONALITY})\\s+(?:kids|children|families|parents|mums|dads|pupils|lot|people|lads|girls|boys)|${GROUPS})\\b[^.!?\\n]{0,30}?\\b(?:don['’]?t|do\\s+not|never|won['’]?t|can['’]?t|refuse\\s+to)\\s+(?:even\\s+)?(?:try|bother|learn|speak|integrate|work|pay|wash|listen|behave)\\b`, 'gi'),
];

const TRIGGERS = new Set([
  ...firstWords(GROUP_WORDS).filter((w) => w !== 'the'), 'disabled', 'send', 'ship', 'kick', 'throw', 'deport', 'get', 'country', 'racist', 'sexist', 'homophobic', 'bigot', 'gay', 'homo', 'women', 'girls', 'girl',
  'autistic', 'autist', 'special', 'sped', 'mental', 'psycho', 'schizo', 'bipolar', 'trans', 'transgender', 'nonbinary', 'non-binary', 'adhd', 'dyslexic',
  ...firstWords(NATIONALITY_WORDS),
]);

// "why saying 'that's so gay' isn't banter": a phrase in quotes after a word about saying it is being
// discussed, not used. Slurs are still reported (repeating one is the risk), but a phrase pattern is not.
const MENTION_BEFORE = /\b(?:say|says|saying|said|call|calling|called|use|using|used|word|words|phrase|phrases|term|like|shouting|shouted|heard|hear|hearing)\s*[:,]?\s*["“'‘]$/i;

function mentioned(text: string, start: number): boolean {
  return MENTION_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

// A slur with a doubled letter is also looked up with the letters single ("niggger" is "nigger"), but a few of
// those single-letter forms are ordinary words: "con", "cons" (a con, the Cons, a fan con), "Niger" (the country).
const ORDINARY_SQUEEZED = new Set(['con', 'cons', 'niger']);

/** The written word is an ordinary word that only matched the slur with its doubled letter squeezed out. */
function squeezedWord(written: string, slur: string): boolean {
  const w = written.toLowerCase();
  return w !== slur && ORDINARY_SQUEEZED.has(w);
}

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
        if (h.kind !== 'slur' || squeezedWord(doc.text.slice(h.start, h.end), h.word)) continue;
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
          if (mentioned(doc.text, m.index + lead)) continue;
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
