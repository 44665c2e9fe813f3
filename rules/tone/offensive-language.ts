import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { createDoc } from '../../lib/engine/doc.ts';
import { MODEL_THRESHOLD, offensiveProbability } from './shared/model.ts';
import { INSULT_ADJ, INSULT_NOUNS, NEGATED_BEFORE, REPORTED_BEFORE, SELF_AFTER, SELF_BEFORE, before } from './shared/phrases.ts';

// The model reads words, not grammar: "not an idiot" and "I'm such an idiot" look like insults to it.
// Words the rules would not count (negated, about the writer, reported) are blanked before scoring, and
// so are cheerful idioms ("killed it", "could murder a coffee"). Both are found from the shared tokens
// (a Set lookup per word), so no regex scans the whole post.
const LOADED = new Map<string, string[][]>();
for (const phrase of [...INSULT_NOUNS, ...INSULT_ADJ]) {
  const words = phrase.split(' ');
  const list = LOADED.get(words[0]!) ?? [];
  list.push(words);
  LOADED.set(words[0]!, list);
}
// Tried only where a token is one of these words; sticky, so each try looks at one position.
const IDIOM_AT = /(?:(?:killed|killing|smashed|smashing|nailed|slayed|slaying|murdered)\s+it|(?:kill|murder)\s+(?:for\s+)?an?\s+\w+|(?:nearly|almost|literally|actually|(?:is|are|was)\s+killing|killed|kills)\s+(?:killed\s+|kill\s+)?me|gutted|pain\s+in\s+the\s+\w+|(?:to\s+)?be\s+a\s+pain|(?:a\s+)?bit\s+silly|rant\s+at\s+the\s+\w+|(?:stupidly|ridiculously|insanely|crazy|silly|stupid)\s+(?:proud|happy|excited|early|busy|good|fast|hot|cold|tired|long|expensive|cheap|cute|beautiful|proud\s+of)|dying\s+of\s+laughter|died\s+laughing|(?:stupid|silly|dumb)\s+question)\b/iy;
const IDIOM_START = new Set(['killed', 'killing', 'smashed', 'smashing', 'nailed', 'slayed', 'slaying', 'murdered', 'kill', 'kills', 'murder', 'nearly', 'almost', 'literally', 'actually', 'is', 'are', 'was', 'gutted', 'pain', 'to', 'be', 'a', 'bit', 'rant', 'stupidly', 'ridiculously', 'insanely', 'crazy', 'silly', 'stupid', 'dumb', 'dying', 'died']);
// Common first words try the regex only when the next word fits, so "a a a ..." costs a lookup per word.
const IDIOM_NEXT: Record<string, string> = { is: 'killing', are: 'killing', was: 'killing', to: 'be', be: 'a', a: 'bit' };
// A phrase quoted after a word about saying it ("why saying 'that's so gay' is not banter") is discussed,
// not used: its words are blanked too.
const MENTION_BEFORE = /\b(?:say|says|saying|said|call|calling|called|use|using|used|word|words|phrase|term|heard|hear)\s*[:,]?\s*$/i;
const QUOTES: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' };

// Complaints about things are not insults: "this printer is useless", "the traffic was horrendous".
const THING_BEFORE = /\b(?:printer|photocopier|copier|projector|laptop|computer|wifi|wi-fi|internet|signal|website|app|system|software|traffic|weather|rain|heat|train|trains|bus|buses|car|boiler|heating|coffee|machine|kettle|parking|queue|roads?|phone|battery|timetable|emails?|forms?|paperwork|lanyard|whiteboard|smartboard)\s+(?:is|was|are|were|keeps?\s+being|has\s+been|looks?|seems?)\s+(?:so\s+|really\s+|absolutely\s+|completely\s+|totally\s+|utterly\s+|just\s+|bloody\s+)?$/i;

/** Character ranges to blank before scoring, in text order. */
function blanks(doc: Doc): [number, number][] {
  const { text, tokens } = doc;
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const q = text[t.start - 1];
    const close = q === undefined ? undefined : QUOTES[q];
    if (close && MENTION_BEFORE.test(before(text, t.start - 1, 20))) {
      const end = text.indexOf(close, t.end);
      if (end !== -1 && end - t.start <= 60) {
        out.push([t.start, end]);
        while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
        continue;
      }
    }
    const next = IDIOM_NEXT[t.norm];
    if (IDIOM_START.has(t.norm) && (next === undefined || tokens[i + 1]?.norm === next)) {
      IDIOM_AT.lastIndex = t.start;
      const m = IDIOM_AT.exec(text);
      if (m) {
        const end = t.start + m[0].length;
        out.push([t.start, end]);
        while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
        continue;
      }
    }
    const phrases = LOADED.get(t.norm);
    if (!phrases) continue;
    for (const words of phrases) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.norm === words[k];
      if (!ok) continue;
      const end = tokens[i + words.length - 1]!.end;
      const b = before(text, t.start);
      if (NEGATED_BEFORE.test(b) || SELF_BEFORE.test(b) || REPORTED_BEFORE.test(b) || THING_BEFORE.test(b) || SELF_AFTER.test(text.slice(end, end + 12))) out.push([t.start, end]);
      break;
    }
  }
  return out;
}

function blanked(text: string, start: number, end: number, ranges: readonly [number, number][], from: number): string {
  let out = '';
  let pos = start;
  for (let k = from; k < ranges.length && ranges[k]![0] < end; k++) {
    const [s, e] = ranges[k]!;
    if (e <= start) continue;
    const a = Math.max(s, pos), b = Math.min(e, end);
    if (b <= a) continue;
    out += text.slice(pos, a) + ' '.repeat(b - a);
    pos = b;
  }
  return out + text.slice(pos, end);
}

/** The (normalised) text with negated, self-directed, reported and idiomatic words blanked (same length and offsets as the normalised text). */
export function neutralise(text: string): string {
  const doc = createDoc(text);
  return blanked(doc.text, 0, doc.text.length, blanks(doc), 0);
}

// The model was trained on tweets, so it scores tweet-sized pieces: sentences grouped up to ~280 characters.
const CHUNK = 280;

export function chunks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let last = 0;
  // No lookahead after a repeated class: /[.!?]+(?=\s)/ backtracks quadratically on "!?!?!?...".
  for (const m of text.matchAll(/[.!?\n]+/g)) {
    const cut = m.index + m[0].length;
    if (!m[0].includes('\n') && cut < text.length && !/\s/.test(text[cut]!)) continue;
    if (cut - start > CHUNK && last > start) {
      out.push({ start, end: last });
      start = last;
    }
    last = cut;
  }
  if (text.length - start > CHUNK && last > start) {
    out.push({ start, end: last });
    start = last;
  }
  // A single sentence longer than a tweet is cut at spaces.
  const result: { start: number; end: number }[] = [];
  for (const c of [...out, { start, end: text.length }]) {
    let s = c.start;
    while (c.end - s > CHUNK * 1.5) {
      // Look back for a space no further than the chunk start: lastIndexOf would scan to the start of the
      // text each time, which is quadratic on a long text without spaces.
      let e = s + CHUNK;
      while (e > s && text[e] !== ' ') e--;
      if (e === s) e = s + CHUNK;
      result.push({ start: s, end: e });
      s = e;
    }
    result.push({ start: s, end: c.end });
  }
  return result;
}

// Signs a borderline post is about the writer, their family, pets or a programme, said fondly.
const BANTER = /\b(?:i['’]?m|i\s+am|me|my\s+life|my\s+own|and\s+i\s+love\s+(?:him|her|them|it)|love\s+(?:him|her|them)\s+(?:really|though|to\s+bits)|my\s+(?:husband|hubby|wife|partner|dog|cat|kids|son|daughter|brother|sister|mum|dad|mate|friends?)|series|episode|finale|show|drama|film|season|haircut|moment|referee|ref|match|league|football|var|game|team)\b|😂|🤣|🙈/i;
// Signs it is aimed at other people: second person, handles, groups.
const AIMED = /(?:^|\s)@\w|\b(?:you|u|ur|your|you['’]re|youre|they|them|their|these\s+people|those\s+people|liberals|conservatives|parents|colleagues|staff|slt|head)\b/i;

// Any person at all: pronouns, people words, names are left to AIMED and PEOPLE-like words here.
const PERSON = /\b(?:he|she|him|her|his|hers|we|us|our|people|person|man|men|woman|women|guy|guys|kids?|children|child|boy|girls?|boys|parents?|mums?|dads?|teachers?|staff|colleagues?|boss|manager|head|deputy|governors?|idiots?|morons?|bitch|twat|dick|prick|clowns?|muppets?)\b|(?<=[a-z,;:]\s)[A-Z][a-z]+\b/;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

export default defineRule({
  meta: {
    id: 'tone/offensive-language',
    category: 'tone',
    // Low, so a precise rule's finding (a named insult, a threat) wins where both cover the same words.
    severity: 'low',
    theme: 'offensive-content',
    description: 'Hostile or offensive wording overall, judged by a small built-in language check that learned from thousands of real posts.',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      const ranges = blanks(doc);
      let k = 0;
      for (const c of chunks(text)) {
        let { start, end } = c;
        while (start < end && isSpace(text.charCodeAt(start))) start++;
        while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
        if (end - start < 3) continue;
        while (k < ranges.length && ranges[k]![1] <= start) k++;
        const p = offensiveProbability(blanked(text, start, end, ranges, k));
        if (p < MODEL_THRESHOLD) continue;
        // A borderline score on a post that laughs at the writer, their family or a TV show is banter,
        // not hostility: "Total klutz moment", "My dog is an idiot and I love him".
        if (p < 0.8 && BANTER.test(text.slice(start, end)) && !AIMED.test(text.slice(start, end))) continue;
        // A borderline score with nobody in it at all ("Eurostar prices are ridiculous") is a moan about things.
        if (p < 0.8 && !AIMED.test(text.slice(start, end)) && !PERSON.test(text.slice(start, end))) continue;
        hits.push({
          start,
          end,
          severity: p >= 0.8 ? 'medium' : 'low',
          reason: p >= 0.8
            ? 'Offensive or hostile tone: this reads as clearly aggressive or insulting overall. Read it as a parent or your head teacher would.'
            : 'Offensive or hostile tone: parts of this may read as aggressive or insulting. Read it as a parent or your head teacher would.',
        });
      }
      return hits;
    };
  },
});
