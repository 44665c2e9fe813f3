import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';

// School life is full of capitals that are not shouting.
const ACRONYMS = new Set(
  'SATS SAT SEND SEN SENCO SENDCO KS1 KS2 KS3 KS4 KS5 EYFS PE RE DT ICT IT PSHE RSE MFL STEM SLT TA TAS HLTA DSL DDSL PTA PTFA INSET CPD GCSE GCSES BTEC MAT CEO NHS UK GB USA EU BBC ITV OK LOL LMAO OMG TGIF PPA NQT ECT PGCE HMI DFE LA LADO FSM EHCP EAL SPAG UKS2 LKS2 WW1 WW2 FA PTA AM PM MP TV DVD PC IPAD CAMHS SALT OT OFSTED MOCKSTED ISI QTS HOD HOY IB NEU NASUWT ASCL NAHT TES TBH IMO FYI BTW ASAP RIP PS UCAS A4 A3 NSPCC RSPCA RNLI'.split(' '),
);
const POSITIVE = /\b(?:proud|well done|congrat|love|loved|amazing|brilliant|fantastic|happy|thank|thanks|best|great|wonderful|excited|yay|woo|celebrat|incredible|superstars?|champions|winners?|birthday|christmas|merry|bravo|good luck)/i;

// Capitals alone are often excitement, emphasis or a caps-lock habit ("WHERE DO YOU FIND IT IN CHICAGO");
// a run reads as angry shouting when it carries a cross word too.
const ANGER = /\b(?:why|nobody|no one|never|stop|shut|enough|sick|fed up|done with|had it|hate|angry|furious|livid|fuming|ridiculous|joke|disgrace|disgusting|pathetic|useless|stupid|idiot|idiots|moron|morons|worst|bloody|damn|hell|what the|how dare|seriously|listen|again|sort it out|can['’]?t stand|unbelievable|rubbish|crap|awful|terrible|liars?|lies|get out(?!\s+(?:and|to)\s+vote)|leave me|back off|don['’]?t you dare|f+u+c+k|fck|shit|wtf|ffs)/i;

const CAPS_WORD = /(?<![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9#@])[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F][A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F0-9'’]*(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/g;

/** The run is all there is inside quotation marks ("Today's headline: 'MUM FORGETS BINS AGAIN'"): quoted, not shouted. */
function quoted(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  // A closing apostrophe-quote is read into the last capital word ("AGAIN'"): look at it first.
  const close = text[end - 1] === "'" || text[end - 1] === '’' ? text[end - 1] : text[end];
  return open !== undefined && close !== undefined && QUOTE_PAIRS.get(open)?.includes(close) === true && (start < 2 || /[\s(:]/.test(text[start - 2]!));
}
const QUOTE_PAIRS = new Map([["'", ["'", '’']], ['‘', ['’', "'"]], ['"', ['"', '”']], ['“', ['”', '"']]]);

export default defineRule({
  meta: {
    id: 'tone/shouting',
    category: 'tone',
    severity: 'low',
    theme: 'offensive-content',
    description: 'Shouting: long runs of capital letters, or angry strings of exclamation marks.',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      let runStart = -1, runEnd = -1, words = 0, letters = 0;
      const flush = () => {
        if (words >= 4 && letters >= 14) {
          const run = text.slice(runStart, runEnd);
          if (ANGER.test(run) && !POSITIVE.test(run) && !quoted(text, runStart, runEnd)) hits.push({ start: runStart, end: runEnd, reason: 'Shouting: a long run of capital letters reads as angry shouting.' });
        }
        runStart = -1;
        words = 0;
        letters = 0;
      };
      for (const m of text.matchAll(CAPS_WORD)) {
        const w = m[0];
        const isAcronym = ACRONYMS.has(w.replace(/['’]S$/, '').toUpperCase());
        // Words may be separated by spaces and light punctuation, not by a sentence break in lower case.
        const gap = runStart === -1 ? '' : text.slice(runEnd, m.index);
        const joins = runStart !== -1 && /^[\s,!?.'’"-]{1,4}$/.test(gap);
        if (!joins) flush();
        if (w.length < 2 && w !== 'I' && w !== 'A') {
          flush();
          continue;
        }
        if (runStart === -1) runStart = m.index;
        runEnd = m.index + w.length;
        if (!isAcronym) {
          words++;
          letters += w.length;
        }
      }
      flush();
      // "!!!" only counts as shouting next to anger, not in "Well done Year 6!!!".
      for (const m of text.matchAll(/[!?]{3,}/g)) {
        if (m[0].replace(/\?/g, '').length < 3) continue;
        const sentence = text.slice(Math.max(0, m.index - 80), m.index);
        const tail = sentence.slice(Math.max(sentence.search(/[.!?\n][^.!?\n]*$/) + 1, 0));
        if (/\b(?:sick|fed up|angry|furious|livid|fuming|ridiculous|joke|disgrace|disgusting|unbelievable|worst|useless|hate|stupid|idiot|seriously|again|why|enough|shut up|stop|how dare|are you kidding|what the)/i.test(tail) && !POSITIVE.test(tail)) {
          hits.push({ start: m.index, end: m.index + m[0].length, reason: 'Shouting: a string of exclamation marks after an angry sentence reads as shouting.' });
        }
      }
      return hits;
    };
  },
});
