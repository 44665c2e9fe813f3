import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { digitWindows, matchesInDigitWindows } from './shared/digit-windows.ts';
import { wordGate } from './shared/word-gate.ts';

/**
 * UK number plates in the current format (two letters, the two-digit age identifier, three letters: "KX19 BZF")
 * and the older prefix format ("R123 ABC"). DVLA never issues I, Q or Z in the memory tag or I and Q in the
 * random letters, so "AB12 ICE" is not one.
 */
// (A space after the two letters too: "MA 21 XYZ", as people type it.)
const CURRENT = '[A-HJ-PR-Y][A-HJ-PR-Y][ \\u00A0]?(?:0[2-9]|[1-7][0-9])[ \\u00A0]?[A-HJ-PR-Z]{3}';
const PREFIX = '[A-HJ-NPR-Y][1-9][0-9]{0,2}[ \\u00A0][A-HJ-PR-Y]{3}';
const PLATE = new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${CURRENT}|${PREFIX})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'g');
/** A plate in any case right after its label ("reg: yr71kfn", "my reg is ma68 xwn"; session places8). */
const PLATE_ANY_CASE = new RegExp(PLATE.source, 'gi');
/** A label for a plate somewhere in the post ("reg", "registration", "plate", "numberplate"; no \b after it). */
const PLATE_LABEL = /\b(?:reg|registration|plate|numberplate)/i;
/** False when the post cannot hold PLATE_LABEL: no word (or part of one) starts with it (shared/word-gate.ts). */
const MAY_NAME_PLATE = wordGate(['reg', 'plate', 'numberplate'], false);
const LABEL_BEFORE = /\b(?:reg|registration|number\s*plate|numberplate|plate)(?:['’]s|\s+(?:is|was|no\.?|number))?\s*[:\-–]?\s*$/i;
/** A plate only counts next to car words: the same shape is also a product code or a password. */
/**
 * Someone else's plate (session places9): a plate the writer saw or spotted ("Saw a private plate today that said ..."),
 * a stranger's car ("Someone's car alarm has been going off, ... if that's you"). Posting it gives nothing of the
 * writer's away; "my"/"our" in the sentence keeps it the writer's ("Someone dinged my car ..., reg ...").
 */
const OTHERS_PLATE = /\b(?:(?:saw|spotted|seen|clocked)\s+(?:a|an|this|that|the)\b|(?:someone|somebody)['’]s\s+(?:car|van|motor)|if\s+(?:that|this)(?:['’]s|\s+is)\s+(?:you|yours)|whoever\s+(?:owns|drives|parked|is\s+parked)|(?:private|personali[sz]ed|cherished)\s+(?:plate|reg|number\s*plate))/i;
function othersPlate(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 200 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 200 && !/[.!?\n]/.test(text[b]!)) b++;
  const sentence = text.slice(a, b);
  return OTHERS_PLATE.test(sentence) && !/\b(?:my|our|mine|ours)\b/i.test(sentence);
}
const CAR_WORDS = /\b(?:reg|regs|registration|plates?|number\s*plates?|numberplate|car|cars|van|motor|vehicle|corsa|fiesta|golf|polo|parked|parking|dented|scraped|reversed|bumped|dvla|mot|drive|driving|driver|blocked|towed|clamped|stolen|nicked)\b/i;

export default defineRule({
  meta: {
    id: 'personal/vehicle-reg',
    category: 'personal',
    severity: 'medium',
    theme: 'personal-details',
    description: 'Car registration numbers ("Reg KX19 BZF"), which lead anyone to your car, and from it to your home or school.',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      if (!/\d/.test(text)) return hits;
      // A plate holds a digit and at most two spaces, and looks one character out with a class that spaces pass: only
      // the stretches around the post's digits can hold one (shared/digit-windows.ts).
      const windows = digitWindows(doc);
      for (const m of matchesInDigitWindows(text, PLATE, windows)) {
        const around = text.slice(Math.max(0, m.index - 60), Math.min(text.length, m.index + m[0].length + 60));
        if (!CAR_WORDS.test(around) || othersPlate(text, m.index, m.index + m[0].length)) continue;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          reason: 'This looks like a car registration. A number plate lets people find your car, and from it where you live or work.',
        });
      }
      if (MAY_NAME_PLATE(doc) && PLATE_LABEL.test(text)) {
        for (const m of matchesInDigitWindows(text, PLATE_ANY_CASE, windows)) {
          if (hits.some((h) => h.start === m.index) || !LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || othersPlate(text, m.index, m.index + m[0].length)) continue;
          hits.push({
            start: m.index,
            end: m.index + m[0].length,
            reason: 'This looks like a car registration. A number plate lets people find your car, and from it where you live or work.',
          });
        }
      }
      return hits;
    };
  },
});
