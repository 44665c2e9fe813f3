import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { inParts } from './shared/parts.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { tokenEndingAfter } from './shared/token-search.ts';
import { hasSchoolContext } from '../../lib/engine/context/index.ts';
import { findPhrases, mayHaveEmoji, schoolTargets, stanceLexicon, TARGET_KIND_ORDER, TARGET_THEMES, type PhraseMatch, type TargetKind } from './shared/stance.ts';
import { selfNarrated } from './shared/care.ts';
import { sentenceIds } from './shared/context.ts';
import { valence } from './shared/afinn.ts';

/**
 * Words of someone at school, or a school label, quoted back and then undercut: "Our head just sent a 'quick
 * reminder' email. It has seven attachments.", "Head's message to staff: 'we're all in this together'. Sent from
 * Lanzarote.", "A mum complained the play was 'too long'. Her son had one line.". The quote is in a sentence that
 * names (or follows one that names) a leader, colleague, parent, the trust or the local authority, or a policy,
 * meeting or pay matter in a post about school; and the post goes on with a short sentence that neither praises,
 * affirms ("They really were."), thanks nor wishes, or the quote is asked back as a question ("'manageable'?").
 * When the quote follows a speech verb, the speaker must be that adult or body, not a child or the writer's family.
 *
 * Left alone: titles (every word capitalised: 'Wonder Wall'), names given to things ("calls the boiler 'the
 * beast'", "known as"), an adult's praise of pupils quoted ("described our Year 6 as 'a joy'"), a pupil's remark
 * about the writer, kind posts (./shared/care.ts), and posts with a laughing or heart emoji (banter).
 */

const QUOTE = /(^|[\s(])(["“‘]|')([A-Za-z0-9][A-Za-z0-9'’ -]{0,48}?)(["”’]|')(?=[\s.,!?;:)]|$)/g;
const ADDRESSING = new Set(['wish', 'have', 'get', 'meet', 'bring', 'join', 'come', 'see', 'enjoy', 'welcome', 'book', 'check', 'remember', 'please', 'thank', 'thanks', 'send', 'happy', 'good', 'well', 'congratulations', 'congrats', 'love', 'loved']);
// A next sentence that agrees with the quote ("They really were.", "Spot on.") is sincere.
const AFFIRM = new Set('really|truly|true|right|agree|agreed|indeed|absolutely|definitely|spot|proud|deserved|well'.split('|'));
// Shouting, singing and cheering verbs too: a crowd yelling 'he's behind you' at a panto is speech, not a label doubted.
// Persuading and promising too: what children "persuaded the cover teacher" of is their claim, told fondly.
const SPEECH = new Set('said|says|say|saying|told|tells|asked|asks|called|calls|thinks|reckons|wrote|writes|reads|read|complained|complains|claimed|claims|insisted|insists|announced|described|describes|shouted|emailed|messaged|replied|wants|want|screamed|screams|yelled|yells|shouts|sang|sings|chanted|whispered|cheered|persuaded|persuades|persuading|convinced|convinces|convincing|promised|promises|promising|swore|swears|swearing|assured|assures|assuring|informed|informs'.split('|'));
const NAMING = /\b(?:(?:call|calls|called|calling|name|names|named|nickname|nicknamed|dubbed)\s+(?:it|this|that|them|him|her|(?:the|our|my|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?)|known\s+as|nicknamed|dubbed|titled|entitled)\s*$/i;
/** The writer's own child, named before a quote, with at most one sentence end between. */
const OWN_CHILD_BEFORE = /\bmy\s+(?:(?:little|eldest|youngest|middle|oldest|big|baby)\s+)?(?:son|sons|daughter|daughters|child|kids?|boy|girl|eldest|youngest|middle\s+one|little\s+one|toddler|twins|nephew|niece|grandson|granddaughter)\b(?:[^.!?\n]*[.!?]+)?[^.!?\n]*$/i;
const LAUGH_OR_HEART = /[😂🤣😆😅❤💛💙💚💜🧡🥹🥰😍🥳]/u;
const ADULT: ReadonlySet<TargetKind> = new Set(['leader', 'colleague', 'parent', 'authority']);

const REASONS: Record<TargetKind, string> = {
  pupil: 'Quoting words back and then undercutting them reads as mocking pupils. Families may recognise who you mean.',
  parent: "Quoting a parent's words back and then undercutting them reads as mocking them. They may recognise themselves.",
  leader: 'Quoting what leaders or the trust said and then undercutting it reads as a public complaint (sarcasm counts too). Raise it through the proper channels instead.',
  colleague: "Quoting a colleague's words back and then undercutting them reads as criticism of them. Colleagues and parents may recognise who you mean.",
  authority: 'Quoting the local authority and then undercutting it reads as a public complaint about a body your school works with.',
  school: 'Quoting a school label and then undercutting it reads as a public complaint about your school (sarcasm counts too). Raise it through the proper channels instead.',
  work: 'Quoting what you were told about pay or workload and then undercutting it reads as a workplace grievance. Keep it for your union, HR or the proper channels.',
};

interface Quote {
  start: number;
  end: number;
  inner: string;
}

function quotesOf(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const open = m[2]!, close = m[4]!;
    if ((open === "'" || open === '‘') !== (close === "'" || close === '’')) continue;
    const inner = m[3]!.trim();
    const words = inner.split(/\s+/);
    if (words.length > 7 || inner.length < 3) continue;
    // Shouted words in quotes are emphasis, not a doubt ('"THE attack"').
    if (words.some((w) => w.length >= 3 && w === w.toUpperCase() && /[A-Z]/.test(w))) continue;
    // A title: every word capitalised or short ("'Wonder Wall'", "'The Owl Who Was Afraid of the Dark'").
    if (words.length >= 2 && words.every((w) => /^[A-Z0-9]/.test(w) || w.length <= 3)) continue;
    const start = m.index + m[1]!.length;
    out.push({ start, end: start + m[0].length - m[1]!.length, inner });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'tone/scare-quote',
    category: 'tone',
    severity: 'low',
    theme: 'grievances',
    description: "Someone at school's words or a school label quoted back and then undercut (\"Our head sent a 'quick reminder' email. It has seven attachments.\").",
  },
  create() {
    const read = (doc: Doc): Hit[] => {
      const { tokens, text } = doc;
      if (tokens.length < 5) return [];
      // Cheap test first: most posts have no quotation mark at all.
      if (text.indexOf("'") === -1 && text.indexOf('"') === -1 && text.indexOf('“') === -1 && text.indexOf('‘') === -1) return [];
      const quotes = quotesOf(text);
      if (quotes.length === 0 || (mayHaveEmoji(text) && LAUGH_OR_HEART.test(text))) return [];
      const targets: PhraseMatch[] = schoolTargets(doc);
      if (targets.length === 0) return [];
      const ids = sentenceIds(doc);
      for (const q of quotes) {
        const qi = tokenEndingAfter(doc.tokens, q.start);
        if (qi >= tokens.length) continue;
        const kind = undercut(doc, targets, q, qi, ids);
        if (!kind) continue;
        return [{ start: q.start, end: q.end, theme: TARGET_THEMES[kind], reason: REASONS[kind] }];
      }
      return [];
    };
    // A long post is also read part by part (./shared/parts.ts).
    return (doc: Doc): Hit[] => inParts(doc, read);
  },
});

/** The kind of target whose words or label the quote at token qi doubts, if the post undercuts it. */
function undercut(doc: Doc, targets: readonly PhraseMatch[], q: Quote, qi: number, ids: Int32Array): TargetKind | undefined {
  const { tokens, text } = doc;
  const sid = ids[qi]!;
  if (selfNarrated(doc).has(sid)) return undefined;
  if (NAMING.test(text.slice(Math.max(0, q.start - 40), q.start))) return undefined;
  // Session tonefp5: words said of the writer's own child ("my son, his form tutor says he's 'chatty'", "my eldest is
  // 'a delight but chatty'") are a parent passing on a report, in the quote's sentence or just before it.
  if (OWN_CHILD_BEFORE.test(text.slice(Math.max(0, q.start - 90), q.start))) return undefined;
  // Someone's words: the speaker is an adult of school or a body, not a child or the writer's family.
  for (let i = qi - 1; i >= 0 && ids[i] === sid; i--) {
    if (!SPEECH.has(tokens[i]!.norm)) continue;
    let s0 = i;
    while (s0 > 0 && ids[s0 - 1] === sid) s0--;
    if (!targets.some((t) => t.from >= s0 && t.to < i && ADULT.has(t.kind!))) return undefined;
    // The speaker is the last one named before the verb: "my Year 3s persuaded the cover teacher that ..." after a
    // colleague named earlier in the sentence is the children's claim.
    let last: PhraseMatch | undefined;
    for (const t of targets) if (t.from >= s0 && t.to < i && (last === undefined || t.to > last.to)) last = t;
    if (last?.kind === 'pupil') return undefined;
    break;
  }
  // Who or what is doubted is outside the quote ("a card saying 'best teacher in the world'" names no one).
  const qEnd = tokenEndingAfter(doc.tokens, q.end);
  const near = targets.filter((t) => (ids[t.from] === sid || ids[t.from] === sid - 1) && (t.to < qi || t.from >= qEnd));
  const adult = near.some((t) => ADULT.has(t.kind!));
  if (!adult && !(near.some((t) => t.kind === 'school' || t.kind === 'work') && hasSchoolContext(doc))) return undefined;
  // An adult's praise of pupils, quoted, is praise.
  let mood = 0;
  for (const w of q.inner.toLowerCase().split(/[^a-z']+/)) if (w) mood += valence(w);
  if (mood > 0 && targets.some((t) => t.kind === 'pupil' && ids[t.from] === sid)) return undefined;
  // The turn: asked back as a question, or a short next sentence that is not praise, agreement, thanks or a wish.
  let a = qi;
  while (a < tokens.length && ids[a] === sid) a++;
  const question = /^\s*\?/.test(text.slice(q.end, q.end + 3));
  if (a >= tokens.length) {
    if (!question) return undefined;
  } else {
    let b = a;
    while (b + 1 < tokens.length && ids[b + 1] === ids[a]) b++;
    if (b - a + 1 > 12 || ADDRESSING.has(tokens[a]!.norm)) return undefined;
    for (let i = a; i <= b; i++) {
      const w = tokens[i]!.norm;
      if (AFFIRM.has(w)) return undefined;
      const p = tokens[i - 1]?.norm ?? '';
      if (valence(w) >= 2 && p !== 'not' && p !== 'no' && !p.endsWith("n't")) return undefined;
    }
    if (findPhrases(doc, stanceLexicon().praise).some((p) => p.from >= a && p.to <= b)) return undefined;
  }
  const kinds = new Set(near.map((t) => t.kind!));
  return TARGET_KIND_ORDER.find((x) => kinds.has(x) && (ADULT.has(x) || !adult));
}
