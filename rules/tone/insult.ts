import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { firstWords, matchInWindows, triggerWindows } from './shared/windows.ts';
import { ALWAYS_INSULT, INSULT_ADJ, INSULT_NOUNS, NEGATED_BEFORE, PEOPLE, REPORTED_BEFORE, SELF_AFTER, SELF_BEFORE, alt, before } from './shared/phrases.ts';

const N = alt(INSULT_NOUNS);
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
  { re: new RegExp(`\\b(?:what\\s+an?|such(?:\\s+an?)?|absolute|total|complete|utter|massive|bunch\\s+of|pack\\s+of|load\\s+of|set\\s+of|right\\s+little)\\s+(?:(?:${A}|absolute|total|complete|utter|bloody|fucking|little|old)\\s+){0,2}(?:${N})\\b`, 'gi'), kind: 'name-calling', severity: 'medium' },
  // "he's so thick", "they are useless", "she is a liar"
  { re: new RegExp(`\\b(?:he|she|they|he['’]s|she['’]s|they['’]re|hes|shes|theyre|he\\s+is|she\\s+is|they\\s+are|he\\s+was|she\\s+was|they\\s+were)\\s+(?:${INTENS}\\s+){0,2}(?:${A}|${N})\\b`, 'gi'), kind: 'insult', severity: 'medium' },
  // "thick kids", "useless head", "stupid parents", "lazy little so-and-sos"
  { re: new RegExp(`\\b(?:${A})\\s+(?:(?:little|old|bloody|fucking|lot\\s+of)\\s+)?(?:${P}|${N})\\b`, 'gi'), kind: 'insult', severity: 'medium' },
  // "the parents are idiots", "Year 9 are animals", "the head is a joke"
  { re: new RegExp(`\\b(?:${P})(?:\\s+\\d{1,2}s?)?(?:\\s+(?:at|in|from|on)\\s+(?:the\\s+|our\\s+|my\\s+|this\\s+|that\\s+)?[a-z]+)?\\s+(?:is|are|was|were|['’]s|['’]re)\\s+(?:${INTENS}\\s+){0,2}(?:${A}|${N})\\b`, 'gi'), kind: 'insult', severity: 'medium' },
  // "lol at the parents who...", "laughing at him", "imagine being that thick"
  { re: /(?:\b(?:lol|lmao|lmfao|rofl|laughing)|😂|🤣)\s*at\s+(?:the|this|that|him|her|them|these|those|some|all\s+the)\b/gi, kind: 'mocking', severity: 'low' },
  { re: new RegExp(`\\bimagine\\s+being\\s+(?:so|that|this)\\s+(?:${A})\\b`, 'gi'), kind: 'mocking', severity: 'medium' },
  { re: /🤡/g, kind: 'mocking', severity: 'low' },
];

const FAMILY = '(?:husband|hubby|wife|partner|other\\s+half|boyfriend|girlfriend|brother|sister|bro|sis|mum|mam|dad|son|daughter|kids|nan|nana|grandad|grandma|mate|mates|friends?|bestie|best\\s+friend|dog|cat|dogs|cats|puppy|kitten|fella|missus|in-laws|cousin|uncle|auntie|aunt)';
const FAMILY_BEFORE = new RegExp(`\\b(?:my|our)\\s+(?:own\\s+|little\\s+|big\\s+|dear\\s+|darling\\s+|lovely\\s+)?${FAMILY}(?:['’]s)?\\s+(?:is|are|was|were|['’]s|['’]re)?\\s*(?:such\\s+|so\\s+|an?\\s+|absolute\\s+|total\\s+|complete\\s+|all\\s+)*$|\\b(?:love|loves|adore)\\s+my\\s+${FAMILY}[^.!?]{0,30}$`, 'i');
const FAMILY_START = new RegExp(`^${FAMILY}\\b`, 'i');
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

const TRIGGERS = new Set([...firstWords(INSULT_NOUNS), ...firstWords(INSULT_ADJ), ...ALWAYS_INSULT, 'lol', 'lmao', 'lmfao', 'rofl', 'laughing', 'imagine']);
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
        if (FAMILY_BEFORE.test(b) || (/\b(?:my|our)\s+(?:own\s+|little\s+|big\s+)?$/i.test(b) && FAMILY_START.test(text.slice(start, end)))) return false;
        return !(NEGATED_BEFORE.test(b) || SELF_BEFORE.test(b) || REPORTED_BEFORE.test(b) || SELF_AFTER.test(text.slice(end, end + 12)));
      };
      const windows = triggerWindows(doc, TRIGGERS, 90, NEEDLES);
      for (const p of PATTERNS) {
        for (const m of matchInWindows(text, p.re, windows)) {
          const start = m.index, end = start + m.text.length;
          if (p.kind !== 'mocking' && !keep(start, end)) continue;
          hits.push({ start, end, severity: p.severity, reason: REASONS[p.kind] });
        }
      }
      for (const m of matchInWindows(text, ALWAYS, windows)) {
        const start = m.index, end = start + m.text.length;
        if (!keep(start, end)) continue;
        hits.push({ start, end, reason: REASONS['name-calling'] });
      }
      // Cheap gate: mocking case needs a lower-upper-lower-upper flip somewhere.
      if (/[a-z][A-Z][a-z][A-Z]|[A-Z][a-z][A-Z][a-z][A-Z]/.test(text)) for (const s of mockingCase(text)) hits.push({ ...s, severity: 'low', reason: REASONS.mocking });
      return hits;
    };
  },
});
