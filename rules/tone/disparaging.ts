import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { docWords, hasSchoolContext, schoolCues } from '../../lib/engine/context/index.ts';
import { CLAIM_BEFORE, FICTION_WORDS, SARCASTIC_SENTENCE, classCodeTargets, everydaySense, findPhrases, hobbyTeacher, ownFamily, sarcasmEmoji, scareQuotes, stanceLexicon, type PhraseMatch, type TargetKind, TARGET_THEMES, TARGET_KIND_ORDER } from './shared/stance.ts';
import { aboutSelf, isNegator, negatedBefore, sentenceIds, troubleFree } from './shared/context.ts';
import type { Token } from '../../lib/engine/text.ts';
import { valence as afinn } from './shared/afinn.ts';
import { dismissive, tokenRatings } from './shared/dismissive.ts';
import { careIn, careOf, modifierUse, selfNarrated } from './shared/care.ts';
import { tokenIndex } from './shared/windows.ts';
import { firstTokenFrom } from './shared/token-search.ts';
import { WordTable, tokenVocab } from './shared/vocab.ts';
import { comeAndDoIt, neverTaught, pointedShapes, whoeverDecided } from './shared/rhetoric.ts';
import { codaShapes } from './shared/coda.ts';

interface Span {
  start: number;
  end: number;
}

interface Cue extends Span {
  weight: number;
  /** Sentence index (for tokens) or -1 for cues found in the raw text (emoji, quotes): nearest sentence. */
  sentence: number;
  /** Found by the AFINN rating alone, not by a listed phrase or a sarcasm sign. */
  rated?: boolean;
}

// Posts are scored in stretches of at most this many characters (whole sentences), like a tweet.
const STRETCH = 320;

/** AFINN-165's rating, or a British dismissive verdict's ("rubbish", "shambles", "laughable") where AFINN has none. */
const valence = (norm: string): number => afinn(norm) || dismissive(norm);

const REASONS: Record<TargetKind, string> = {
  leader: 'Criticising leaders: this complains about or mocks the head, senior leaders, governors or the trust in public. Your policy asks you to raise concerns through the proper channels.',
  colleague: 'Criticising colleagues: this complains about or mocks people you work with. Colleagues and parents may recognise who you mean.',
  pupil: 'Criticising pupils: this speaks negatively about pupils in public. Parents and pupils may recognise themselves, even without names.',
  parent: 'Criticising parents: this speaks negatively or mockingly about parents or families. They may recognise themselves, even without names.',
  school: 'Criticising your school: this complains about or mocks your school, its policies or its decisions in public. Raise it through the proper channels instead.',
  work: 'Workplace grievance: this airs a complaint about pay, workload or jobs in public. Keep it for your union, HR or the proper channels.',
  authority: 'Criticising the local authority or inspectors: public complaints about the bodies your school works with can bring it into disrepute.',
};

function stretches(doc: Doc): Span[] {
  const { text } = doc;
  const out: Span[] = [];
  let start = 0;
  let last = 0;
  for (const m of text.matchAll(/[.!?\n]+/g)) {
    const cut = m.index + m[0].length;
    if (cut - start > STRETCH && last > start) {
      out.push({ start, end: last });
      start = last;
    }
    last = cut;
  }
  // A single sentence longer than a stretch is cut at spaces.
  while (text.length - start > STRETCH * 1.5) {
    let e = start + STRETCH;
    while (e > start && text[e] !== ' ') e--;
    if (e === start) e = start + STRETCH;
    out.push({ start, end: e });
    start = e;
  }
  out.push({ start, end: text.length });
  return out;
}

export default defineRule({
  meta: {
    id: 'tone/disparaging',
    category: 'tone',
    severity: 'medium',
    theme: 'grievances',
    description: 'Criticising or mocking pupils, parents, colleagues, leaders, the trust, the local authority or the school, and pay or workload grievances, including sarcasm, without any insult word.',
  },
  create() {
    return (doc): Hit[] => {
      const { text, tokens } = doc;
      if (tokens.length === 0) return [];
      const lex = stanceLexicon();
      const ids0 = sentenceIds(doc);
      // School and work words that place or describe a thing ("the printer in the staffroom", "school run traffic") are not what is judged.
      const weather = weatherSentences(doc, ids0);
      const thingWord = (m: PhraseMatch) => (m.kind === 'school' || m.kind === 'work' || (m.from === m.to && tokens[m.from]!.norm === 'staff')) && (modifierUse(text, tokens[m.from]!.start, tokens[m.to]!.end) || weather.has(ids0[m.from]!));
      const overwork = overworkCounts(doc);
      const ownQuote = familyQuotes(text);
      // Session tonefp5: the one who said the family's quoted words ("his teacher says he's 'very chatty in class'") only
      // reports them: a parent passing on their child's teacher's remark, not judging the teacher.
      const quotedByFamily = (m: PhraseMatch) => ownQuote.length > 0 && ownQuote.some((q) => (tokens[m.from]!.start >= q.start && tokens[m.to]!.end <= q.end) || (q.start >= tokens[m.to]!.end && q.start - tokens[m.to]!.end <= 40 && SAYS_THEN.test(text.slice(tokens[m.to]!.end, q.start))));
      const targets = [...findPhrases(doc, lex.targets).filter((m) => !ownFamily(tokens, m) && !everydaySense(tokens, m) && !inTitle(tokens, ids0, m) && !thingWord(m) && !hobbyTeacher(tokens, m) && !quotedByFamily(m) && !parentsEvening(tokens, m)), ...titledColleagues(tokens), ...classCodeTargets(tokens), ...overwork, ...neverTaught(doc)].sort((a, b) => a.from - b.from);
      // "Whoever designed the new report template": the person behind a school decision (./shared/rhetoric.ts).
      const deciders = whoeverDecided(doc, targets);
      if (deciders.length > 0) {
        targets.push(...deciders);
        targets.sort((a, b) => a.from - b.from);
      }
      // Laughs at what leaders sent, exasperated codas, "bless her" round a failing, retorts to a quoted message (./shared/coda.ts);
      // the sender of a quoted message answered by a retort is who is mocked.
      const codas = codaShapes(doc, targets);
      // Session tonefp5: not the speaker of the family's own quoted words ("his teacher says he's 'very chatty'. Shocked.").
      const senders = codas.senders.filter((m) => !quotedByFamily(m));
      if (senders.length > 0) {
        targets.push(...senders);
        targets.sort((a, b) => a.from - b.from);
      }
      // "the lads", "the girls" with nothing else about school are a team, a night out, a family: not pupils.
      const young = (m: PhraseMatch) => m.kind === 'pupil' && m.from === m.to && YOUNG.has(tokens[m.from]!.norm);
      if (targets.some(young) && !targets.some((m) => m.kind === 'pupil' && !young(m)) && !hasSchoolContext(doc)) for (let k = targets.length - 1; k >= 0; k--) if (young(targets[k]!)) targets.splice(k, 1);
      // A post about the writer's family life with nothing about school: "the kids" beside "my husband" or "my
      // sister" are the writer's children, and "Dad", "Grandma" called by the family word as a name are the writer's own.
      if (targets.some((m) => familyName(tokens, ids0, m) || homeChildren(tokens, m)) && !schoolBeyondTheRun(doc)) {
        // A long post (a day, a holiday, a weekend told at length) that never says a school word is not about pupils
        // either: staff who write at length about "the kids" they teach name a class, a lesson or school somewhere.
        const home = text.length >= LONG_POST || ownFamilyMentioned(tokens);
        // "Mum turned up ... because her son ...": the family word is a child's parent, named as teachers name them.
        const othersChild = someoneElsesChild(tokens);
        for (let k = targets.length - 1; k >= 0; k--) if ((!othersChild && familyName(tokens, ids0, targets[k]!)) || (home && homeChildren(tokens, targets[k]!))) targets.splice(k, 1);
      }
      if (targets.length === 0) return [];
      // Gratitude, sympathy and well-wishing outweigh mild negative words ("thinking of our head, who lost her mum").
      // In a post of several stretches, only in the stretch where they are (careIn): a long post wanders.
      const parts = stretches(doc);
      if (careOf(doc).kind && parts.length === 1) return [];
      // "Not me hiding in the stock cupboard and blaming the science department": the writer mocks themself.
      const selfish = selfNarrated(doc);
      const ids = sentenceIds(doc);
      // Negated ("not a joke") and self-directed ("I'm terrible at maths") cues do not count.
      const fiction = new Set<number>();
      // The post's token index (shared by the windowed rules) gives the few places of these words without a look-up per token.
      const index = tokenIndex(doc);
      for (const w of FICTION_WORDS) for (const i of index.get(w) ?? []) fiction.add(ids0[i]!);
      const stance = findPhrases(doc, lex.stance).filter((m) => !negated(doc, m) && !everydaySense(tokens, m) && !aboutSelf(doc, m.from, 3) && !selfAfter(doc, m.to) && !fiction.has(ids0[m.from]!) && !selfish.has(ids0[m.from]!) && !gaveSomething(doc, m) && !everydayStance(tokens, m) && !understatementResolvedKindly(doc, m) && !blessedKindly(doc, m) && !neverBetter(tokens, ids0, m) && !youngFeeling(tokens, ids0, m.from));
      const praise = findPhrases(doc, lex.praise);
      const covered = new Set<number>();
      // "insane harmonies": an admiring intensity word is neither a listed cue nor a rated one.
      for (let k = stance.length - 1; k >= 0; k--) if (praisingIntensity(doc, stance[k]!)) covered.add(stance.splice(k, 1)[0]!.from);
      for (const m of stance) for (let k = m.from; k <= m.to; k++) covered.add(k);
      // The local authority, Ofsted, the DfE or an EHCP are school business; a council alone may be about bins.
      // "The LA" (with the article) is the local authority as schools say it; a bare "LA" may be Los Angeles.
      const schoolTalk = targets.some((t) => (t.kind !== 'authority' && t.kind !== 'work') || (t.kind === 'authority' && (!COUNCIL.has(tokens[t.to]!.norm) || (t.to > t.from && tokens[t.to]!.norm === 'la')))) || hasSchoolContext(doc);
      const hits: Hit[] = [];
      let ti = 0, si = 0, pi = 0;
      for (const st of parts) {
        const inStretch = (m: PhraseMatch) => tokens[m.from]!.start >= st.start && tokens[m.to]!.end <= st.end;
        const ts: PhraseMatch[] = [];
        while (ti < targets.length && tokens[targets[ti]!.from]!.start < st.end) {
          const t = targets[ti++]!;
          if (inStretch(t) && (t.kind !== 'authority' || schoolTalk)) ts.push(t);
        }
        // The sentence just before a stretch carries its person over the cut ("... the site manager locked the gate at
        // 5pm again. | Man has the personality of a traffic cone."): its targets count here too, not its signs.
        // Only across a sentence boundary (a sentence longer than a stretch is cut at spaces), and at most 40 targets
        // back, so a long run-on post stays linear.
        if (st.start > 0) {
          const firstTok = firstTokenFrom(tokens, st.start);
          const prev = ids0[firstTok - 1];
          if (prev !== undefined && prev !== ids0[firstTok]) for (let k = ti - 1, n = 0; k >= 0 && n < 40 && ids0[targets[k]!.from]! >= prev; k--, n++) {
            const t = targets[k]!;
            if (ids0[t.from] === prev && tokens[t.to]!.end <= st.start && (t.kind !== 'authority' || schoolTalk)) ts.push(t);
          }
        }
        const cues: Cue[] = [];
        while (si < stance.length && tokens[stance[si]!.from]!.start < st.end) {
          const c = stance[si++]!;
          if (inStretch(c)) cues.push({ start: tokens[c.from]!.start, end: tokens[c.to]!.end, weight: c.weight, sentence: ids[c.from]! });
        }
        // General negative evaluation (AFINN-165), where no listed phrase already covers the word.
        // Session tonefp5: mock surprise right after the family's own quoted words ("'very chatty in class'. Shocked.
        // Absolutely shocked.") answers them with a joke at the family's expense, not at anyone at school.
        const afterOwnQuote = (c: Span) => ownQuote.some((q) => c.start >= q.end && c.start - q.end <= 30);
        for (const c of evaluativeCues(doc, st, covered, ts)) if (!fiction.has(c.sentence) && !selfish.has(c.sentence)) cues.push({ ...c, rated: true });
        let praised = 0;
        while (pi < praise.length && tokens[praise[pi]!.from]!.start < st.end) if (inStretch(praise[pi++]!)) praised++;
        // A coda of mockery (./shared/coda.ts) may start in this stretch and run into the next (a quoted message and its retort).
        // Session tonefp5: a retort to the family's own quoted words ("'very chatty in class'. Shocked.") is the parent's joke.
        const codaCues = codas.cues.filter((s) => s.start >= st.start && s.start < st.end && !ownQuote.some((q) => s.start <= q.end + 3 && s.end >= q.start));
        if (ts.length === 0 || (codaCues.length === 0 && careIn(doc, st.start, st.end))) continue;
        // A count of hours worked far past a working week is itself the complaint ("Clocked 61 hours this week"); praise outweighs it.
        for (const t of ts) if (overwork.includes(t)) cues.push({ start: tokens[t.from]!.start, end: tokens[t.to]!.end, weight: 2, sentence: ids[t.from]!, rated: true });
        // Applause can be sincere: alone it is a weak sign.
        const adultTarget = ts.some((t) => t.kind !== 'pupil');
        // An eye-roll with a laugh beside it ("We will never hear the end of it 🙄😂") is a joke: a weak sign, like applause.
        for (const e of sarcasmEmoji(text, st.start, st.end)) cues.push({ ...e, weight: text.startsWith('👏', e.start) || text.startsWith('🤦', e.start) || LAUGH_NEXT.test(text.slice(e.end, e.end + 6)) ? 1 : 2, sentence: -1 });
        // Scare quotes mock adults and the school ('"support" from SLT'); around a child's words or creation
        // ("told me I'm 'cringe'", "a 'pizza' out of playdough") they are play, unless echoed and denied.
        for (const q of scareQuotes(text, st.start, st.end)) {
          // A pupil's remark about the writer ("told me I'm 'cringe'") is the writer laughing at themself.
          if (selfish.size > 0 && selfish.has(ids[firstTokenFrom(tokens, q.start)]!)) continue;
          // Session tonefp5: the family's own quoted words (a child's teacher's remark, the writer's old school report).
          if (ownQuote.some((o) => q.start < o.end && q.end > o.start)) continue;
          const echo = echoed(text, q, st);
          if (echo || (adultTarget && !SPEECH_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) && !claimOfNoAdult(doc, q, ts))) cues.push({ ...q, weight: echo || attributed(doc, q, ts) ? 2 : 1, sentence: -1 });
        }
        for (const s of sarcasticSentences(doc, st, adultTarget, ts.some((t) => t.kind !== 'pupil' && t.kind !== 'work' && t.kind !== 'school'))) cues.push({ ...s, weight: 2, sentence: -1 });
        for (const s of rhetoricalSetups(doc, st)) cues.push({ ...s, weight: 2, sentence: -1 });
        // Rhetorical requests and questions to leaders, understatement, "parents never read": ./shared/rhetoric.ts.
        for (const s of pointedShapes(doc, st.start, st.end, targets)) cues.push({ ...s, weight: 2, sentence: -1 });
        for (const s of codaCues) cues.push({ ...s, weight: 2, sentence: -1 });
        for (const s of comeAndDoIt(doc, deciders)) if (s.start >= st.start && s.end <= st.end) cues.push({ ...s, weight: 2, sentence: -1 });
        // A verdict on the traffic, a queue or the weather is a grumble about the day, even at pick-up ("Traffic outside school at pick-up is bonkers").
        for (let k = cues.length - 1; k >= 0; k--) if (cues[k]!.sentence >= 0 && nuisanceVerdict(doc, ts, firstTokenFrom(tokens, cues[k]!.start))) cues.splice(k, 1);
        // "Menaces. Legends. Both.", "Terrors. Love them to bits.": a short verdict of mischief with fondness beside it
        // (praise, love, a laugh in its own or the next two sentences) is affection, not a verdict.
        for (let k = cues.length - 1; k >= 0; k--) if (fondMischief(doc, cues[k]!.sentence >= 0 ? cues[k]!.sentence : ids[firstTokenFrom(tokens, cues[k]!.start)]!)) cues.splice(k, 1);
        // A word sentence about the weather, or a short sentence of doubt right after one ("Forecast says sunshine Friday.
        // I'll believe it when I see it.", "Rant about the weather!"), judges the weather when it names no one.
        // A short verdict after a sentence about the writer's own family or friends is banter with them ("... my brother keeps sending me photos of actual rockets. Rude.").
        for (let k = cues.length - 1; k >= 0; k--) {
          const c = cues[k]!;
          if (c.sentence <= 0) continue;
          const at = firstTokenFrom(tokens, c.start);
          if (at > 0 && sentenceLength(ids, at) <= 3 && ids[at - 1] === c.sentence - 1 && ownPeopleOpen(tokens, firstOfSentence(ids, at - 1))) cues.splice(k, 1);
        }
        // A sentence that turns to another topic ("At home it's chaos as usual", "In other news...", "Anyway, ...") after
        // the last sentence naming a target starts talk about something else: cues from there on are not about the
        // people named before the turn (a long post wanders from a praised head to the writer's own kitchen).
        const lastNamed = Math.max(...ts.map((t) => ids[t.from]!));
        let turn = -1;
        for (let k = cues.length - 1; k >= 0; k--) {
          const c = cues[k]!;
          const at = firstTokenFrom(tokens, c.start);
          const cs = ids[at] ?? -1;
          if (cs <= lastNamed) continue;
          if (turn < 0) turn = topicTurnAfter(tokens, ids, lastNamed, firstTokenFrom(tokens, st.start), st.end);
          if (turn >= 0 && turn <= cs) cues.splice(k, 1);
        }
        // A turn ("Otherwise it's been...", "Apart from that") opening the sentence that first names a target, after a
        // sign, starts the talk about that target: signs before the turn were about the story told first (a family party).
        const back = lastTurnUpTo(tokens, ids, Math.min(...ts.map((t) => ids[t.from]!)), firstTokenFrom(tokens, st.start));
        // Only when nothing before the turn names a target: else the signs may be about that one (a moan about the LA, then "Anyway, proud teacher").
        if (back >= 0 && ids[targets[0]!.from]! >= back) for (let k = cues.length - 1; k >= 0; k--) if ((ids[firstTokenFrom(tokens, cues[k]!.start)] ?? back) < back) cues.splice(k, 1);
        if (weather.size > 0) {
          const named = new Set(ts.map((t) => ids[t.from]!));
          for (let k = cues.length - 1; k >= 0; k--) {
            const c = cues[k]!;
            if (c.sentence < 0 || named.has(c.sentence)) continue;
            if (weather.has(c.sentence) || (weather.has(c.sentence - 1) && !named.has(c.sentence - 1) && sentenceLength(ids, firstTokenFrom(tokens, c.start)) <= 10)) cues.splice(k, 1);
          }
        }
        // "Living the dream" after the writer's own chores ("marking the mocks, then the big shop. Living the dream") is
        // resigned self-irony: with no other sign than rated words of the story, in a stretch naming work or school things
        // alone (no person, no policy's author, or people only two sentences or more before it) it counts for nothing;
        // beside a person, or with another listed sign ("again", "because someone decided"), it stays sarcasm.
        // Rated story words beside it ("a toddler who refuses to sleep") do not make it sarcasm.
        // People named two sentences or more before it ("my Year 4s, who have been great. Then home to the marking...")
        // are not what it is about.
        const irony = cues.filter((c) => SELF_IRONY.test(text.slice(c.start, c.end)));
        if (irony.length === 1 && cues.every((c) => irony.includes(c) || c.rated)) {
          const at = ids[firstTokenFrom(tokens, irony[0]!.start)]!;
          if (ts.every((t) => t.kind === 'work' || t.kind === 'school' || ids[t.from]! < at - 1)) irony[0]!.weight = 0;
        }
        if (ownQuote.length > 0) for (let k = cues.length - 1; k >= 0; k--) if (afterOwnQuote(cues[k]!)) cues.splice(k, 1);
        const strong = cues.filter((c) => c.weight >= 2).length;
        // In a long post a stretch holds several topics: weak signs alone ("honestly", "again", "obviously") count only
        // in or next to a sentence naming the target, not from the far end of the stretch about pizza or the weather.
        if (strong === 0 && parts.length > 1) {
          const near = new Set<number>();
          for (const t of ts) for (const d of [-1, 0, 1]) near.add(ids[t.from]! + d);
          for (let k = cues.length - 1; k >= 0; k--) {
            const c = cues[k]!;
            if (!near.has(c.sentence >= 0 ? c.sentence : ids[firstTokenFrom(tokens, c.start)]!)) cues.splice(k, 1);
          }
        }
        // A long post is a day, a weekend or a year told at length: one rated word alone ("the goats gave up", "a
        // sickness bug", "eerily quiet") is a word of the story, not a verdict on the people named in it; a listed
        // judgement, sarcasm or a second sign is needed.
        if (parts.length > 1 && cues.length === 1 && cues[0]!.rated) continue;
        // Two weak words of a story ("twice", "again", "suddenly", "meanwhile") are how a long post runs on, not a verdict.
        if (parts.length > 1 && cues.length > 0 && cues.every((c) => c.weight < 2 && c.sentence >= 0) && cues.reduce((a, c) => a + c.weight, 0) < 3) continue;
        let score = cues.reduce((a, c) => a + c.weight, 0);
        // Praise without a strong negative or sarcastic sign is praise ("our TA is an absolute legend"); a rated
        // word alone (AFINN, not a listed judgement or sarcasm) does not outweigh it ("a kid whose family had forgotten. hearts of gold").
        const listedStrong = cues.filter((c) => c.weight >= 2 && !c.rated).length;
        if (praised > 0 && listedStrong === 0) score -= praised * 2;
        if (score < 2 || cues.length === 0) continue;
        // 'work' and 'school' words are everyday words: they need a strong sign in the same stretch.
        const kinds = new Set(ts.map((t) => t.kind!));
        if (strong === 0 && [...kinds].every((k) => k === 'work' || k === 'school')) continue;
        const kind = TARGET_KIND_ORDER.find((k) => kinds.has(k))!;
        // Report the nearest target-cue pair: the words a reader would point at.
        // The strongest cue first, then the nearest target to it.
        const top = Math.max(...cues.map((c) => c.weight));
        let best: { t: Span; c: Span; d: number } | undefined;
        for (const t of ts) {
          const tSpan = { start: tokens[t.from]!.start, end: tokens[t.to]!.end };
          for (const c of cues) {
            if (c.weight < top) continue;
            const d = Math.abs(c.start - tSpan.start);
            if (!best || d < best.d) best = { t: tSpan, c, d };
          }
        }
        const start = Math.min(best!.t.start, best!.c.start);
        const end = Math.max(best!.t.end, best!.c.end);
        const severity: Severity = score >= 4 ? 'medium' : 'low';
        hits.push({ start, end, severity, theme: TARGET_THEMES[kind], reason: REASONS[kind] });
      }
      return hits;
    };
  },
});

// Resigned irony about the writer's own lot, not a verdict on anyone.
const SELF_IRONY = /^living the dream$/i;

// Ordinary words that are targets only in lower case mid-sentence ("Line of Duty" is a TV show).
const ORDINARY = new Set(['duty', 'duties', 'cover', 'policy', 'class', 'form', 'lead', 'leads', 'head', 'department', 'supply', 'staff', 'family', 'families', 'reports', 'marking', 'budget', 'funding', 'deadline', 'trust']);
function inTitle(tokens: readonly Token[], ids: Int32Array, m: PhraseMatch): boolean {
  if (m.from !== m.to) return false;
  const t = tokens[m.from]!;
  if (!ORDINARY.has(t.norm) || !t.capitalised || t.raw === t.raw.toUpperCase()) return false;
  const prev = tokens[m.from - 1];
  // Capitalised at the start of a sentence is ordinary; capitalised mid-sentence after a capitalised word is a title.
  return prev !== undefined && ids[m.from - 1] === ids[m.from] && (prev.capitalised || prev.norm === 'of');
}

// The weather: a duty or a school thing in a sentence about wind or rain is where the weather happened ("windy on the one day I'm on playground duty").
const WEATHER = new Set('forecast|windy|wind|rain|raining|rainy|rained|snow|snowing|snowed|icy|heatwave|sunny|storm|stormy|fog|foggy|hail|drizzle|drizzly|weather|gale|gales|thunder|puddles|downpour'.split('|'));
/** The sentences (by sentence id) that mention the weather; one look-up per weather word in the post's token index. */
// After a sentence about the writer's own family or friends ("My sister in Spain keeps sending me pictures of her pool.
// Rude.") a short verdict is banter with them.
const OWN_PEOPLE = new Set(['sister', 'brother', 'husband', 'wife', 'partner', 'mum', 'dad', 'son', 'daughter', 'nan', 'grandad', 'friend', 'bestie', 'cousin', 'auntie', 'uncle', 'neighbour', 'fiance', 'fiancee', 'other', 'boyfriend', 'girlfriend', 'kids', 'dog', 'cat']);
const CONNECTIVE = new Set(['meanwhile', 'and', 'but', 'also', 'plus', 'then', 'oh', 'now', 'still']);
function ownPeopleOpen(tokens: readonly Token[], i: number): boolean {
  if (CONNECTIVE.has(tokens[i]?.norm ?? '')) i++;
  const a = tokens[i]?.norm;
  if (a !== 'my' && a !== 'our') return false;
  const b = tokens[i + 1]?.norm ?? '';
  return OWN_PEOPLE.has(b) || ((b === 'best' || b === 'little' || b === 'big' || b === 'eldest' || b === 'youngest') && OWN_PEOPLE.has(tokens[i + 2]?.norm ?? ''));
}

// "My daughter wrote in her diary 'Mum helped but she got it wrong'": the writer's own child's words; the "Mum" in
// them is the writer, not a parent of the school.
const FAMILY_QUOTE_BEFORE = /\bmy\s+(?:son|daughter|kids?|child|boy|girl|little\s+one|youngest|eldest|nephew|niece|grandson|granddaughter)\b[^.!?\n"“]{0,50}$/i;
// Session tonefp5: the writer's own childhood school report, quoted ("found my old primary school reports. Mr Okafor in
// 1991: 'Keziah is a capable girl but ...'", "my school reports all said 'needs to stop talking'"): about the writer as a
// child. Not "my reports" alone, which a teacher writes about pupils.
const OWN_REPORT_BEFORE = /\bmy\s+(?:(?:old|own)\s+(?:\w+\s+){0,2}reports?|(?:junior|infant|primary|secondary)\s+school\s+reports?|school\s+reports?\s+(?:all\s+)?(?:said|say|says))\b[^\n]{0,100}$/i;
/** Single-quoted words: an opening quote after a space, a bracket or a colon; apostrophes inside words are not quotes. */
const SINGLE_QUOTED = /(?<=^|[\s(:,])['‘](?=\S)(?:[^'’\n]|['’](?=\p{L})){1,300}['’](?!\p{L})/gu;
/** A speech verb right after a speaker, before the words they said: "says he's ", "said: ", "wrote ". */
const SAYS_THEN = /^\s+(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us)|wrote|writes|put)\b[^.!?\n]{0,30}$/i;
function familyQuotes(text: string): Span[] {
  const dq = text.indexOf('"') !== -1 || text.indexOf('“') !== -1;
  const sq = text.indexOf("'") !== -1 || text.indexOf('‘') !== -1;
  if (!dq && !sq) return [];
  const out: Span[] = [];
  const own = (i: number) => FAMILY_QUOTE_BEFORE.test(text.slice(Math.max(0, i - 80), i)) || OWN_REPORT_BEFORE.test(text.slice(Math.max(0, i - 160), i));
  if (dq) for (const m of text.matchAll(/["“][^"”\n]{1,300}["”]/g)) if (own(m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  // Session tonefp5: single quotes too ("his teacher says he's 'very chatty in class'").
  if (sq) for (const m of text.matchAll(SINGLE_QUOTED)) if (own(m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** How many tokens the sentence of token i has. */
function sentenceLength(ids: Int32Array, i: number): number {
  let a = i, b = i;
  while (a > 0 && ids[a - 1] === ids[i]) a--;
  while (b + 1 < ids.length && ids[b + 1] === ids[i]) b++;
  return b - a + 1;
}

function weatherSentences(doc: Doc, ids: Int32Array): Set<number> {
  const out = new Set<number>();
  const index = tokenIndex(doc);
  for (const w of WEATHER) for (const i of index.get(w) ?? []) out.add(ids[i]!);
  return out;
}

// Nuisances of anyone's day: a verdict on them is about the journey or the weather, not the school or its people.
// (Not the photocopier or the wifi at school: those are the school's, and a grievance about them is about the school.)
const NUISANCE = new Set(['traffic', 'queue', 'queues', 'roadworks', 'road', 'roads', 'bypass', 'motorway', 'weather', 'commute', 'journey', 'rain', 'snow', 'wind']);
const COPULA = new Set(['is', 'was', 'are', 'were', 'been', 'looks', 'seems', 'getting', 'gets', 'got']);
// Degree and time words between the copula and the verdict ("is absolutely bonkers", "was a bit insane", "is still a joke").
const DEGREE = new Set(['a', 'an', 'absolutely', 'so', 'really', 'just', 'totally', 'completely', 'utterly', 'bit', 'beyond', 'actually', 'pretty', 'quite', 'properly', 'genuinely', 'honestly', 'literally', 'still', 'always', 'again', 'now', 'officially', 'too', 'even']);
// Target words that say when or where, not who ("at pick-up", "the school run").
const WHEN_WHERE = new Set(['pick-up', 'pickup', 'pick', 'up', 'drop-off', 'dropoff', 'drop', 'off', 'school', 'run', 'gate', 'gates', 'the']);

/**
 * The cue at token `at` is the verdict of "<subject> is ..." whose subject (the clause before the copula, at most 8
 * words) names a nuisance (traffic, a queue, roadworks, the weather) and no person or group other than a time or place.
 */
function nuisanceVerdict(doc: Doc, targets: readonly PhraseMatch[], at: number): boolean {
  const { tokens, text } = doc;
  const ids = sentenceIds(doc);
  const id = ids[at];
  let k = at - 1;
  while (k >= 0 && ids[k] === id && DEGREE.has(tokens[k]!.norm)) k--;
  if (k < 0 || ids[k] !== id) return false;
  let end: number;
  const cop = tokens[k]!.norm.replace(/’/g, "'");
  if (COPULA.has(cop)) end = k - 1;
  else if (cop.endsWith("'s") && NUISANCE.has(cop.slice(0, -2))) end = k;
  else return false;
  let start = end;
  while (start > 0 && ids[start - 1] === id && end - start < 8 && !/[,;:–—]/.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) start--;
  let nuisance = false;
  for (let i = start; i <= end && !nuisance; i++) nuisance = NUISANCE.has(tokens[i]!.norm.replace(/'s$|’s$/, ''));
  if (!nuisance) return false;
  for (const t of targets) {
    if (t.to < start || t.from > end || t.kind === 'school' || t.kind === 'work') continue;
    for (let i = t.from; i <= t.to; i++) if (!WHEN_WHERE.has(tokens[i]!.norm)) return false;
  }
  return true;
}

/** "What could possibly go wrong when I try to bake": the set-up is about what the writer does next. */
function selfAfter(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  const a = tokens[to + 1], b = tokens[to + 2];
  return a !== undefined && b !== undefined && ids[to + 2] === ids[to] && (a.norm === 'when' || a.norm === 'if') && (b.norm === 'i' || b.norm === "i'm" || b.norm === 'me');
}

// Quotation after a speech verb is someone's words ("told me I'm 'cringe'", "called it a 'rocket'"), not scare quotes.
const SPEECH_BEFORE = /\b(?:said|says|say|told|tells|called|calls|asked|asks|named|wrote|writes|shouted|announced|declared|insisted)\b[^.!?]{0,20}$/i;

const ADULT_KINDS: ReadonlySet<TargetKind> = new Set(['leader', 'colleague', 'parent', 'authority']);
/**
 * A quote inside a claim someone persuaded or promised, where the one claiming is no adult of the school (the last
 * person named before the verb in its sentence is not one: a child, the writer's family): their words, not a label
 * the writer doubts. "Our head assured us that workload is 'a priority'" keeps its speaker and stays a doubt.
 */
function claimOfNoAdult(doc: Doc, q: Span, ts: readonly PhraseMatch[]): boolean {
  const { tokens, text } = doc;
  const from = Math.max(0, q.start - 100);
  const m = CLAIM_BEFORE.exec(text.slice(from, q.start));
  if (!m) return false;
  const verbAt = from + m.index;
  const ids = sentenceIds(doc);
  const sid = ids[firstTokenFrom(tokens, verbAt)];
  // The one claiming is the last person or group named before the verb ("my Year 3s persuaded", "Our head assured").
  let last: PhraseMatch | undefined;
  for (const t of ts) if (ids[t.from] === sid && tokens[t.to]!.end <= verbAt && (last === undefined || t.to > last.to)) last = t;
  return last === undefined || !ADULT_KINDS.has(last.kind!);
}

const LAUGH_NEXT = /^\s*(?:😂|🤣|😆|😅)/u;
const COUNCIL = new Set(['council', 'la']);
// Words for young people that are as common outside school as in it.
const YOUNG = new Set(['lad', 'lads', 'boys', 'girls', 'boy', 'girl', 'teenagers']);

// The writer's own family, named after "my" or "our": a post that has one is about home life as well.
const OWN_KIN = new Set(['husband', 'wife', 'partner', 'hubby', 'fiance', 'fiancee', 'son', 'sons', 'daughter', 'daughters', 'kids', 'children', 'boys', 'girls', 'eldest', 'youngest', 'littlest', 'toddler', 'baby', 'babies', 'mum', 'mam', 'dad', 'nan', 'nana', 'grandma', 'grandad', 'granny', 'grandpa', 'sister', 'brother', 'sisters', 'brothers', 'family', 'niece', 'nephew', 'parents', 'two', 'three', 'four', 'mother', 'father', 'cousin', 'cousins', 'aunt', 'auntie', 'aunty', 'uncle', 'in-laws']);
function ownFamilyMentioned(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const next = tokens[i + 1]!.norm;
    if ((w === 'my' || w === 'our') && OWN_KIN.has(next)) return true;
    if (w === 'hubby' || w === 'husband' || w === 'in-laws') return true;
    // "with the whole family", "a day out with the family".
    if (next === 'family' && (w === 'whole' || (w === 'the' && tokens[i - 1]?.norm === 'with'))) return true;
    // A relative called by the family word as a name: "Grandad got picked", "tea at Nan's".
    const t = tokens[i + 1]!;
    if (KIN_NAMES.has(next) && t.capitalised && !KIN_DETERMINER.has(w)) return true;
  }
  return false;
}
/** School context other than "the school run(s)", which parents do as much as staff. */
function schoolBeyondTheRun(doc: Doc): boolean {
  const words = docWords(doc);
  return schoolCues(doc).cues.some(([a, b]) => !(b - a === 1 && SCHOOL_WORD.has(words[a]!.norm) && RUN.has(words[a + 1]?.norm ?? '')));
}
const SCHOOL_WORD = new Set(['school', 'schools']);
const RUN = new Set(['run', 'runs']);
const CHILDREN = new Set(['kids', 'kid', 'children', 'child']);
// Characters from which a post with no school word reads as a life story, not a note about pupils.
const LONG_POST = 300;
/** "the kids", "kids": children named by the plain word, without a class, year or "some"/"these" before them. */
function homeChildren(tokens: readonly Token[], m: PhraseMatch): boolean {
  if (m.kind !== 'pupil') return false;
  // "My daughter ... Her brother wants to be a YouTuber": a brother or sister of the writer's own child.
  if (m.to === m.from + 1) return SIBLINGS.has(tokens[m.to]!.norm) && (tokens[m.from]!.norm === 'her' || tokens[m.from]!.norm === 'his');
  return m.from === m.to && CHILDREN.has(tokens[m.from]!.norm);
}
const SIBLINGS = new Set(['brother', 'sister']);
// Words before a family word that make it someone's, not a name: "a mum", "the dad", "one grandma", "her nan".
const KIN_DETERMINER = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'some', 'every', 'any', 'another', 'his', 'her', 'their', 'whose', 'your', 'other', 'same', 'no', 'each']);
const KIN_NAMES = new Set(['mum', 'mam', 'dad', 'nan', 'nana', 'nanna', 'grandma', 'grandad', 'granny', 'grandpa', 'gran', 'grandmother', 'grandfather']);
const CHILD_WORDS = new Set(['son', 'daughter', 'child', 'kid', 'boy', 'girl', 'lad', 'kids', 'children', 'sons', 'daughters', 'boys', 'girls']);
/** "her son", "his daughter", "their child": a child of the people talked about. */
function someoneElsesChild(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if ((w === 'her' || w === 'his' || w === 'their') && CHILD_WORDS.has(tokens[i + 1]!.norm)) return true;
  }
  return false;
}
/** A family word written as a name ("Love you Dad", "lunch at Grandma Pat's"): capitalised, with no article or owner before it. */
function familyName(tokens: readonly Token[], ids: Int32Array, m: PhraseMatch): boolean {
  if (m.kind !== 'parent' || m.from !== m.to) return false;
  const t = tokens[m.from]!;
  if (!KIN_NAMES.has(t.norm) || !t.capitalised) return false;
  const prev = tokens[m.from - 1];
  return prev === undefined || ids[m.from - 1] !== ids[m.from] || !KIN_DETERMINER.has(prev.norm);
}

const WE = new Set(['we', "we're", "we've", "we'll", 'us', 'i', "i'm", 'im', "i've", "i'll", "i'd", 'me', 'my', 'myself']);
// AFINN words that are everyday school vocabulary or mostly used in praise or neutrally here.
const NOT_EVALUATIVE = new Set(['no', 'poorly', 'cut', 'cuts', 'cutting', 'miss', 'missed', 'lost', 'lose', 'lost', 'cancelled', 'cancel', 'stop', 'stopped', 'pay', 'bullying', 'anti', 'fight', 'hard', 'hard-working', 'crazy', 'mad', 'funny', 'laughing', 'tired', 'cold', 'leave', 'leaving', 'ill', 'sick', 'sorry', 'block', 'blocked', 'challenge', 'challenges', 'challenging', 'fire', 'alone', 'war', 'killing', 'killed', 'destroyed', 'disabled', 'special', 'needs', 'problem', 'problems', 'risk', 'stress', 'stressed', 'pressure', 'worried', 'worry', 'difficult', 'struggle', 'struggling', 'poor', 'poverty', 'hunger', 'hungry', 'limited', 'exclusion', 'excluded', 'absent', 'delayed', 'delay', 'demand', 'demands', 'damn', 'crying', 'cry', 'sad', 'scared', 'afraid', 'fear', 'ugh', 'flu', 'mock', 'mocks', 'pain', 'hurt', 'injury', 'injured', 'accident', 'emergency', 'detention', 'detentions', 'missing', 'battle', 'drill', 'lonely', 'grief', 'loss', 'died', 'death', 'dead', 'cancer', 'sore', 'storm', 'rain', 'freezing', 'shortage', 'bereavement', 'mourning', 'victim', 'victims', 'abuse', 'neglect', 'safeguarding', 'disaster', 'wrong', 'weird', 'dizzy', 'panic', 'nervous', 'anxious', 'anxiety', 'lose', 'losing',
  // Feelings of the people described (not a judgement of them), strong everyday words, and story content.
  'tears', 'alarm', 'alarms', 'alarmed', 'apologise', 'apologised', 'apology', 'stall', 'stalls',
  'devastated', 'shattered', 'gutted', 'terrified', 'exhausted', 'confused', 'upset', 'heartbroken', 'horrified', 'bored', 'nervous', 'frightened', 'disappointed', 'worried', 'embarrassed', 'ashamed', 'lonely', 'homesick', 'brutal', 'bloody', 'hell', 'damned', 'damn', 'dying', 'die', 'evil', 'murder', 'racism', 'racist', 'lying', 'lie', 'lies', 'cried', 'crisis', 'dangerous', 'danger', 'mercy', 'battered', 'beaten', 'miss', 'missed', 'shame', 'stupidly', 'ruined', 'horrible', 'scary', 'spooky', 'monster', 'monsters', 'ghost', 'witch', 'villain', 'war', 'wars', 'bomb', 'weapon', 'weapons', 'guilty', 'crime', 'crimes', 'criminal', 'criminals', 'poison', 'trouble',
  // The writer's own worry or envy ('really concerned about the cost of trips', 'Mum's in Spain, so jealous'), like 'worried'.
  'concerned', 'jealous', 'envious',
  // The writer's own slip ("Oops.") and a price or a battery ("charged me a biscuit per clue"), not a verdict.
  'oops', 'whoops', 'oopsie', 'charged', 'charges', 'charge',
  // The writer's own dread ("Sunday night = dread", "dreading the dentist").
  'dread', 'dreading', 'dreaded']);

/**
 * Tokens of a stretch that the AFINN-165 lexicon rates negative (-2 or below), outside listed stance
 * phrases, not negated ("not bad") and not about the writer or their team ("we were destroyed").
 * Very negative words (-3 and below) weigh 2, others 1.
 */
function evaluativeCues(doc: Doc, st: Span, covered: ReadonlySet<number>, targets: readonly PhraseMatch[]): Cue[] {
  const { tokens } = doc;
  const vals = tokenValences(doc);
  const ids = sentenceIds(doc);
  const out: Cue[] = [];
  // Targets naming people or groups (not the everyday 'work' and 'school' words) pull a nearby judgement onto them.
  const near = (i: number) => targets.some((t) => t.kind !== 'work' && t.kind !== 'school' && ids[t.from] === ids[i] && Math.abs(i - t.to) <= 8);
  let positiveOpening = -1;
  // "The SENCo never replies": a habitual 'never' right after a person or group, in a sentence that is not positive.
  for (const tg of targets) {
    if (tg.kind === 'work' || tg.kind === 'school') continue;
    for (let k = tg.to + 1; k <= tg.to + 3 && k < tokens.length && ids[k] === ids[tg.to]; k++) {
      const n = tokens[k]!;
      if (n.norm !== 'never' || n.start < st.start || n.end > st.end) continue;
      let m = 0;
      // Words after 'never' are negated by it: "never complains" is praise, and any praise word cancels.
      for (let q = k + 1; q < tokens.length && q <= k + 12 && ids[q] === ids[k]; q++) m += NOT_EVALUATIVE.has(tokens[q]!.norm) ? 0 : Math.abs(vals[q]!);
      if (m === 0) out.push({ start: n.start, end: n.end, weight: 2, sentence: ids[k]! });
    }
  }
  // First person or group named in each sentence (token index), for the writer's own mishaps.
  const firstPerson = new Map<number, number>();
  for (const t of targets) if (t.kind !== 'work' && t.kind !== 'school' && !firstPerson.has(ids[t.from]!)) firstPerson.set(ids[t.from]!, t.from);
  // Sentence valence (AFINN sum): judgements only count in sentences that read negative overall
  // ("Exhausted but happy", "calmest person in a crisis, so lucky" are not complaints).
  const mood = sentenceMood(doc);
  for (let i = firstTokenFrom(tokens, st.start); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end > st.end) break;
    const v = vals[i]!;
    // Only ratings of 2 or more either way count below: most words are rated 0 and need no further look-up.
    if (v > -2 && v < 2) continue;
    if (covered.has(i) || wordFlags(doc)[i]! & NOT_EVAL) continue;
    const first = i === 0 || ids[i - 1] !== ids[i];
    if (first && v >= 3) positiveOpening = ids[i]!;
    // A negated positive ("aren't interested", "never supported") is a mild negative.
    if (v >= 2 && !first && negatedBefore(doc, i, 2)) {
      if ((mood.get(ids[i]!) ?? 0) < 0) out.push({ start: t.start, end: t.end, weight: near(i) ? 2 : 1, sentence: ids[i]! });
      continue;
    }
    if (v > -2) continue;
    if (negatedBefore(doc, i, 3) || hyperbole(tokens, vals, i) || longing(tokens, i) || fondSpoiling(tokens, ids, i) || ranRiot(tokens, i)) continue;
    if ((mood.get(ids[i]!) ?? 0) >= 0 && positiveOpening !== ids[i]) continue;
    let self = false;
    for (let j = i - 1; j >= 0 && j >= i - 3 && ids[j] === ids[i]; j--) if (WE.has(tokens[j]!.norm)) self = true;
    if (self || ownMishap(doc, i, firstPerson) || slipInDoing(tokens, ids, i) || youngFeeling(tokens, ids, i)) continue;
    let weight = v <= -3 ? 2 : 1;
    if (weight === 1 && (near(i) || INTENSIFIERS.has(tokens[i - 1]?.norm ?? '') || positiveOpening === ids[i])) weight = 2;
    out.push({ start: t.start, end: t.end, weight, sentence: ids[i]! });
  }
  return out;
}

// Strong feelings a child or young people can be reported as having.
const FEELING = new Set(['furious', 'fuming', 'livid', 'raging', 'seething', 'outraged', 'incensed', 'cross', 'grumpy', 'gutted', 'devastated', 'heartbroken']);
// Who is reported as feeling it: children and young people, the writer's own or anyone's.
const YOUNG_SUBJECT = new Set(['lads', 'lad', 'boys', 'boy', 'girls', 'girl', 'kids', 'kid', 'children', 'child', 'teenagers', 'teenager', 'teens', 'teen', 'nephews', 'nephew', 'nieces', 'niece', 'son', 'sons', 'daughter', 'daughters', 'one', 'toddler', 'toddlers', 'baby', 'youngest', 'eldest', 'twins', 'youngsters', 'mates', 'form', 'class', 'group', 'set']);
const BE = new Set(['is', 'was', 'are', 'were', "'s", 'got', 'get', 'been']);
/**
 * "The lads were fuming when the match was called off", "the little one is spotty and furious about the mittens":
 * a feeling reported of children or young people (the subject before "is/were" up to ten words back, no first person
 * named between) is how they felt, not a verdict on them or on anyone.
 */
function youngFeeling(tokens: readonly Token[], ids: Int32Array, i: number): boolean {
  if (!FEELING.has(tokens[i]!.norm)) return false;
  for (let j = i - 1; j >= 1 && j >= i - 10 && ids[j] === ids[i]; j--) {
    const n = tokens[j]!.norm;
    if (WE.has(n)) return false;
    // A class called by its year ("my Year 2s", "Y6s") is young people too.
    if (BE.has(n)) return (YOUNG_SUBJECT.has(tokens[j - 1]!.norm) || /^(?:y(?:ear)?)?\d{1,2}s$/.test(tokens[j - 1]!.norm)) && ids[j - 1] === ids[i];
  }
  return false;
}

/**
 * "Made the mistake of telling my Year 6s it was my birthday", "Rookie error mentioning cake": a slip named by what
 * the writer did next (a word in -ing after it, "of" between) is the writer's own, not a verdict on those told.
 */
function slipInDoing(tokens: readonly Token[], ids: Int32Array, i: number): boolean {
  if (!OWN_SLIP.has(tokens[i]!.norm)) return false;
  let k = i + 1;
  if (tokens[k]?.norm === 'of' && ids[k] === ids[i]) k++;
  const n = tokens[k];
  return n !== undefined && ids[k] === ids[i] && n.norm.length > 4 && n.norm.endsWith('ing');
}

/**
 * Admiring hyperbole: "so organised it's frightening", "so calm that it's scary": a negative word after "so <word>
 * (that) it's", where the word itself is not negative, measures the praise.
 */
function hyperbole(tokens: readonly Token[], vals: Float64Array, i: number): boolean {
  const p1 = tokens[i - 1];
  let k: number;
  if (p1 !== undefined && /^it(?:['’]?s)$/i.test(p1.raw)) k = i - 2;
  else if (p1?.norm === 'is' && tokens[i - 2]?.norm === 'it') k = i - 3;
  else return false;
  if (tokens[k]?.norm === 'that') k--;
  return k >= 1 && tokens[k - 1]!.norm === 'so' && vals[k]! >= 0;
}

const RUN_FORMS = new Set(['ran', 'run', 'runs', 'running']);
/** "The kids ran riot in her garden": children playing wildly, an idiom, not a riot. */
function ranRiot(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === 'riot' && RUN_FORMS.has(tokens[i - 1]?.norm ?? '');
}

const BETTER = new Set(['better', 'happier', 'prouder', 'nicer', 'tastier', 'lovelier', 'calmer', 'cleaner', 'warmer', 'fitter']);
const NEVER_LINK = new Set(['felt', 'feel', 'been', 'looked', 'look', 'tasted', 'taste', 'sounded', 'sound', 'seen', 'had', 'slept', 'smelt', 'smelled']);
/** "Hot shower has never felt better", "I've never been happier": "never" before a comparative of praise is praise. */
function neverBetter(tokens: readonly Token[], ids: Int32Array, m: PhraseMatch): boolean {
  if (m.from !== m.to || tokens[m.from]!.norm !== 'never') return false;
  let k = m.to + 1;
  if (NEVER_LINK.has(tokens[k]?.norm ?? '') && ids[k] === ids[m.to]) k++;
  if (tokens[k]?.norm === 'so' || tokens[k]?.norm === 'more') k++;
  return ids[k] === ids[m.to] && BETTER.has(tokens[k]?.norm ?? '');
}

const SPOIL = new Set(['spoiled', 'spoilt']);
const AFTER_SPOILED = new Set(['rotten', 'by', 'with', 'to', 'again', 'already', 'as', 'silly', 'completely', 'utterly', 'absolutely']);
/**
 * "Spoiled rotten this Mother's Day", "Came back spoilt by Nana", "Spoiled. Completely spoiled.": a person spoiled is
 * fondly indulged. Not spoiling something ("spoiled the surprise", "spoilt the trip") nor "spoilt brats" (a noun
 * follows).
 */
function fondSpoiling(tokens: readonly Token[], ids: Int32Array, i: number): boolean {
  const w = tokens[i]!.norm;
  if (w === 'rotten') return SPOIL.has(tokens[i - 1]?.norm ?? '') && ids[i - 1] === ids[i];
  if (!SPOIL.has(w)) return false;
  const n = tokens[i + 1];
  return n === undefined || ids[i + 1] !== ids[i] || AFTER_SPOILED.has(n.norm);
}

/** "desperate for snow", "desperately wants to": wanting something badly, not a verdict on whoever wants it. */
function longing(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (w !== 'desperate' && w !== 'desperately') return false;
  const n = tokens[i + 1]?.norm;
  return n === 'for' || n === 'to' || n === 'wants' || n === 'want' || n === 'wanted' || n === 'needs' || n === 'need';
}

const MY_OPEN = new Set(['my', 'i', "i'm", 'im', "i've", "i'd", 'me']);
/**
 * "My spelling on the board was so bad a student corrected me", "I was so embarrassed when a parent saw me": the
 * sentence opens with the writer and the negative word comes before anyone else is named, so it judges the writer.
 */
function ownMishap(doc: Doc, i: number, firstPerson: ReadonlyMap<number, number>): boolean {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  const { first, last } = sentenceEnds(doc);
  const id = ids[i]!;
  const a = first[id]!;
  // A short verdict right after the writer's own sentence is about the writer too ("We lost. Badly.").
  if (last[id]! - a < 3 && id > 0 && (MY_OPEN.has(tokens[first[id - 1]!]!.norm) || WE.has(tokens[first[id - 1]!]!.norm))) return true;
  if (!MY_OPEN.has(tokens[a]!.norm)) return false;
  const p = firstPerson.get(id);
  return p === undefined || p > i;
}

/** First and last token of each sentence, by sentence id; once per post. */
function sentenceEnds(doc: Doc): { first: Int32Array; last: Int32Array } {
  return doc.memo('tone:sentence-ends', () => {
    const ids = sentenceIds(doc);
    const n = ids.length ? ids[ids.length - 1]! + 1 : 0;
    const first = new Int32Array(n).fill(-1), last = new Int32Array(n);
    for (let k = 0; k < ids.length; k++) {
      if (first[ids[k]!] === -1) first[ids[k]!] = k;
      last[ids[k]!] = k;
    }
    return { first, last };
  });
}

// Word sets each token's word is in, as bits (NOT_EVALUATIVE, ACHIEVEMENT): looked up once per distinct word.
const NOT_EVAL = 1, ACHIEVED = 2;
const FLAGS_OF = new WordTable((w) => (NOT_EVALUATIVE.has(w) ? NOT_EVAL : 0) | (ACHIEVEMENT.has(w) ? ACHIEVED : 0));
function wordFlags(doc: Doc): Uint8Array {
  return doc.memo('tone:disparaging-flags', () => {
    const { ids } = tokenVocab(doc);
    const byWord = FLAGS_OF.of(doc);
    const out = new Uint8Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = byWord[ids[i]!]!;
    return out;
  });
}

/** AFINN sum of each sentence, "not"/"never" flipping the next words; once per post. */
function sentenceMood(doc: Doc): Map<number, number> {
  return doc.memo('tone:mood', () => {
    const { tokens } = doc;
    const vals = tokenValences(doc);
    const ids = sentenceIds(doc);
    const mood = new Map<number, number>();
    const flags = wordFlags(doc);
    for (let i = 0; i < tokens.length; i++) {
      if (flags[i]! & NOT_EVAL) continue;
      const v = vals[i]!;
      if (v !== 0) mood.set(ids[i]!, (mood.get(ids[i]!) ?? 0) + (negatedBefore(doc, i, 2) ? -v : v));
    }
    return mood;
  });
}

// Openings of a sentence that turn a long post to another topic.
const TURNS: readonly (readonly string[])[] = [['anyway'], ['anyhow'], ['at', 'home'], ['other', 'news'], ['in', 'other', 'news'], ['on', 'the', 'home', 'front'], ['away', 'from', 'work'], ['away', 'from', 'school'], ['outside', 'work'], ['outside', 'of', 'work']];
/** Sentence id of the first sentence after sentence `after` (from token `from`, starting before `end`) that opens with a topic turn, or Infinity. */
function topicTurnAfter(tokens: readonly Token[], ids: Int32Array, after: number, from: number, end: number): number {
  let i = from;
  while (i < tokens.length && ids[i]! <= after) i++;
  for (; i < tokens.length && tokens[i]!.start < end; i++) {
    if (i > 0 && ids[i - 1] === ids[i]) continue;
    if (TURNS.some((w) => w.every((x, j) => tokens[i + j]?.norm === x))) return ids[i]!;
  }
  return Infinity;
}

// Turns that open a sentence moving on from what was just told; with TURNS, used only for signs before the turn.
const TURNS_BACK: readonly (readonly string[])[] = [...TURNS, ['otherwise'], ['other', 'than', 'that'], ['apart', 'from', 'that'], ['aside', 'from', 'that']];
/** Sentence id of the last sentence up to sentence `upTo` (scanning from token `from`) that opens with a turn (TURNS_BACK), or -1. */
function lastTurnUpTo(tokens: readonly Token[], ids: Int32Array, upTo: number, from: number): number {
  let found = -1;
  for (let i = from; i < tokens.length && ids[i]! <= upTo; i++) {
    if (i > 0 && ids[i - 1] === ids[i]) continue;
    if (TURNS_BACK.some((w) => w.every((x, j) => tokens[i + j]?.norm === x))) found = ids[i]!;
  }
  return found;
}

// After "my" opening a short sentence: the writer owning up ("My bad.", "My mistake, sorry.").
const OWN_SLIP = new Set(['bad', 'fault', 'mistake', 'error', 'apologies', 'blunder', 'oversight']);

/** Index of the first token of the sentence that token `i` is in. */
function firstOfSentence(ids: Int32Array, i: number): number {
  while (i > 0 && ids[i - 1] === ids[i]) i--;
  return i;
}

const INTENSIFIERS = new Set(['so', 'absolutely', 'completely', 'utterly', 'totally', 'really', 'such', 'truly', 'genuinely', 'properly', 'bloody', 'seriously', 'most', 'very']);

/** A scare-quoted word that the post repeats unquoted ('Another "optional" twilight that is not optional'): irony. */
function echoed(text: string, q: Span, st: Span): boolean {
  const inner = text.slice(q.start + 1, q.end - 1).toLowerCase();
  if (inner.length < 4) return false;
  const rest = (text.slice(st.start, q.start) + ' ' + text.slice(q.end, st.end)).toLowerCase();
  const words = inner.replace(/[^a-z\s-]/g, '').trim();
  if (!words) return false;
  // Echoed and denied: '"optional" ... not optional', '"support" ... no support'.
  if (new RegExp(`\\b(?:not|no|never|hardly|n't)\\s+(?:\\w+\\s+){0,2}${words}\\b`).test(rest)) return true;
  // Echoed back as a short question or a bare fragment: "'within target'. Whose target?", "'in my own time'. What
  // own time?", "'being actively monitored'. Monitored. Not fixed."
  const after = text.slice(q.end, st.end).toLowerCase();
  if (!/[?.!]/.test(after)) return false;
  for (const w of words.split(/\s+/)) {
    if (w.length < 4 || ECHO_STOP.has(w)) continue;
    const stem = w.length > 7 ? w.slice(0, 7) + '[a-z]*' : w + 's?';
    if (new RegExp(`[.!?…]\\s*(?:[\\w'’-]+\\s+){0,2}${stem}(?:\\s+[\\w'’-]+){0,3}\\s*\\?|[.!?…]\\s*(?:[\\w'’-]+\\s+)?${stem}\\s*(?:[.!…]|$)`).test(after)) return true;
  }
  return false;
}
// Words too common to count as an echo of a quotation.
const ECHO_STOP = new Set(['that', 'this', 'with', 'what', 'from', 'have', 'just', 'they', 'them', 'will', 'your', 'some', 'more', 'very', 'much', 'like', 'been', 'being', 'were', 'when', 'then', 'than', 'only', 'into', 'about', 'really', 'there', 'their', 'would', 'could', 'should']);

const HOURS = ['hours', 'hrs'];
const WEEK = new Set(['week', 'weekend', 'wk', 'fortnight']);
/**
 * Hours worked far past a working week, counted as a grievance: "did 58 hours this week", "61 hrs last week" (45 to
 * 120 hours, with "week" within three words; not "50 hours of reading", which is what someone did).
 */
function overworkCounts(doc: Doc): PhraseMatch[] {
  const { tokens } = doc;
  const index = tokenIndex(doc);
  const out: PhraseMatch[] = [];
  for (const h of HOURS) {
    for (const i of index.get(h) ?? []) {
      const n = Number(tokens[i - 1]?.norm);
      if (!(n >= 45 && n <= 120) || tokens[i + 1]?.norm === 'of') continue;
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        if (!WEEK.has(tokens[k]!.norm)) continue;
        out.push({ from: i - 1, to: i, weight: 0, kind: 'work' });
        break;
      }
    }
  }
  return out;
}

const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'sir']);
/** A colleague by title and surname ("Mr Hughes", "Mrs P"): capitalised title, capitalised name. */
function titledColleagues(tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!, n = tokens[i + 1]!;
    if (t.capitalised && n.capitalised && TITLES.has(t.norm) && n.start - t.end <= 2) out.push({ from: i, to: i + 1, weight: 0, kind: 'colleague' });
  }
  return out;
}

/** A negator just before a stance phrase ("not a joke", "never useless") cancels it. */
function negated(doc: Doc, m: PhraseMatch): boolean {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  for (let j = m.from - 1; j >= 0 && j >= m.from - 2; j--) {
    if (ids[j] !== ids[m.from]) return false;
    if (isNegator(tokens[j]!.norm)) return true;
  }
  return false;
}

/** First words of a short sarcastic verdict: "Brilliant communication.", "Great planning.", "Thanks, management." */
const VERDICT_HEAD = new Set(['talent', 'diligent', 'shock', 'wow', 'bravo', 'smooth', 'efficient', 'professional', 'leadership', 'magic', 'inspiring', 'bless', 'nice', 'priceless', 'incredible', 'unreal', 'stunning', 'sterling', 'textbook', 'masterful', 'visionary', 'competent', 'brilliant', 'great', 'lovely', 'fantastic', 'wonderful', 'excellent', 'superb', 'top', 'nice', 'genius', 'classic', 'inspirational', 'thanks', 'cheers', 'fab', 'marvellous', 'stellar', 'amazing', 'quality', 'outstanding', 'impressive', 'love', 'such']);

// A child's achievement is good news even without a rated word: "got full marks and did a little dance. Love it."
const ACHIEVEMENT = new Set(['marks', 'passed', 'won', 'smashed', 'nailed', 'achieved', 'improved', 'managed', 'dance', 'danced', 'scored', 'finished', 'read', 'wrote', 'learnt', 'learned', 'medal', 'certificate', 'trophy', 'record', 'first']);

// A short verdict naming a person is praise of them: "Incredible young woman.", "What a lad.", "Top human."
const PRAISED_PERSON = new Set(['woman', 'man', 'women', 'men', 'girl', 'girls', 'boy', 'boys', 'lad', 'lads', 'kid', 'kids', 'human', 'humans', 'person', 'people', 'star', 'stars', 'legend', 'legends', 'gem', 'hero', 'heroes', 'superstar', 'soul', 'bunch', 'team']);

// Words naming who a short verdict is for: "Well done everyone", "Thanks Derek, fixed", "Great work team".
const ADDRESSEE = new Set(['everyone', 'everybody', 'all', 'folks', 'team', 'guys', 'people', 'there', 'truly', 'again', 'then', 'eh', 'lads', 'slt', 'management', 'leadership', 'guys', 'y\'all']);

const ANSWER_HEAD = new Set(['me', 'didn\'t', 'thought', 'quite', 'never', 'nope', 'no', 'oh', 'apparently', 'clearly', 'obviously', 'of', 'course', 'nah', 'nobody', 'none', 'not', 'hint', 'spoiler', 'answer', 'exactly']);

/** Short sentences of sarcastic praise after another sentence: "... before reports are due. Lovely." */
function sarcasticSentences(doc: Doc, st: Span, adultTarget: boolean, personTarget: boolean): Span[] {
  const { tokens } = doc;
  const vals = tokenValences(doc);
  const positive = positiveTable(doc);
  const ids = sentenceIds(doc);
  const out: Span[] = [];
  let i = firstTokenFrom(tokens, st.start);
  let firstSentence = -1;
  // Running AFINN sum of the stretch before the current sentence, and whether any negative word came before.
  let before = 0;
  let negativeBefore = false;
  let positiveBefore = false;
  // The writer's own finished work ("Finished the reports.") before a verdict about work or school words.
  let achievedBefore = false;
  // Tokens that start a listed negative judgement or sarcastic set-up (weight 2).
  // Found once per post, not once per stretch: a long post has many stretches (this was quadratic).
  const strongAt = doc.memo('tone:strong-stance-at', () => {
    const at = new Uint8Array(tokens.length);
    for (const m of findPhrases(doc, stanceLexicon().stance)) if (m.weight >= 2) at[m.from] = 1;
    return at;
  });
  const flags = wordFlags(doc);
  while (i < tokens.length && tokens[i]!.end <= st.end) {
    const id = ids[i]!;
    let j = i;
    // Within the stretch: a sentence longer than a stretch is read in parts (else a long run-on post is quadratic).
    while (j + 1 < tokens.length && ids[j + 1] === id && tokens[j + 1]!.end <= st.end) j++;
    if (firstSentence === -1) firstSentence = id;
    const n = j - i + 1;
    // "Boundaries? Never heard of them.": a short question answered by the writer.
    // Not after a question that praised with nothing negative before it: that is a pleasant surprise ("...was actually
    // brilliant? Didn't see that coming.").
    if (id !== firstSentence && i > 0 && n <= 6 && ANSWER_HEAD.has(tokens[i]!.norm) && doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('?') && !(positiveBefore && !negativeBefore)) {
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    }
    // Who the verdict is addressed to does not count towards its length ("Well done everyone.", "Great work, team.").
    let words = 0;
    if (n <= 5) for (let k = i; k <= j; k++) if (!ADDRESSEE.has(tokens[k]!.norm)) words++;
    // After "We lost." a short verdict is about the writer's side ("We lost. Badly.").
    // (Looked up only for a short sentence: finding the sentence before walks back over it.)
    // After a pupil's remark about the writer it is the writer's reaction ("A Y6 told me I'm 'not that boring'. Career highlight.").
    if (id !== firstSentence && words <= 3 && n <= 5 && !(i > 0 && WE.has(tokens[firstOfSentence(ids, i - 1)]!.norm)) && !(i > 0 && !personTarget && writerLastClause(doc, i - 1)) && !(i > 0 && ownPeopleOpen(tokens, firstOfSentence(ids, i - 1))) && !(i > 0 && selfNarrated(doc).has(ids[i - 1]!))) {
      let all = true;
      for (let k = i; k <= j && all; k++) all = SARCASTIC_SENTENCE.has(tokens[k]!.norm) || ADDRESSEE.has(tokens[k]!.norm);
      let rated = false;
      for (let k = i; k <= j && !rated; k++) {
        if (NOT_EVALUATIVE.has(tokens[k]!.norm)) continue;
        const v = vals[k]!;
        // "No regrets.", "Zero shame.": a negated negative is the writer's contentment, not a verdict.
        if (v <= -2 && negatedBefore(doc, k, 2)) continue;
        rated = v <= -2 || (v >= 2 && before < 0);
      }
      // After nothing but good news about pupils ("...did a victory lap. Love it.", "...the funniest story. Genius.") a short
      // verdict is sincere; about adults or the school it is still sarcasm ("Our wonderful trust has decided... Lovely.").
      // Praise of a person ("Incredible young woman.", "What a lad.") after nothing negative is sincere whoever was named.
      let person = false;
      for (let k = i; k <= j && !person; k++) person = PRAISED_PERSON.has(tokens[k]!.norm);
      // A verdict naming the writer ("Classic me.", "Typical me.") is self-mockery.
      let self = false;
      for (let k = i; k <= j && !self; k++) self = tokens[k]!.norm === 'me' || tokens[k]!.norm === 'myself';
      // "My bad.", "My fault.", "My mistake.": the writer owns a slip of their own.
      if (!self && tokens[i]!.norm === 'my' && i < j && OWN_SLIP.has(tokens[i + 1]!.norm)) self = true;
      // Pay, workload and school words are not people: the writer's own finished work closed by a verdict is sincere
      // ("Wrote all my reports tonight. Done. Great.").
      // "Love you Mum.", "Love you all.": a sign-off of affection to someone, not a verdict ("Love it." can be sarcasm).
      const signOff = tokens[i]!.norm === 'love' && tokens[i + 1]?.norm === 'you' && i + 1 <= j;
      const sincere = signOff || ((positiveBefore || person) && !negativeBefore && !rated && (!adultTarget || person || (!personTarget && achievedBefore)));
      if (!sincere && !self && (all || rated || (n <= 3 && VERDICT_HEAD.has(tokens[i]!.norm)))) out.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    }
    for (let k = i; k <= j; k++) {
      const norm = tokens[k]!.norm;
      // Once a positive word has come, the next ones change nothing.
      if (!positiveBefore) {
        if (positive[k] === -1) positive[k] = vals[k]! >= 2 || positiveSuperlative(norm) ? 1 : 0;
        if (positive[k] === 1 || flags[k]! & ACHIEVED || troubleFree(tokens, k)) positiveBefore = true;
      }
      if (!achievedBefore && flags[k]! & ACHIEVED) achievedBefore = true;
      const v = vals[k]!;
      // An unrated word changes nothing unless it starts a strong judgement before any negative sign.
      if (v === 0 && (negativeBefore || !strongAt[k])) continue;
      if (flags[k]! & NOT_EVAL) continue;
      // A mildly rated word (-1: "hiding", "no", "hard", "rainy") is a word of the story, not a complaint that turns
      // a later "Good lad." or "Incredible." into sarcasm.
      if (v === -1 && !strongAt[k]) continue;
      before += v;
      if (v < 0 || strongAt[k]) negativeBefore = true;
    }
    i = j + 1;
  }
  return out;
}


const CLAUSE_LINK = new Set(['so', 'and', 'but', 'then', 'naturally', 'obviously', 'course', 'now', 'because', 'cos', 'inevitably', 'typically', 'predictably', 'somehow']);
const WRITER_SUBJECT = new Set(['i', "i'm", 'im', "i've", "i'd", 'my']);
/**
 * The sentence ending at token `end` closes on a clause whose subject is the writer ("Inset day tomorrow so naturally I
 * have a cold", "Boiler broke, and my car is in the garage"): a short verdict after it ("Classic.") is about the
 * writer's own luck. Used only where the stretch names no person or group.
 */
function writerLastClause(doc: Doc, end: number): boolean {
  const { tokens, text } = doc;
  const ids = sentenceIds(doc);
  const a = firstOfSentence(ids, end);
  for (let k = end; k >= a; k--) {
    const w = tokens[k]!.norm;
    const opens = k === a || CLAUSE_LINK.has(tokens[k - 1]!.norm) || /[,;:–—-]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    if (!opens) continue;
    return WRITER_SUBJECT.has(w);
  }
  return false;
}

/** The rating (valence: AFINN-165, else dismissive) of each token of the post; once per post, shared by the checks below. */
function tokenValences(doc: Doc): Float64Array {
  // The same ratings as `valence` below, shared with the staff-tone features.
  return tokenRatings(doc);
}

/** positiveWord of each token of the post, worked out on first ask (-1 until then); once per post. */
function positiveTable(doc: Doc): Int8Array {
  return doc.memo('tone:disparaging-positive', () => new Int8Array(doc.tokens.length).fill(-1));
}

/** A positive word, superlatives included ("funniest", "kindest", "proudest"): AFINN-165 rates its base 2 or more. */
function positiveWord(norm: string): boolean {
  return valence(norm) >= 2 || positiveSuperlative(norm);
}

/** positiveWord for a word whose own rating is below 2: a superlative whose base AFINN-165 rates 2 or more. */
function positiveSuperlative(norm: string): boolean {
  if (norm.length < 6 || !norm.endsWith('est')) return false;
  const stem = norm.slice(0, -3);
  return [stem.endsWith('i') ? stem.slice(0, -1) + 'y' : '', stem, stem + 'e', stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''].some((b) => b.length > 2 && valence(b) >= 2);
}

const LET_SAY = new Set(['let', 'lets', "let's"]);
/**
 * "Let's just say the staff Christmas do was lively 😂 great night everyone": an understatement set-up that the
 * rest of the post resolves as praise (positive AFINN words after it, none negative) is a fond joke, not a dig.
 */
function understatementResolvedKindly(doc: Doc, m: PhraseMatch): boolean {
  const { tokens } = doc;
  if (!LET_SAY.has(tokens[m.from]!.norm)) return false;
  const vals = tokenValences(doc);
  let pos = 0;
  for (let i = m.to + 1; i < tokens.length; i++) {
    const v = vals[i]!;
    if (v < 0 && !NOT_EVALUATIVE.has(tokens[i]!.norm)) return false;
    if (v > 0) pos += v;
  }
  return pos >= 3;
}

/**
 * "She took it brilliantly, bless her", "Made us all cards, bless them": "bless" closing a sentence of praise, with
 * nothing rated negative in it, is fondness, not the pity round a failing ("Still can't find the register, bless him").
 */
function blessedKindly(doc: Doc, m: PhraseMatch): boolean {
  const { tokens } = doc;
  if (tokens[m.from]!.norm !== 'bless') return false;
  const ids = sentenceIds(doc);
  const vals = tokenValences(doc);
  let praised = false;
  for (let k = firstOfSentence(ids, m.from); k < tokens.length && ids[k] === ids[m.from]; k++) {
    if (k >= m.from && k <= m.to) continue;
    const v = vals[k]!;
    if (v <= -1 && !(wordFlags(doc)[k]! & NOT_EVAL)) return false;
    // An adverb of praise counts by its adjective ("took it brilliantly").
    const w = tokens[k]!.norm;
    if (k < m.from && (v >= 2 || (w.endsWith('ly') && valence(w.slice(0, -2)) >= 2)) && !negatedBefore(doc, k, 2)) praised = true;
  }
  return praised;
}

// Words for a mischievous child or group, said fondly as often as not.
const MISCHIEF = new Set(['menace', 'menaces', 'terror', 'terrors', 'rascal', 'rascals', 'monkey', 'monkeys', 'scamp', 'scamps', 'rogue', 'rogues', 'gremlin', 'gremlins', 'devil', 'devils', 'horror', 'horrors', 'trouble', 'pickle', 'pickles', 'monster', 'monsters', 'tearaway', 'tearaways']);
const FOND = new Set(['love', 'loved', 'adore', 'adored', 'adorable', 'legend', 'legends', 'proud', 'bless', 'laughed', 'laughing', 'cackling', 'genius', 'geniuses', 'brilliant', 'respect', 'hero', 'heroes', 'star', 'stars', 'cute', 'gorgeous', 'precious', 'favourite', 'favourites']);
/**
 * Sentence `sid` is a short verdict (at most four words) of mischief ("Menaces.", "Absolute terrors.", "Tiny,
 * adorable menace.") with fondness in it or in the next two sentences ("Legends.", "Love them to bits.", 😂).
 */
function fondMischief(doc: Doc, sid: number): boolean {
  const { tokens, text } = doc;
  const { first, last } = sentenceEnds(doc);
  const a = first[sid], b = last[sid];
  if (a === undefined || a < 0 || b! - a > 3) return false;
  let mischief = false;
  for (let k = a; k <= b!; k++) if (MISCHIEF.has(tokens[k]!.norm)) mischief = true;
  if (!mischief) return false;
  const lastSentence = Math.min(sid + 2, first.length - 1);
  for (let s = sid; s <= lastSentence; s++) {
    for (let k = first[s]!; k >= 0 && k <= last[s]!; k++) if (FOND.has(tokens[k]!.norm) && !negatedBefore(doc, k, 2)) return true;
  }
  const end = tokens[last[lastSentence]!]!.end;
  return /[😂🤣😆😅❤💛💙💚💜🧡🥹🥰😍]/u.test(text.slice(tokens[a]!.start, Math.min(text.length, end + 4)));
}

/** "a week of parents' evenings": the school's evening, not the parents judged (other rules still see it as school talk). */
function parentsEvening(tokens: readonly Token[], m: PhraseMatch): boolean {
  if (m.kind !== 'parent' || m.from !== m.to || tokens[m.from]!.norm !== 'parents') return false;
  const n = tokens[m.to + 1]?.norm;
  return n === 'evening' || n === 'evenings';
}

const STORY_END = new Set(['until', 'till', 'eventually', 'finally']);
const GAVE = new Set(['give', 'gives', 'given', 'gave', 'giving']);
const AFTER_GIVING_UP = new Set(['on', 'trying', 'hope', 'now', 'already', 'again', 'completely', 'totally', 'and', 'but', 'with', 'caring', 'on them', 'teaching']);
/** "Has given up so many hours", "gave up her Saturday": giving something up is generosity, not giving up on someone. */
function gaveSomething(doc: Doc, m: PhraseMatch): boolean {
  const { tokens } = doc;
  if (m.to !== m.from + 1 || !GAVE.has(tokens[m.from]!.norm) || tokens[m.to]!.norm !== 'up') return false;
  const ids = sentenceIds(doc);
  // "chanted until he gave up and showed them", "eventually she gave up": the end of a contest in a story.
  for (let k = m.from - 1; k >= 0 && k >= m.from - 3 && ids[k] === ids[m.from]; k--) if (STORY_END.has(tokens[k]!.norm)) return true;
  const n = tokens[m.to + 1];
  return n !== undefined && ids[m.to + 1] === ids[m.to] && !AFTER_GIVING_UP.has(n.norm) && !doc.text.slice(tokens[m.to]!.end, n.start).trim();
}

// What follows "baggage" at an airport or station: luggage, not a person's emotional baggage.
const LUGGAGE_AFTER = new Set(['carousel', 'carousels', 'reclaim', 'claim', 'hall', 'allowance', 'belt', 'drop', 'check', 'limit', 'handler', 'handlers', 'trolley', 'trolleys', 'tag', 'tags', 'fee', 'fees']);
/**
 * Listed stance phrases in an everyday sense: "the baggage carousel" is luggage; baking or buying "for the whole
 * staffroom" is a gift to everyone (the whole staffroom knowing, talking or being told is gossip).
 */
function everydayStance(tokens: readonly Token[], m: PhraseMatch): boolean {
  const f = tokens[m.from]!.norm;
  if (m.from === m.to && f === 'baggage') return LUGGAGE_AFTER.has(tokens[m.to + 1]?.norm ?? '');
  // "walked out of the exam hall", "walked out of the hospital": leaving a place, not a walkout.
  if (f === 'walked' && tokens[m.to]!.norm === 'out' && tokens[m.to + 1]?.norm === 'of') return true;
  if (f === 'whole' && tokens[m.to]!.norm === 'staffroom') return tokens[m.from - 2]?.norm === 'for' && tokens[m.from - 1]?.norm === 'the';
  return false;
}

// Strong words that are often admiring before a noun ("insane questions", "ridiculous talent", "unreal goal").
const INTENSITY = new Set(['insane', 'ridiculous', 'unreal', 'mental', 'crazy', 'wild', 'outrageous']);
/** An intensity word before a non-school noun, in a sentence with no other negative word: admiration. */
function praisingIntensity(doc: Doc, m: PhraseMatch): boolean {
  const { tokens, text } = doc;
  if (m.from !== m.to || !INTENSITY.has(tokens[m.from]!.norm)) return false;
  const ids = sentenceIds(doc);
  const n = tokens[m.to + 1];
  if (n === undefined || ids[m.to + 1] !== ids[m.to] || text.slice(tokens[m.to]!.end, n.start).trim() || !/^[a-z]/.test(n.raw)) return false;
  if (stanceLexicon().targets.has(n.norm) || ['amount', 'amounts', 'number', 'levels', 'level', 'hours', 'workload', 'behaviour', 'expectations', 'demands', 'decision', 'decisions', 'idea', 'ideas', 'rules', 'policy'].includes(n.norm)) return false;
  const vals = tokenValences(doc);
  for (let k = 0; k < tokens.length; k++) {
    if (ids[k] !== ids[m.from] || k === m.from || NOT_EVALUATIVE.has(tokens[k]!.norm)) continue;
    if (vals[k]! < 0) return false;
  }
  return true;
}

/**
 * A scare-quoted word right after an adult or group it describes ("Colleague 'popped out' at 2", "the music dept
 * have 'lost' the keys", "our head of year 'delegates'"): the writer doubts what that person says they did.
 */
function attributed(doc: Doc, q: Span, targets: readonly PhraseMatch[]): boolean {
  const { tokens, text } = doc;
  return targets.some((t) => {
    if (t.kind === 'pupil' || t.kind === 'work' || t.kind === 'school') return false;
    const end = tokens[t.to]!.end;
    // Or right before it, as what they are called: "our 'open door' head", "the 'supportive' SLT".
    const start = tokens[t.from]!.start;
    if (q.end <= start && start - q.end <= 2) return true;
    return end <= q.start && q.start - end <= 12 && /^[\s]*(?:(?:has|have|had|is|are|was|were|just|apparently|has\s+just)\s+)?$/i.test(text.slice(end, q.start));
  });
}

/**
 * Sarcastic set-ups built from a praise word: "Amazing how SLT always find time for...", "Wonderful how people who've
 * never taught know...": a sentence opening with a positive word then "how". And similes of uselessness: "about as
 * supportive as a paper umbrella".
 */
function rhetoricalSetups(doc: Doc, st: Span): Span[] {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  const out: Span[] = [];
  for (let i = firstTokenFrom(tokens, st.start); i + 1 < tokens.length && tokens[i + 1]!.end <= st.end; i++) {
    const t = tokens[i]!, n = tokens[i + 1]!;
    if (ids[i + 1] !== ids[i]) continue;
    const first = i === 0 || ids[i - 1] !== ids[i];
    if (first && n.norm === 'how' && (positiveWord(t.norm) || INTENSITY_PRAISE.has(t.norm))) out.push({ start: t.start, end: n.end });
    else if (t.norm === 'about' && n.norm === 'as' && tokens[i + 3]?.norm === 'as' && ids[i + 3] === ids[i] && !aboutSelf(doc, i, 3)) out.push({ start: t.start, end: tokens[i + 3]!.end });
  }
  return out;
}
const INTENSITY_PRAISE = new Set(['incredible', 'amazing', 'wonderful', 'brilliant', 'great', 'lovely', 'fascinating', 'remarkable', 'astonishing', 'marvellous', 'fab', 'nice', 'good']);
