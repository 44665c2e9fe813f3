import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { firstWords, matchInWindows, triggerWindows } from './shared/windows.ts';
import { FAMILY_BEFORE, FAMILY_END, FAMILY_START, moodOf, teasing, type Mood } from './shared/teasing.ts';
import { ALWAYS_INSULT, INSULT_ADJ, INSULT_NOUNS, NEGATED_BEFORE, PEOPLE, REPORTED_BEFORE, SELF_AFTER, SELF_BEFORE, alt, before } from './shared/phrases.ts';

/** Nouns that only ever name-call a person, so "X is a … <noun>" is an insult whatever X looks like. */
const PREDICATE_NOUNS = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'cretin', 'prick', 'pricks', 'twat', 'twats', 'wanker', 'wankers', 'dickhead', 'knobhead', 'arsehole',
  'asshole', 'bellend', 'tosser', 'tossers', 'scumbag', 'scumbags', 'creep', 'coward', 'liar', 'liars', 'hypocrite', 'narcissist', 'psychopath',
  'sociopath', 'toerag', 'halfwit', 'dimwit', 'nitwit', 'numpty', 'plonker', 'muppet', 'pillock', 'prat', 'git', 'jerk', 'loser', 'losers', 'bully',
  'bigot', 'slob', 'sleazebag', 'slimeball', 'lowlife', 'buffoon', 'sod', 'gobshite', 'wazzock', 'cheat', 'fraud', 'thug', 'bitch',
] as const;
/** Nouns that fit things as well as people ("the service was a disgrace"): an insult only with a person as the subject. */
const SUBJECT_NOUNS = ['joke', 'parasite', 'leech', 'weasel', 'snake', 'clown', 'clowns', 'scum', 'vermin', 'waste of space'] as const;
const COPULA_START = /^(?:is|was|are|were|['’]s|['’]re|being)\b/i;
const SUBJECT_ONLY = new RegExp(`(?:${alt(SUBJECT_NOUNS)})$`, 'i');
/** A person as the subject of the clause before "is a …". */
const PERSON_SUBJECT = new RegExp(`\\b(?:he|she|they|you|whoever|anyone|someone|somebody|everyone|${alt(PEOPLE)}|presenter|mp|mps|minister|ministers|pm|influencer|landlord|landlady|driver|drivers|comedian|ex|ex-\\w+|boyfriend|girlfriend|neighbour|lad|woman|guy|bloke|cousin|uncle|aunt|auntie|sister|brother|celebrity|politician|politicians|councillor|councillors|referee|ref|manager|coach|player|players|chairman|owner|fans)\\b`, 'i');
/** A capitalised word that does not start a sentence: most likely a name. */
const NAME_LIKE = /(?<=[a-z,;]\s)[A-Z][a-z]+\b|^\s*[A-Z][a-z]+\s+(?:is|was)\b/;

// Someone other than the writer: second or third person, a handle, a people word or a name.
const OTHER_PERSON = new RegExp(`(?:^|\\s)@\\w|\\b(?:you|u|ur|your|yours|you['’]re|ya|he|she|him|her|his|hers|they|them|their|he['’]s|she['’]s|they['’]re|${alt(PEOPLE)})\\b`, 'i');
// "Complete muppet." as a fragment in a post with nobody else in it is the writer laughing at themselves.
const FRAGMENT = /^(?:what\s+an?|such(?:\s+an?)?|absolute|total|complete|utter|massive)\s/i;

const N = alt(INSULT_NOUNS);
/** Adjectives that are not insults on their own ("a selfish decision", "smug grin") but are with a name-calling noun ("a selfish cow", "smug git"). */
const NAME_ADJ = ['selfish', 'smug', 'arrogant', 'rude', 'miserable', 'nosy', 'nosey', 'entitled', 'jumped-up', 'self-important', 'sanctimonious', 'patronising', 'condescending', 'bitter', 'petty', 'grumpy', 'greedy', 'lying', 'snooty', 'stuck-up'] as const;
const A = alt(INSULT_ADJ);
const P = alt(PEOPLE);
const INTENS = "(?:such\\s+an?|an?|so|really|just|completely|totally|utterly|absolutely|bloody|fucking|effing|proper|right|pure|basically|literally|actual|absolute|total|complete|utter|born|always|the\\s+most|an?\\s+(?:absolute|total|complete|utter|massive|right|proper|bloody|fucking|little|fat|ugly|stupid|useless|thick|pathetic|lazy))";

interface Pattern {
  re: RegExp;
  kind: 'name-calling' | 'insult' | 'mocking';
  severity: Severity;
}

const PATTERNS: Pattern[] = [
  // "you idiot", "you're an absolute muppet", "you stupid cow"
  { re: new RegExp(`\\b(?:you|ya|u|ur|you['’]re|youre|you\\s+are)\\s+(?:${INTENS}\\s+){0,2}(?:(?:${A})\\s+)?(?:${N})\\b`, 'gi'), kind: 'name-calling', severity: 'medium' },
  // "what an idiot", "such a muppet", "absolute clown", "bunch of idiots"
  { re: new RegExp(`\\b(?:what\\s+an?|such(?:\\s+an?)?|absolute|total|complete|utter|massive|pure|bunch\\s+of|pack\\s+of|load\\s+of|set\\s+of|right\\s+little)\\s+(?:(?:${A}|absolute|total|complete|utter|bloody|fucking|little|old)\\s+){0,2}(?:${N})\\b`, 'gi'), kind: 'name-calling', severity: 'medium' },
  // "he's so thick", "they are useless", "she is a liar"
  { re: new RegExp(`\\b(?:he|she|they|he['’]s|she['’]s|they['’]re|hes|shes|theyre|he\\s+is|she\\s+is|they\\s+are|he\\s+was|she\\s+was|they\\s+were|you['’]re|youre|you\\s+are|you\\s+were)\\s+(?:${INTENS}\\s+){0,2}(?:${A}|${N})\\b`, 'gi'), kind: 'insult', severity: 'medium' },
  // "thick kids", "useless head", "stupid parents", "lazy little so-and-sos"
  { re: new RegExp(`\\b(?:${A})\\s+(?:(?:little|old|bloody|fucking|lot\\s+of)\\s+)?(?:${P}|${N})\\b`, 'gi'), kind: 'insult', severity: 'medium' },
  // "a selfish cow", "smug git", "that arrogant prick": a describing word that only insults next to a name-calling noun
  { re: new RegExp(`\\b(?:${alt(NAME_ADJ)}),?\\s+(?:(?:little|old|bloody|fucking|ignorant|lazy|stupid)\\s+)?(?:${N})\\b`, 'gi'), kind: 'name-calling', severity: 'medium' },
  // "the parents are idiots", "Year 9 are animals", "the head is a joke"
  { re: new RegExp(`\\b(?:${P})(?:\\s+\\d{1,2}s?)?(?:\\s+(?:at|in|from|on)\\s+(?:the\\s+|our\\s+|my\\s+|this\\s+|that\\s+)?[a-z]+)?\\s+(?:is|are|was|were|['’]s|['’]re)\\s+(?:${INTENS}\\s+){0,2}(?:${A}|${N})\\b`, 'gi'), kind: 'insult', severity: 'medium' },
  // "lol at the parents who...", "laughing at him", "imagine being that thick"
  { re: /(?:\b(?:lol|lmao|lmfao|rofl|laughing)|😂|🤣)\s*at\s+(?:the|this|that|him|her|them|these|those|some|all\s+the)\b/gi, kind: 'mocking', severity: 'low' },
  { re: new RegExp(`\\bimagine\\s+being\\s+(?:so|that|this)\\s+(?:${A})\\b`, 'gi'), kind: 'mocking', severity: 'medium' },
  { re: /🤡/g, kind: 'mocking', severity: 'low' },
  // Predicate name-calling, whatever the subject looks like: "the bloke in the Audi was an absolute idiot",
  // "that influencer is a vile, talentless leech", "my landlord is a prick and a half". Up to three words
  // (adjectives, commas) may sit between the article and the noun. Nouns that also fit things ("a
  // disgrace", "a joke") need a person as the subject; see PERSON_SUBJECT below.
  { re: new RegExp(`\\b(?:is|was|are|were|['’]s|['’]re|being)\\s+(?:(?:such|just|really|basically|honestly|literally|also|always|still|now|clearly|obviously)\\s+)?(?:(?:an?|the\\s+(?:most|biggest|worst)|one|pure|utter|absolute|total)\\s+)?(?:(?!(?:not|never|no|hardly)\\b)[a-z-]+,?\\s+(?:and\\s+)?){0,3}?(?:${alt([...PREDICATE_NOUNS, ...SUBJECT_NOUNS])})\\b`, 'gi'), kind: 'insult', severity: 'medium' },
  // "People who don't pick up after their dogs are disgusting", "anyone who votes for them is a brainless sheep"
  { re: new RegExp(`\\b(?:people|anyone|those|whoever|folk|drivers|cyclists|parents|men|women)\\s+who\\s+[^.!?\\n]{1,60}?\\s+(?:is|are|was|were)\\s+(?:${INTENS}\\s+){0,2}(?:${A}|${N}|sheep|scum|vermin|trash|filth)\\b`, 'gi'), kind: 'insult', severity: 'medium' },
];

const ALWAYS = new RegExp(`\\b(?:${[...ALWAYS_INSULT].join('|')})\\b`, 'gi');

// sPoNgEbOb case: at least two words whose letters keep flipping case.
function mockingCase(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const WORD = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]{3,}/g;
  let runStart = -1, runEnd = -1, count = 0;
  for (const m of text.matchAll(WORD)) {
    let flips = 0;
    const w = m[0];
    for (let i = 1; i < w.length; i++) {
      const a = w[i - 1]!, b = w[i]!;
      const au = a !== a.toLowerCase(), bu = b !== b.toLowerCase();
      if (au !== bu) flips++;
    }
    // Alternating case flips on most letters ("sUrE"); CamelCase hashtags flip once per word.
    const mocking = flips >= 3 && flips * 2 >= w.length - 1 && text[m.index - 1] !== '#';
    if (mocking && runEnd !== -1 && m.index - runEnd <= 2) {
      runEnd = m.index + w.length;
      count++;
    } else if (mocking) {
      if (count >= 2) out.push({ start: runStart, end: runEnd });
      runStart = m.index;
      runEnd = m.index + w.length;
      count = 1;
    }
  }
  if (count >= 2) out.push({ start: runStart, end: runEnd });
  return out;
}

const TRIGGERS = new Set([...firstWords(INSULT_NOUNS), ...firstWords(PREDICATE_NOUNS), ...firstWords(SUBJECT_NOUNS), ...firstWords(INSULT_ADJ), ...firstWords(NAME_ADJ), ...ALWAYS_INSULT, 'lol', 'lmao', 'lmfao', 'rofl', 'laughing', 'imagine']);
const NEEDLES = ['😂', '🤣', '🤡'];

const REASONS = {
  'name-calling': 'Name-calling: calling someone names in public can be seen as bullying or harassment, even about people you do not name.',
  insult: 'Insult: this describes someone in an insulting way. Parents, pupils and colleagues may recognise themselves.',
  mocking: 'Mocking: making fun of people in a public post can read as ridicule or bullying.',
} as const;

export default defineRule({
  meta: {
    id: 'tone/insult',
    category: 'tone',
    severity: 'medium',
    theme: 'offensive-content',
    description: 'Insults, name-calling and mocking aimed at someone (not "not an idiot", not "I felt like an idiot").',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      const keep = (start: number, end: number): boolean => {
        const b = before(text, start);
        // Teasing your own family, friends or pets: "My husband is useless at flat-pack", "my brother is an absolute muppet".
        if (FAMILY_BEFORE.test(b) || (/\b(?:my|our)\s+(?:own\s+|little\s+|big\s+)?$/i.test(b) && (FAMILY_START.test(text.slice(start, end)) || FAMILY_END.test(text.slice(start, end))))) return false;
        // "was an absolute idiot" names its subject just before the verb: only "I was …" is about the writer
        // ("the van behind me was …" is not).
        const predicate = COPULA_START.test(text.slice(start, end));
        const self = predicate ? /\bi\s*$/i.test(b) : SELF_BEFORE.test(b);
        return !(NEGATED_BEFORE.test(b) || self || REPORTED_BEFORE.test(b) || SELF_AFTER.test(text.slice(end, end + 12)));
      };
      const windows = triggerWindows(doc, TRIGGERS, 90, NEEDLES);
      let nobody: boolean | undefined;
      const nobodyElse = (): boolean => (nobody ??= !OTHER_PERSON.test(text) && !NAME_LIKE.test(text));
      let moodCache: Mood | undefined;
      const mood = (): Mood => (moodCache ??= moodOf(text));
      for (const p of PATTERNS) {
        for (const m of matchInWindows(text, p.re, windows)) {
          const start = m.index, end = start + m.text.length;
          if (p.kind !== 'mocking' && !keep(start, end)) continue;
          if (p.kind !== 'mocking' && teasing(mood(), m.text)) continue;
          if (p.kind === 'name-calling' && FRAGMENT.test(m.text) && nobodyElse()) continue;
          if (SUBJECT_ONLY.test(m.text) && COPULA_START.test(m.text)) {
            // The head of the subject is the word just before the verb: "the referee was a joke", not "our
            // trust's new policy is a joke".
            const head = /(\S+)\s+(?:(?:really|just|honestly|basically|literally|also|always|still|now|clearly|obviously)\s+)?$/.exec(before(text, start, 60))?.[1] ?? '';
            if (!PERSON_SUBJECT.test(head) && !NAME_LIKE.test(before(text, start, 60).slice(-head.length - 2))) continue;
          }
          hits.push({ start, end, severity: p.severity, reason: REASONS[p.kind] });
        }
      }
      for (const m of matchInWindows(text, ALWAYS, windows)) {
        const start = m.index, end = start + m.text.length;
        if (!keep(start, end) || teasing(mood(), m.text)) continue;
        hits.push({ start, end, reason: REASONS['name-calling'] });
      }
      // Cheap gate: mocking case needs a lower-upper-lower-upper flip somewhere.
      if (/[a-z][A-Z][a-z][A-Z]|[A-Z][a-z][A-Z][a-z][A-Z]/.test(text)) for (const s of mockingCase(text)) hits.push({ ...s, severity: 'low', reason: REASONS.mocking });
      return hits;
    };
  },
});
