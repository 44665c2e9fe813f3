import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { inParts } from './shared/parts.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { hasSchoolContext } from '../../lib/engine/context/index.ts';
import { findPhrases, mayHaveEmoji, schoolTargets, stanceLexicon, TARGET_KIND_ORDER, TARGET_THEMES, type PhraseMatch, type TargetKind } from './shared/stance.ts';
import { careOf, selfNarrated } from './shared/care.ts';
import { sentenceIds } from './shared/context.ts';
import { tokenRatings } from './shared/dismissive.ts';
import { tokenVocab } from './shared/vocab.ts';

/**
 * A bare verdict closing an account of what someone at school did. After a plain sentence about a leader,
 * colleague, parent, the trust or the local authority (or a policy, meeting or pay matter in a post about
 * school), the writer adds a sentence that says nothing new, and that is the stance:
 *   - an acknowledgement: "Yep.", "Okay then.", "Right.", "Noted.", "Of course it was.", "Rhetorical question.";
 *   - a word or count of the account echoed back: "Launched. Today.", "So, optional then.", "Eleven." (a count
 *     only when what was counted is time lost, repeats or pages: "took eleven weeks ... Eleven.", not a tribute:
 *     "here 30 years. Thirty.");
 *   - a fragment of timing with no clause of its own: "In June.", "With four days left of term.", "On a Friday.".
 * No word in it is negative, so a sentiment lexicon cannot see it; what marks it is the shape.
 *
 * Left alone: a verdict with "!" (excitement), a remark addressed to someone ("Have a lovely break"), a
 * closing sentence with the writer in it ("Okay, I'm a convert"), kind posts (./shared/care.ts), posts with a
 * heart, an account that praises (a praise phrase or a word AFINN-165 rates +3 or more), a pupil's remark about
 * the writer, and accounts about pupils only or about the writer's own work ("Three weeks of marking ... Three.").
 */

// Acknowledgements that say nothing: their first word, then the words that may follow it ("of course it was").
const ACK_HEAD = new Set('yep|yup|yeah|ok|okay|k|right|sure|noted|cool|fine|alright|course|obviously|naturally|hmm|hm|mhm|interesting|ironic|wow|rhetorical|apparently'.split('|'));
const ACK = new Set([...ACK_HEAD, ...'then|of|so|well|question|it|was|did|they|is|does|do|he|she|nice|one|again'.split('|')]);
// Little words an echo may carry ("So, optional then.", "Still leaking.").
const FILLER = new Set('so|then|the|a|an|and|but|of|just|not|again|still|really|only|at|all|yes|no'.split('|'));
const NUMBER = /^(?:\d+(?:[.,]\d+)?%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|once|twice|every|none|zero)$/;
// A count echoed back is a complaint when what was counted is time lost, repeats or pages.
// What a count echoed back may count: "Four times.", "Three pence.", "Eleven weeks.".
const UNIT = new Set('times|pence|p|pounds|quid|percent|minutes|mins|hours|hrs|days|weeks|months|years|pages|emails|clicks|meetings|forms|attachments|slides'.split('|'));
const COST = new Set('rise|pay|hour|pence|reminder|reminders|took|takes|taking|waited|waiting|wait|times|asked|chased|emailed|still|only|again|late|hours|weeks|months|days|minutes|pages|emails|forms|clicks|meetings|every|lose|lost|once|twice'.split('|'));
const PREP = new Set('in|on|for|with|at|after|before|during|by|within|from|over|until|till|via|without'.split('|'));
// Words that make a fragment a clause of its own ("In my coat.", "On it, I'm sure.").
const CLAUSE = new Set("i|we|you|he|she|they|it|i'm|we're|you're|he's|she's|they're|it's|is|are|was|were|am|be|been|my|our|me|us|your".split('|'));
const TIMEISH = /^(?:\d.*|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|january|february|march|april|may|june|july|august|september|october|november|december|term|week|weeks|day|days|night|weekend|morning|evening|hours|minutes|pm|am|midnight|notice|deadline|half|summer|christmas|easter|world)$/;
const SELF = new Set(['i', "i'm", 'im', 'me', 'my', 'myself', "i've", "i'd", "i'll", 'mine', 'we', 'us', 'our']);
const ADDRESSING = new Set(['wish', 'have', 'get', 'meet', 'bring', 'join', 'come', 'see', 'enjoy', 'welcome', 'book', 'check', 'remember', 'please', 'thank', 'thanks', 'send', 'happy', 'good', 'well']);
const HEART = /[❤💛💙💚💜🧡🥹🥰😍🥳]/u;
const ADULT: ReadonlySet<TargetKind> = new Set(['leader', 'colleague', 'parent', 'authority']);

const REASONS: Record<TargetKind, string> = {
  pupil: 'A bare verdict after an account of what pupils did reads as mocking them. Families may recognise who you mean.',
  parent: 'A bare verdict ("Okay then.", a count echoed back) after an account of what a parent did reads as mocking them. They may recognise themselves.',
  leader: 'A bare verdict ("Yep.", "Of course it was.", a count echoed back) after an account of what leaders or the trust did reads as a public complaint. Raise it through the proper channels instead.',
  colleague: 'A bare verdict after an account of what a colleague did reads as criticism of them. Colleagues and parents may recognise who you mean.',
  authority: 'A bare verdict after an account of what the local authority did reads as a public complaint about a body your school works with.',
  school: 'A bare verdict after an account of a school decision reads as a public complaint about your school. Raise it through the proper channels instead.',
  work: 'A bare verdict after an account of pay or workload reads as a workplace grievance. Keep it for your union, HR or the proper channels.',
};

type Coda = 'ack' | 'echo' | 'count' | 'fragment' | 'clock';
// "It's March.", "It's now February.", "It is November.": the date set against what was asked for or promised.
const DATE = /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|half-term|20\d\d)$/;

/** Is sentence [a, b] a bare verdict, given which of its tokens' words were `seen` before it? */
function codaKind(doc: Doc, a: number, b: number, seen: (i: number) => boolean): Coda | undefined {
  const { tokens, text } = doc;
  const n = b - a + 1;
  if (text.slice(tokens[b]!.end, tokens[b]!.end + 3).includes('!')) return undefined;
  const first = tokens[a]!.norm;
  if (ADDRESSING.has(first)) return undefined;
  if (n <= 4) {
    let ack = (ACK_HEAD.has(first) && n <= 3) || (first === 'of' && tokens[a + 1]?.norm === 'course') || (first === 'so' && n >= 2 && n <= 3);
    for (let i = a; i <= b && ack; i++) ack = ACK.has(tokens[i]!.norm) || (first === 'so' && seen(i));
    if (ack) return 'ack';
  }
  if (n <= 3) {
    let echo = false, other = false, words = false;
    for (let i = a; i <= b; i++) {
      const w = tokens[i]!.norm;
      if (UNIT.has(w)) continue;
      if (seen(i) && !FILLER.has(w) && w.length > 2 && !NUMBER.test(w)) echo = words = true;
      else if (NUMBER.test(w)) echo ||= n <= 2;
      else if (!FILLER.has(w) && !UNIT.has(w)) other = true;
    }
    if (echo && !other) return words ? 'echo' : 'count';
  }
  if (n >= 2 && n <= 4 && (first === "it's" || first === 'its' || first === 'it')) {
    let date = false, other = false;
    for (let i = a + 1; i <= b; i++) {
      const w = tokens[i]!.norm;
      if (DATE.test(w)) date = true;
      else if (w !== 'is' && w !== 's' && w !== 'now' && w !== 'already' && w !== 'nearly' && w !== 'almost' && w !== 'half-term') other = true;
    }
    if (date && !other) return 'clock';
  }
  if (n >= 2 && n <= 7 && PREP.has(first)) {
    let time = false;
    for (let i = a; i <= b; i++) {
      const w = tokens[i]!.norm;
      if (CLAUSE.has(w) || SELF.has(w)) return undefined;
      if (TIMEISH.test(w)) time = true;
    }
    if (time) return 'fragment';
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'tone/verdict',
    category: 'tone',
    severity: 'low',
    theme: 'grievances',
    description: 'A bare verdict closing an account of what someone at school did: "Yep.", "Okay then.", "Of course it was.", a word or count echoed back ("Eleven."), a fragment of timing ("In June.").',
  },
  create() {
    const read = (doc: Doc): Hit[] => {
      const { tokens, text } = doc;
      if (tokens.length < 5) return [];
      const ids = sentenceIds(doc);
      // Cheap test first: a short sentence after the first.
      let short = false;
      for (let i = 1, start = 0; i <= tokens.length && !short; i++) {
        if (i < tokens.length && ids[i] === ids[i - 1]) continue;
        if (start > 0 && i - start <= 7) short = true;
        start = i;
      }
      if (!short || (mayHaveEmoji(text) && HEART.test(text))) return [];
      // The targets and the first praise phrase are looked up when the first verdict-shaped sentence is met.
      let targets: PhraseMatch[] | undefined;
      // Which words the post has used so far, by word number (./shared/vocab.ts), and each token's rating.
      const { ids: word, words } = tokenVocab(doc);
      const used = new Uint8Array(words.length);
      const seen = (i: number) => used[word[i]!] === 1;
      const rating = tokenRatings(doc);
      // What the account so far holds, kept as the sentences go by (one pass over the post).
      const acc: Account = { targets: 0, adult: false, thing: false, own: false, cost: false, praise: false };
      // The end of the first praise phrase: an account that praises is sincere from there on.
      let praiseAt = tokens.length;
      let a = 0;
      while (a < tokens.length) {
        let b = a;
        while (b + 1 < tokens.length && ids[b + 1] === ids[a]) b++;
        const kind = a > 0 ? codaKind(doc, a, b, seen) : undefined;
        if (kind) {
          if (!targets) {
            targets = schoolTargets(doc).sort((x, y) => x.from - y.from);
            if (targets.length === 0) return [];
            for (const p of findPhrases(doc, stanceLexicon().praise)) praiseAt = Math.min(praiseAt, p.to);
            if (praiseAt < a) return [];
          }
          while (acc.targets < targets.length && targets[acc.targets]!.to < a) {
            const t = targets[acc.targets++]!;
            acc.adult ||= ADULT.has(t.kind!);
            acc.thing ||= t.kind === 'school' || t.kind === 'work';
          }
          const hit = verdictAfter(doc, targets, acc, a, b, kind, praiseAt);
          if (hit) return [hit];
        }
        for (let i = a; i <= b; i++) {
          const w = tokens[i]!.norm;
          used[word[i]!] = 1;
          acc.own ||= SELF.has(w);
          acc.cost ||= COST.has(w);
          acc.praise ||= rating[i]! >= 3;
        }
        // Praise before any verdict makes every later one sincere.
        if (acc.praise || praiseAt <= b) return [];
        a = b + 1;
      }
      return [];
    };
    // A long post is also read part by part (./shared/parts.ts): praise or thanks far above do not make this sincere.
    return (doc: Doc): Hit[] => inParts(doc, read);
  },
});

interface Account {
  /** How many targets (in order) end before the current sentence. */
  targets: number;
  adult: boolean;
  thing: boolean;
  own: boolean;
  cost: boolean;
  praise: boolean;
}

/** The hit for a verdict at [a, b] when the account before it names someone or something of school and does not praise. */
function verdictAfter(doc: Doc, targets: readonly PhraseMatch[], acc: Account, a: number, b: number, kind: Coda, praiseAt: number): Hit | undefined {
  const { tokens } = doc;
  if (acc.targets === 0) return undefined;
  const { adult } = acc;
  if (!adult && !(acc.thing && hasSchoolContext(doc))) return undefined;
  // A school thing in the writer's own story ("Three weeks of marking and I've finally ...") is not a target.
  if ((!adult && acc.own) || acc.praise || praiseAt < a || (kind === 'count' && !acc.cost)) return undefined;
  const ids = sentenceIds(doc);
  if (careOf(doc).kind || selfNarrated(doc).has(ids[targets[0]!.from]!)) return undefined;
  const kinds = new Set<TargetKind>();
  for (let i = 0; i < acc.targets; i++) kinds.add(targets[i]!.kind!);
  const k = TARGET_KIND_ORDER.find((x) => kinds.has(x) && (ADULT.has(x) || !adult))!;
  const last = targets[acc.targets - 1]!;
  let start = last.from;
  while (start > 0 && ids[start - 1] === ids[last.from]) start--;
  return { start: tokens[start]!.start, end: tokens[b]!.end, theme: TARGET_THEMES[k], reason: REASONS[k] };
}
