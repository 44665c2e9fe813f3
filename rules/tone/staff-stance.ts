import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { docWords, schoolCues } from '../../lib/engine/context/index.ts';
import { CLAIM_BEFORE, classCodeTargets, everydaySense, familyOf, findPhrases, ownFamily, sarcasmEmoji, scareQuotes, stanceLexicon, type TargetKind, TARGET_THEMES, TARGET_KIND_ORDER } from './shared/stance.ts';
import { aboutSelf, negatedBefore, sentenceIds } from './shared/context.ts';
import { tokenRatings } from './shared/dismissive.ts';
import { staffBigramWeight, staffPostSigns, staffToneProbability, staffUnigramWeight } from './shared/staff-model.ts';
import { staffWord } from './shared/staff-features.ts';
import { careOf, selfNarrated } from './shared/care.ts';

/**
 * Complaints, mockery and grievances in a member of staff's own words, judged by a small trained model
 * (rules/lexicons/staff-tone-model.json) rather than by listed phrases: irony, understatement and idiom
 * ("about as open as a locked cupboard", "answers on a postcard") carry no rated word, but the model has
 * learnt which words, word pairs and signs (targets, scare quotes, eye-roll emoji, irony) make a staff post
 * read as criticism. It only speaks when the post is about school: a school-tied person, group or thing
 * is named, or the post has school context. The highlighted span is the sentence the model leans on most.
 */

// Above this the model's judgement is reported; chosen on dev6-tone.jsonl together with the other tone rules.
const THRESHOLD = 0.7;
// Above this it is sure enough for 'medium'.
const SURE = 0.9;

const REASONS: Record<TargetKind, string> = {
  pupil: 'Reads as mocking or running down pupils. Pupils and parents may recognise who you mean, even without names.',
  parent: 'Reads as mocking or complaining about parents or families. They may recognise themselves, even without names.',
  leader: 'Reads as criticism of the head, leaders, governors or the trust. Your policy asks you to raise this through the proper channels.',
  colleague: 'Reads as criticism or gossip about colleagues. Colleagues and parents may recognise who you mean.',
  authority: 'Reads as criticism of the local authority or inspectors. Public complaints about the bodies your school works with can bring it into disrepute.',
  school: 'Reads as a complaint about your school, its policies or its decisions (sarcasm counts too). Raise it through the proper channels instead.',
  work: 'Reads as a grievance about pay, workload or jobs. Keep it for your union, HR or the proper channels.',
};
// Target words that are as common outside school as in it ("the girls", "the head", "pay", "the council"):
// alone they do not make a post about school.
const EVERYDAY = new Set('school senior_team deputy this_one that_one the_top the_council county_council the_la girl girls boy boys kid kids child children lad lads teenagers madam head heads lead leads leadership management trust mat hr top principal consultant consultants council la pay budget budgets funding wage wages salary salaries settlement deadline deadlines overtime reports policy cover duty duties class reception nursery mum dad mother father mothers fathers families family staff department supply favourites marking observation observations observed'.split(' '));
// Features that are a negative or mocking sign (never a word or word pair): listed stance, AFINN negatives, irony, eye-rolls, scare quotes.
const NEGATIVE_SIGN = /^(?:s:|neg:|irony$|negated-positive$|e:sarcasm$|quotes$)/;
const WRITER = new Set(['i', "i'm", 'im', "i've", "i'll", "i'd", 'me', 'my', 'myself', 'we', "we're", "we've", "we'll", 'us', 'our', 'ours']);
/** A child's trait said to run in the family: "no idea where he gets that from", "she gets it from her dad". */
export const RUNS_IN_FAMILY = /\b(?:(?:where|who)\s+(?:he|she|they)\s+gets?\s+(?:it|that|this)\s+from|(?:he|she|they)\s+(?:gets?|got)\s+(?:it|that|this)\s+from\s+(?:me|us|(?:his|her|their|my)\s+(?:dad|mum|mam|mother|father|side|nan|grandad)))\b/i;
const GENERAL = 'Reads as a complaint or mockery about school life. Your policy asks staff not to criticise pupils, parents, colleagues or the school in public.';

/** The sentence whose words and word pairs weigh most towards a complaint: [first token, last token]. */
function leaningSentence(doc: Doc): [number, number] {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  let best = -Infinity, bestId = 0;
  let sum = 0, prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const first = i === 0 || ids[i - 1] !== ids[i];
    if (first) sum = 0;
    const w = staffWord(tokens[i]!);
    sum += Math.max(0, staffUnigramWeight(w)) + Math.max(0, staffBigramWeight(first ? '^' : prev, w));
    prev = w;
    const last = i === tokens.length - 1 || ids[i + 1] !== ids[i];
    if (last && sum > best) {
      best = sum;
      bestId = ids[i]!;
    }
  }
  let a = 0;
  while (ids[a] !== bestId) a++;
  let b = a;
  while (b + 1 < tokens.length && ids[b + 1] === bestId) b++;
  return [a, b];
}

// "back to school", "old school", "the school run": the bare word is as common outside school life as in it.
const BARE_SCHOOL = new Set(['school', 'schools']);
/** School context from something other than the bare word "school" (a class, a lesson, pupils, Ofsted...). */
function schoolLife(doc: Doc): boolean {
  const words = docWords(doc);
  return schoolCues(doc).cues.some(([a, b]) => b - a > 1 || !BARE_SCHOOL.has(words[a]!.norm));
}

// Posts at least this long are read sentence by sentence for the sign behind the model's judgement.
const LONG_POST = 350;

// Rated words for how someone feels or their health ("I'm more nervous than she is", "off with flu", "Mum's been
// poorly"): a long post tells a hard week with them, and they judge no one.
const STATE_WORDS = new Set(['nervous', 'nervously', 'anxious', 'worried', 'worry', 'worrying', 'desperate', 'desperately', 'tired', 'exhausted', 'fatigue', 'sick', 'sickness', 'ill', 'illness', 'illnesses', 'flu', 'fever', 'poorly', 'infection', 'infectious', 'vomiting', 'homesick', 'sad', 'sadly', 'lonely', 'cried', 'crying', 'tears', 'miss', 'missed', 'missing', 'hurt', 'sore', 'ache', 'aching', 'scared', 'stressed', 'drained', 'grief', 'mourning', 'death', 'died', 'funeral']);
// Rated words of everyday sense here: a price or a battery ("charged me a biscuit per clue"), the writer's own slip ("Oops").
// and mock exams ("Year 11 mocks", "the mock timetable": AFINN rates "mock" as mockery).
const EVERYDAY_RATED = new Set(['charged', 'charges', 'charge', 'oops', 'whoops', 'mock', 'mocks']);
const REPORTED_BEFORE = /\b(?:said|says|told|tells|called|calls|asked|asks|named|wrote|writes|shouted|announced|declared|insisted|found|finds|reckons|reckoned)\b[^.!?]{0,20}$/i;
/** A listed stance phrase, a rated negative word (not negated), scare quotes or an eye-roll in tokens a..b or the sentences either side. */
function signNear(doc: Doc, a: number, b: number): boolean {
  const { tokens, text } = doc;
  const ids = sentenceIds(doc);
  let from = a, to = b;
  if (from > 0) from--;
  while (from > 0 && ids[from - 1] === ids[from]) from--;
  if (to + 1 < tokens.length) to++;
  while (to + 1 < tokens.length && ids[to + 1] === ids[to]) to++;
  const ratings = tokenRatings(doc);
  for (let i = from; i <= to; i++) if (ratings[i]! <= -2 && !negatedBefore(doc, i, 2) && !STATE_WORDS.has(tokens[i]!.norm) && !EVERYDAY_RATED.has(tokens[i]!.norm)) return true;
  // A listed phrase said of the writer ("I nearly gave up the allotment") is not a sign about anyone else.
  if (findPhrases(doc, stanceLexicon().stance).some((m) => m.from >= from && m.to <= to && m.weight >= 2 && !negatedBefore(doc, m.from, 2) && !aboutSelf(doc, m.from, 3))) return true;
  const start = tokens[from]!.start, end = tokens[to]!.end;
  // Words reported after a verb of saying or finding ("which she found 'very grown up'", "told me it was 'epic'") are
  // someone's own words quoted, not scare quotes.
  // So are words inside what someone persuaded or promised ("convinced me that their mum 'always' lets them").
  return scareQuotes(text, start, end).some((q) => !REPORTED_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) && !CLAIM_BEFORE.test(text.slice(Math.max(0, q.start - 100), q.start))) || sarcasmEmoji(text, start, end).length > 0;
}

export default defineRule({
  meta: {
    id: 'tone/staff-stance',
    category: 'tone',
    severity: 'low',
    theme: 'grievances',
    description: 'Posts that read as criticism, mockery, gossip or grievance about pupils, parents, colleagues, leaders or the school, judged by a small model trained on staff posts (irony, understatement and idiom included).',
  },
  create() {
    return (doc): Hit[] => {
      const { tokens } = doc;
      if (tokens.length < 3) return [];
      const p = staffToneProbability(doc);
      if (p < THRESHOLD) return [];
      // Gratitude, sympathy and well-wishing outweigh the hard things they mention ("one of our families lost their dad").
      if (careOf(doc).kind) return [];
      const kinds = new Set<TargetKind>();
      let schoolTied = false;
      for (const m of findPhrases(doc, stanceLexicon().targets)) {
        if (ownFamily(tokens, m) || everydaySense(tokens, m)) continue;
        kinds.add(m.kind!);
        // Somebody's own family ("your parents", "his parents", "other dads") is not in itself about school.
        if (familyOf(tokens, m)) continue;
        // "our head", "my class": the writer's own workplace (family words were dropped above).
        const owner = tokens[m.from - 1]?.norm;
        const phrase = tokens.slice(m.from, m.to + 1).map((t) => t.norm).join('_');
        if (!EVERYDAY.has(phrase) || owner === 'our' || owner === 'my') schoolTied = true;
      }
      if (classCodeTargets(tokens).length > 0) {
        kinds.add('pupil');
        schoolTied = true;
      }
      // School context with no school-tied target needs a surer model and the writer's own voice ("our",
      // "I"): "everyone that went to school there" is someone else's story.
      if (!schoolTied && (p < SURE || !schoolLife(doc) || !tokens.some((t) => WRITER.has(t.norm)))) return [];
      // Praise with no negative or mocking sign at all is praise ("a lovely touch", "the most resilient people I know").
      if (findPhrases(doc, stanceLexicon().praise).length > 0 && !staffPostSigns(doc).some((f) => NEGATIVE_SIGN.test(f))) return [];
      const kind = TARGET_KIND_ORDER.find((k) => kinds.has(k));
      const [a, b] = leaningSentence(doc);
      // The sentence it leans on is the writer narrating their own mishap ("Not me hiding in the cupboard...").
      if (selfNarrated(doc).has(sentenceIds(doc)[a]!)) return [];
      // Session tonefp5: "No idea where he gets that from", "(She gets it from me.)": a parent's joke that their child's
      // trait runs in the family, said right after the report of it.
      if (RUNS_IN_FAMILY.test(doc.text.slice(tokens[a]!.start, tokens[b]!.end))) return [];
      // A long post wanders over a weekend, family and a bit of school: the model reads it whole, so its school words
      // and its hard week may sit sentences apart. There, the sentence it leans on (or one beside it) must carry a
      // negative or mocking sign of its own.
      if (doc.text.length >= LONG_POST && !signNear(doc, a, b)) return [];
      const severity: Severity = p >= SURE ? 'medium' : 'low';
      return [{ start: tokens[a]!.start, end: tokens[b]!.end, severity, theme: kind ? TARGET_THEMES[kind] : 'grievances', reason: kind ? REASONS[kind] : GENERAL }];
    };
  },
});
