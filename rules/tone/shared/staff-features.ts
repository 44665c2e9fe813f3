/**
 * Features of the staff-tone model (rules/tone/staff-stance.ts), shared with its trainer
 * (scripts/train-staff-tone-model.ts) so both see exactly the same strings:
 *   - folded words ("u:...") and word pairs within a sentence ("b:..._..."), numbers as "#", class
 *     codes ("9X", "10C") as "#class";
 *   - abstract signs that carry over to wording no training post used: the kinds of school-tied target
 *     present ("t:leader", "t:parent", ...), the weight of listed stance phrases ("s:2"), AFINN-165
 *     negative and positive words (negation-aware; British dismissive verdicts such as "rubbish" count as negative) and a positive word in a negative post ("irony"),
 *     eye-roll and laughing emoji, scare quotes, question and exclamation marks, and the writer's
 *     self-reference ("self");
 *   - shape signs (./staff-shape.ts): word classes in sentence order (targets by kind, counts,
 *     times, days, AFINN positive and negative words), echoed counts, two clock times, fragments.
 * Features are binary (each counted once per post).
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Token } from '../../../lib/engine/text.ts';
import { TARGET_THEMES, classCodeTargets, findPhrases, mayHaveEmoji, ownFamily, sarcasmEmoji, scareQuotes, stanceLexicon } from './stance.ts';
import { negatedBefore, sentenceIds } from './context.ts';
import { tokenRatings } from './dismissive.ts';
import { forEachShapeSign } from './staff-shape.ts';

/** Bumped whenever the features change, so a model trained on other features is refused. */
export const STAFF_FEATURES_VERSION = 3;

const CLASS_CODE = /^(?:[1-9]|1[0-3])[a-z]{1,2}\d?$/;
const NOT_CLASS = new Set(['am', 'pm', 'st', 'nd', 'rd', 'th', 'k', 'g', 'm', 'p', 's', 'd', 'x', 'h', 'ish', 'mm', 'cm', 'km', 'kg', 'ml', 'gb', 'mb', 'hr', 'hrs', 'min', 'mins', 'yr', 'yrs', 'x']);
const SELF = new Set(['i', "i'm", 'im', 'me', 'my', 'myself', "i've", "i'll", "i'd"]);
const LAUGH = ['😂', '🤣', '😆', '😅'];
const HEART = ['❤', '💛', '💙', '💚', '💜', '🧡', '🥰', '😍', '🙌', '🥳', '💪'];
// The target signs by kind ("t:leader"), made once.
const TARGET_SIGN = new Map(Object.keys(TARGET_THEMES).map((k) => [k, 't:' + k]));

/** The word feature of a token: folded form, numbers as "#", class codes ("9X", "10C") as "#class". */
export function staffWord(t: Token): string {
  return wordOf(t.raw, t.norm);
}

// Word features by folded form, for the words whose feature does not depend on the capitals of the
// original (all but class-code shapes), so the regexes run once per distinct word. Bounded.
const wordFeature = new Map<string, string>();

function wordOf(raw: string, norm: string): string {
  const w = plainStaffWord(norm);
  if (w !== undefined) return w;
  return /[A-Z]/.test(raw) ? '#class' : norm.replace(/’/g, "'");
}

/** The word feature of a folded form, or undefined for a class-code shape ("9x"), whose feature depends on the capitals of the original. */
export function plainStaffWord(norm: string): string | undefined {
  const known = wordFeature.get(norm);
  if (known !== undefined) return known;
  let w: string;
  if (/^\d+(?:[.,:]\d+)*$/.test(norm)) w = '#';
  else {
    const m = CLASS_CODE.exec(norm);
    if (m && !NOT_CLASS.has(norm.replace(/^\d+/, ''))) return undefined;
    w = norm.replace(/’/g, "'");
  }
  if (wordFeature.size >= 50_000) wordFeature.clear();
  wordFeature.set(norm, w);
  return w;
}

/** Whether a folded form is the writer ("self" sign). */
export function selfWord(norm: string): boolean {
  return SELF.has(norm);
}

/** The feature strings of a post, deduplicated. Linear in the number of tokens. */
export function staffFeatures(doc: Doc): string[] {
  const out = new Set<string>();
  forEachStaffFeature(
    doc,
    (w) => out.add('u:' + w),
    (prev, w) => out.add('b:' + prev + '_' + w),
    (f) => out.add(f),
  );
  return [...out];
}

/**
 * Visits the features of a post in the order staffFeatures lists them (first occurrences first;
 * repeats are visited again): a word "u:w" as unigram(w), a pair "b:p_w" as bigram(p, w) ("^" starts a
 * sentence), any other feature as sign(f). Lets the model score a post without a string per word.
 */
export function forEachStaffFeature(doc: Doc, unigram: (w: string) => void, bigram: (prev: string, w: string) => void, sign: (f: string) => void): void {
  const { tokens } = doc;
  if (tokens.length === 0) return;
  const ids = sentenceIds(doc);
  let prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = wordOf(t.raw, t.norm);
    unigram(w);
    bigram(i > 0 && ids[i - 1] === ids[i] ? prev : '^', w);
    prev = w;
    if (SELF.has(t.norm)) sign('self');
  }
  forEachPostSign(doc, sign);
}

/**
 * The features of a post other than its words and word pairs, in the order forEachStaffFeature visits them
 * after the words ("self" aside): targets, stance, ratings, emoji, quotes, punctuation and shape signs.
 */
export function forEachPostSign(doc: Doc, sign: (f: string) => void): void {
  const { text, tokens } = doc;
  if (tokens.length === 0) return;
  const lex = stanceLexicon();
  const targets = findPhrases(doc, lex.targets).filter((m) => !ownFamily(tokens, m));
  // Each kind once, at its first target: a repeat adds nothing to a binary feature, and `sign` is only ever given
  // to collect features (a set) or to count each once.
  const signedKinds = new Set<string>();
  for (const m of targets) {
    const f = TARGET_SIGN.get(m.kind!) ?? 't:' + m.kind;
    if (signedKinds.has(f)) continue;
    signedKinds.add(f);
    sign(f);
  }
  const codes = classCodeTargets(tokens);
  if (codes.length > 0) sign('t:pupil');
  let stance = 0;
  for (const m of findPhrases(doc, lex.stance)) if (!negatedBefore(doc, m.from, 2)) stance += m.weight;
  if (stance > 0) sign('s:' + Math.min(stance, 4));
  let neg = 0, pos = 0;
  const ratings = tokenRatings(doc);
  for (let i = 0; i < tokens.length; i++) {
    const v = ratings[i]!;
    if (v === 0) continue;
    const flipped = negatedBefore(doc, i, 2);
    if (v <= -2 && !flipped) neg += v <= -3 ? 2 : 1;
    else if (v >= 2 && flipped) {
      neg++;
      sign('negated-positive');
    } else if (v >= 2) pos++;
  }
  if (neg > 0) sign('neg:' + Math.min(neg, 3));
  if (pos > 0) sign('pos:' + Math.min(pos, 2));
  if (neg > 0 && pos > 0) sign('irony');
  if (sarcasmEmoji(text, 0, text.length).length > 0) sign('e:sarcasm');
  // Every emoji listed has a code unit at or above U+2700: a post with none skips the searches.
  const emoji = mayHaveEmoji(text);
  if (emoji && LAUGH.some((e) => text.includes(e))) sign('e:laugh');
  if (emoji && HEART.some((e) => text.includes(e))) sign('e:heart');
  if (scareQuotes(text, 0, text.length).length > 0) sign('quotes');
  if (text.includes('?')) sign('question');
  if (text.includes('!')) sign('exclaim');
  // What the post does, not which words it uses (./staff-shape.ts): word classes in order, counts, times, fragments.
  forEachShapeSign(doc, codes.length ? [...targets, ...codes] : targets, sign);
}
