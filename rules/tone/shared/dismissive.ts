/**
 * British dismissive verdicts that AFINN-165 does not rate (it was built from American tweets): "rubbish",
 * "shambles", "laughable", "naff", "daft", "gormless", "bonkers", "farcical", "abysmal". Used beside AFINN by
 * the staff-tone rules (tone/disparaging, the staff-tone model's features) so "the new tracker is utter
 * rubbish" or a one-word "Laughable." reads as negative, as "awful" or "pathetic" already do. Not used by
 * the OLID model, whose features stay AFINN's. Ratings follow AFINN's scale: -3 for a strong verdict, -2 mild.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { valence } from './afinn.ts';
import { WordTable, tokenVocab } from './vocab.ts';
const PACKED: [number, string][] = [
  [-3, 'rubbish abysmal shambles shambolic omnishambles farcical laughable piss-poor half-arsed cack-handed tosh drivel codswallop balderdash dross spineless gutless gormless brainless clueless insulting'],
  [-2, 'naff daft dozy dopey dim dense bonkers barmy moaners moaner whingers whinger whingeing whinging amateurish amateur-hour slapdash shoddy sloppy woeful dire pitiful pants ropey ropy grotty gobby mardy stroppy jobsworth jobsworths unemployable unteachable'],
];

let table: Map<string, number> | undefined;

/** The dismissive rating of a folded word (0 when it is not one). */
export function dismissive(norm: string): number {
  if (!table) {
    table = new Map();
    for (const [v, words] of PACKED) for (const w of words.split(' ')) table.set(w, v);
  }
  return table.get(norm) ?? 0;
}

/**
 * Each token's rating: AFINN-165's valence, or its dismissive rating where AFINN has none. Once per post,
 * shared by tone/disparaging and the staff-tone features (read only).
 */
const RATING_OF = new WordTable((norm) => valence(norm) || dismissive(norm));
export function tokenRatings(doc: Doc): Float64Array {
  return doc.memo('tone:token-ratings', () => {
    // Rated once per distinct word of the post (./vocab.ts), read per token.
    const { ids } = tokenVocab(doc);
    const rating = RATING_OF.of(doc);
    const out = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = rating[ids[i]!]!;
    return out;
  });
}
