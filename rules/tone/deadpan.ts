import { troubleFree } from './shared/context.ts';
import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { inParts } from './shared/parts.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { hasSchoolContext } from '../../lib/engine/context/index.ts';
import { classCodeTargets, everydaySense, findPhrases, mayHaveEmoji, ownFamily, stanceLexicon, type PhraseMatch } from './shared/stance.ts';
import { isNegator } from './shared/context.ts';
import { valence } from './shared/afinn.ts';
import { dismissive } from './shared/dismissive.ts';
import { careOf, selfNarrated } from './shared/care.ts';
import { sentenceIds } from './shared/context.ts';

/**
 * Deadpan sarcasm: a plain statement of what went wrong, then a short upbeat remark that cannot be meant
 * ("...New logo, new lanyards, same broken heating. Money well spent.", "Parents evening: 14 appointments,
 * 3 turned up. Love the commitment, really.", "Requested a meeting with HR in October. It's now February.
 * Lovely to feel heard."). No word in it is negative on its own: what marks it is the shape.
 *
 * The closing remark: a sentence of at most six words after the first, with an upbeat word (AFINN-165 +2
 * or more, or a negated negative: "not stressed at all") or a deadpan word ("sure", "fine", "cool",
 * "mate"), and no negative word; not addressed to anyone ("Wish me luck!", "Families welcome"), not about
 * the writer ("Living my best life") and not praise of a person ("What a kind man", "Kids are so kind").
 * What comes before it: a person, group or thing tied to school (for pupils, the school and work, in a post
 * with school context), not preceded by the writer's own story ("Lost my voice in the school play"), with
 * no upbeat word at all, and a shortfall: an AFINN sum below zero or a word of lack or delay ("no", "still",
 * "only", "cancelled", "gone"). Words for how someone feels or what happened to them ("sick", "lost",
 * "tears", "crisis", "lonely") are not a shortfall, and a concession is sincere ("Still love it though").
 * Kind posts (gratitude, sympathy, pride: ./shared/care.ts) and posts with a heart are left alone.
 */

/** Family words used as names: "Grandad", "Nan", "Mum". */
const KIN_NAME = new Set(['mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'grandmother', 'grandfather']);
// Lack, delay and loss of service.
const SHORTFALL = new Set('no|none|never|nobody|nothing|still|only|without|cancelled|cut|cuts|closed|gone|waiting|ignored|broken'.split('|'));
// Upbeat words of a deadpan reply that AFINN does not rate 2 or more.
const DEADPAN = new Set(['sure', 'fine', 'cool', 'mate', 'righto', 'priorities', 'genius', 'noted', 'marvellous', 'fab', 'lush', 'spent', 'treat', 'considerate', 'inspirational']);
const SELF = new Set(['i', "i'm", 'im', 'me', 'my', 'myself', "i've", "i'd", "i'll", 'mine']);
// A closing remark naming a person or group praises them ("What a kind man", "Kids are so kind sometimes").
const PERSON = new Set('them|him|her|you|us|yourselves|yourself|man|woman|men|women|kid|kids|child|children|lad|lads|girl|girls|boy|boys|team|people|person|bunch|lot|class|everyone|everybody|all|families|family|parents|human|humans|star|stars|legend|legends|hero|heroes|welcome'.split('|'));
// A closing remark that tells or wishes someone something is not a verdict ("Wish me luck", "Have a lovely break").
// Also an instruction to get in touch or give ("Just email the office in confidence", "Do ask at reception").
const ADDRESSING = new Set(['wish', 'have', 'get', 'meet', 'bring', 'join', 'come', 'see', 'enjoy', 'welcome', 'book', 'check', 'remember', 'please', 'email', 'contact', 'ask', 'call', 'ring', 'message', 'speak', 'talk', 'pop', 'donate', 'give', 'share', 'read', 'follow', 'sign', 'visit', 'drop']);
// Softeners before such an instruction ("Just email ...", "Do ask ...", "Feel free to ...").
const SOFTENER = new Set(['just', 'do', 'simply', 'please']);
// How someone feels or what happened to them, not a judgement of anyone.
const CIRCUMSTANCE = new Set('lost|lose|losing|sick|ill|poorly|tears|tear|crisis|cried|cry|crying|sad|miss|missed|missing|tired|shy|alone|lonely|nervous|scared|worried|worry|hard|difficult|struggle|struggling|hurt|pain|upset|anxious|fear|afraid|rough|stress|stressed|exhausted|mock|mocks'.split('|'));
// A concession is sincere: the writer means the upbeat word despite what came before ("Still love it though").
const CONCEDING = new Set(['though', 'anyway', 'anyways', 'still', 'regardless', 'nevertheless', 'nonetheless', 'however']);
const HEART = /[❤💛💙💚💜🧡🥹🥰]/u;

const rating = (w: string): number => (CIRCUMSTANCE.has(w) ? 0 : valence(w) || dismissive(w));

/** [first token, last token] of each sentence, split on . ! ? … and line breaks but not inside a time ("8.41"). */
function sentences(doc: Doc): [number, number][] {
  const { text, tokens } = doc;
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length) {
      const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
      const inTime = (gap === '.' || gap === ':') && /\d$/.test(tokens[i - 1]!.raw) && /^\d/.test(tokens[i]!.raw);
      if (inTime || !/[.!?\n…]/.test(gap)) continue;
    }
    out.push([s, i - 1]);
    s = i;
  }
  return out;
}

/** A short upbeat remark with no negative word, not addressed to anyone, not about the writer or a person. */
function upbeatRemark(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  if (b - a + 1 > 6 || ADDRESSING.has(tokens[a]!.norm) || (a < b && SOFTENER.has(tokens[a]!.norm) && ADDRESSING.has(tokens[a + 1]!.norm))) return false;
  let up = false;
  for (let i = a; i <= b; i++) {
    const w = tokens[i]!.norm;
    if (SELF.has(w) || PERSON.has(w) || CONCEDING.has(w)) return false;
    const negated = (i > a && isNegator(tokens[i - 1]!.norm)) || (i > a + 1 && isNegator(tokens[i - 2]!.norm));
    const v = rating(w);
    if (v <= -2 && !negated) return false;
    if ((v >= 2 && !negated) || (v <= -2 && negated) || DEADPAN.has(w)) up = true;
  }
  return up;
}

export default defineRule({
  meta: {
    id: 'tone/deadpan',
    category: 'tone',
    severity: 'low',
    theme: 'grievances',
    description: 'Deadpan sarcasm: a short upbeat remark closing a plain statement of what went wrong at school ("...same broken heating. Money well spent.").',
  },
  create() {
    const read = (doc: Doc): Hit[] => {
      const { tokens, text } = doc;
      if (tokens.length < 4) return [];
      const sents = sentences(doc);
      if (sents.length < 2) return [];
      // Cheap test first: is any sentence after the first a short upbeat remark?
      let closer = -1;
      for (let k = 1; k < sents.length && closer === -1; k++) if (upbeatRemark(doc, sents[k]![0], sents[k]![1])) closer = k;
      if (closer === -1 || (mayHaveEmoji(text) && HEART.test(text)) || careOf(doc).kind) return [];
      const targets: PhraseMatch[] = [...findPhrases(doc, stanceLexicon().targets).filter((m) => !ownFamily(tokens, m) && !everydaySense(tokens, m)), ...classCodeTargets(tokens)].sort((x, y) => x.from - y.from);
      if (targets.length === 0) return [];
      const school = hasSchoolContext(doc);
      // Session tonefp5: with no school talk in the post, a bare family word used as a name ("Grandad told his war
      // stories", "Nan", "Mum") is the writer's own relative, not a pupil's parent.
      if (!school) for (let k = targets.length - 1; k >= 0; k--) if (targets[k]!.from === targets[k]!.to && KIN_NAME.has(tokens[targets[k]!.from]!.norm) && tokens[targets[k]!.from]!.capitalised) targets.splice(k, 1);
      if (targets.length === 0) return [];
      for (let k = closer; k < sents.length; k++) {
        const [a, b] = sents[k]!;
        if (k > closer && !upbeatRemark(doc, a, b)) continue;
        const from = sents[0]![0], to = sents[k - 1]![1];
        const before = targets.filter((t) => t.from >= from && t.to <= to);
        if (before.length === 0) continue;
        // Pupils, the school and work are everyday words: they need a post about school.
        const adult = before.some((t) => t.kind !== 'pupil' && t.kind !== 'work' && t.kind !== 'school');
        if (!adult && !school) continue;
        // The writer's own story comes first ("Lost my voice halfway through the school play").
        let selfFirst = false;
        for (let i = from; i < before[0]!.from && !selfFirst; i++) selfFirst = SELF.has(tokens[i]!.norm);
        if (selfFirst) continue;
        // A pupil's remark about the writer ("A Y6 told me I'm 'actually not that boring'. Career highlight.").
        if (selfNarrated(doc).has(sentenceIds(doc)[before[0]!.from]!)) continue;
        let sum = 0, flip = 0, shortfall = false, upbeat = false;
        for (let i = from; i <= to; i++) {
          const w = tokens[i]!.norm;
          if (isNegator(w) || w === 'zero') flip = 2;
          const v = rating(w);
          if (v !== 0) sum += flip > 0 ? -v : v;
          if (v >= 2 && flip === 0) upbeat = true;
          if (flip > 0 && v === 0) flip--;
          if (SHORTFALL.has(w) && !troubleFree(tokens, i)) shortfall = true;
        }
        if (upbeat) continue;
        if (sum >= 0 && !shortfall) continue;
        // Highlight from the sentence of the last target before the remark to the end of the remark.
        const last = before[before.length - 1]!;
        let start = from;
        for (const [sa, sb] of sents) if (sa <= last.from && last.from <= sb) start = sa;
        return [{ start: tokens[start]!.start, end: tokens[b]!.end, reason: 'Sarcasm: an upbeat remark after a plain account of what went wrong reads as a public complaint about the school, its people or its decisions. Raise it through the proper channels instead.' }];
      }
      return [];
    };
    // A long post is also read part by part (./shared/parts.ts): praise or thanks far above do not make this sincere.
    return (doc: Doc): Hit[] => inParts(doc, read);
  },
});
