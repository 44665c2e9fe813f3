import { valence } from '../../rules/tone/shared/afinn.ts';

/**
 * "Friendly tweets" (issue 11: at most 3% alarms on them): OLID tweets labelled not offensive that hold no
 * profanity or hostility, i.e. no word AFINN-165 rates -3 or below (its swear words, slurs, insults and
 * hate words: "idiot", "crap", "disgusting", "hate", ...) and an AFINN sum that is not negative. Judged from
 * the text and the OLID label alone, never from what the detector says. Used by `npm run eval` and by
 * scripts/train-tone-model.ts (on its validation split).
 */
export function friendlyTweet(text: string): boolean {
  let sum = 0;
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) {
    const v = valence(w.replace(/'/g, ''));
    if (v <= -3) return false;
    sum += v;
  }
  return sum >= 0;
}
