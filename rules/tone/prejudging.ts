import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { boundaryFirst, matchInWindows, triggerWindows } from './shared/windows.ts';
import { NEGATED_BEFORE, before } from './shared/phrases.ts';
import { valence } from './shared/afinn.ts';
import { dismissive } from './shared/dismissive.ts';
import { classCodeTargets, everydaySense, findPhrases, ownFamily, stanceLexicon } from './shared/stance.ts';
import { sentenceIds } from './shared/context.ts';
import { tokenIndex } from './shared/windows.ts';
import type { Doc } from '../../lib/engine/rule.ts';

// Feelings and circumstances a child has (not a judgement of them), and words common in neutral school talk.
// ... and jobs AFINN-165 happens to rate negative ("he'll be a critic one day").
const NOT_JUDGEMENT = new Set(['critic', 'critics', 'like', 'devastated', 'exhausted', 'upset', 'gutted', 'tired', 'sad', 'sick', 'ill', 'poorly', 'scared', 'nervous', 'worried', 'shattered', 'miss', 'missed', 'missing', 'late', 'cold', 'hungry', 'lonely', 'homesick', 'hurt', 'pain', 'sorry', 'no', 'cry', 'crying', 'disappointed', 'embarrassed', 'bored', 'confused', 'fight', 'struggle', 'struggling', 'needs', 'special', 'disabled', 'poor', 'poverty', 'absent', 'excluded', 'limited', 'challenge', 'challenging', 'difficult', 'hard', 'mad', 'crazy', 'funny', 'alone', 'lost', 'lose', 'losing', 'hell', 'bloody', 'damn', 'fire', 'war', 'die', 'dead', 'died', 'death', 'stop', 'cancelled', 'leave', 'leaving', 'loss', 'grief', 'anxious', 'anxiety', 'stress', 'stressed', 'afraid', 'fear', 'panic', 'wrong', 'problem', 'problems']);
const NEGATION = /^(?:not|no|never|nothing|hardly|cannot|\w+n['’]t)$/i;

/** AFINN valence of a clause, with negation flipping the next two words; feelings left out. */
function clauseMood(clause: string): number {
  let sum = 0;
  let flip = 0;
  for (const w of clause.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? []) {
    if (NEGATION.test(w)) {
      flip = 2;
      continue;
    }
    const v = NOT_JUDGEMENT.has(w) ? 0 : valence(w) || dismissive(w);
    sum += flip > 0 ? -v : v;
    if (flip > 0) flip--;
  }
  return sum;
}

/** "He'll be a failure", "that one is going to end up a thug": a child, a future, then a negative word. */
const FUTURE = /\b(?:he|she|they|that\s+one|this\s+one|that\s+(?:boy|girl|lad|kid|child)|this\s+lot|that\s+lot)(?:['’]ll|\s+will|\s+(?:is|are)\s+going\s+to|['’](?:s|re)\s+going\s+to|['’](?:s|re)\s+(?:heading|headed)\s+for|\s+(?:is|are)\s+(?:heading|headed)\s+for)\b/gi;
const FUTURE_WORDS = new Set(['he', 'she', 'they', 'one', 'lot', 'boy', 'girl', 'lad', 'kid', 'child', "he'll", "she'll", "they'll", 'will', 'going', 'heading', 'headed']);

const A = "['’]";
// ---- Negative predictions and fixed judgements about a child -------------------------------------
const PREDICTION = boundaryFirst(new RegExp(
  [
    `\\bwill\\s+be\\s+(?:(?:real|serious|big|nothing\\s+but)\\s+)?(?:trouble|a\\s+handful|a\\s+nightmare|excluded|expelled|inside|in\\s+prison|in\\s+jail|on\\s+benefits|pregnant|a\\s+problem|a\\s+lost\\s+cause)\\b`,
    `\\b(?:going\\s+to|gonna|will|${A}ll|headed\\s+for|heading\\s+for)\\s+(?:be\\s+)?(?:end\\s+up\\s+|ending\\s+up\\s+)?(?:inside|in\\s+prison|in\\s+jail|in\\s+a\\s+young\\s+offenders|selling\\s+drugs|dealing|on\\s+benefits|a\\s+handful|trouble|excluded|expelled|pregnant|like\\s+(?:his|her|their)\\s+(?:dad|mum|father|mother|brother|sister|family))\\b`,
    `\\bend(?:s|ing)?\\s+up\\s+(?:inside|in\\s+prison|in\\s+jail|selling\\s+drugs|on\\s+benefits|the\\s+same(?:\\s+way)?)\\b`,
    `\\b(?:pregnant|inside|excluded|expelled|in\\s+prison|in\\s+jail|selling\\s+drugs|dealing|arrested|a\\s+mum|a\\s+dad)\\s+by\\s+(?:sixteen|fifteen|fourteen|seventeen|1[3-8]|year\\s+\\d{1,2}|the\\s+time|secondary)\\b`,
    `\\b(?:never|won${A}?t|will\\s+never|not\\s+going\\s+to)\\s+amount\\s+to\\s+(?:anything|much|owt)\\b`,
    `\\b(?:going|heading|goes|go|gone|went)\\s+(?:exactly\\s+|just\\s+|straight\\s+)?(?:the\\s+same\\s+way|down\\s+the\\s+same\\s+(?:road|path|route))\\b`,
    `\\bmark\\s+my\\s+words\\b`,
    `\\bi\\s+give\\s+(?:it|him|her|them|that\\s+\\w+|this\\s+\\w+)\\s+(?:\\w+\\s+){0,2}(?:years|months|weeks)\\b`,
    `\\bi${A}?d\\s+bet\\s+my\\s+(?:pension|house|life|mortgage|salary)\\s+on\\s+it\\b`,
    `\\b(?:born|just)\\s+(?:lazy|bad|thick|trouble|naughty|evil|wrong)\\b`,
    `\\bwired\\s+wrong\\b`,
    `\\b(?:a\\s+)?(?:bad|rotten)\\s+(?:apple|egg)\\b`,
    `\\b(?:a\\s+)?lost\\s+cause\\b`,
    `\\bno\\s+hope\\s+for\\s+(?:him|her|them|that\\s+\\w+)\\b`,
    `\\b(?:it${A}?s|its|it\\s+is)\\s+in\\s+the\\s+genes\\b`,
    `\\bapple\\s+(?:doesn${A}?t|does\\s+not|never)\\s+fall\\s+far\\b`,
    `\\b(?:trouble|a\\s+handful|a\\s+nightmare|dangerous)\\s+when\\s+(?:he${A}?s|she${A}?s|they${A}?re|he\\s+is|she\\s+is|they\\s+are)\\s+older\\b`,
    `\\bkids\\s+like\\s+(?:him|her|that|them|those)\\s+(?:never|always|don${A}?t|won${A}?t|end\\s+up)\\b`,
    `\\bknown\\s+troublemaker\\b`,
    `\\bin\\s+and\\s+out\\s+of\\s+(?:prison|jail|trouble|court|care)\\b`,
    // Fixed judgements of ability: "nothing going on upstairs", "the lights are on but nobody's home", "won't pass a
    // thing", "lucky to get a grade 1", "not exactly university material", "not the sharpest tool".
    `\\b(?:nothing|not\\s+much|not\\s+a\\s+lot)\\s+(?:going\\s+on\\s+)?upstairs\\b|\\blights\\s+are\\s+on\\s+(?:but|and)\\s+(?:nobody|no\\s+one|no-one)${A}?s?\\s+(?:is\\s+)?home\\b`,
    `\\b(?:won${A}?t|will\\s+never|never\\s+going\\s+to|not\\s+going\\s+to|isn${A}?t\\s+going\\s+to|never\\s+gonna|not\\s+gonna)\\s+(?:pass|get|achieve)\\s+(?:a\\s+(?:thing|single\\s+\\w+)|anything|any\\s+(?:of\\s+them|gcses?|exams?|grades?))\\b`,
    `\\b(?:be\\s+)?lucky\\s+to\\s+(?:get|pass|scrape|leave\\s+with)\\s+(?:a\\s+single\\s+|one\\s+|a\\s+)?(?:grade\\s+\\d|[1-9u]\\b|anything|a\\s+pass|pass|any\\s+gcses?|gcses?|qualifications?|exams?)`,
    `\\bnot\\s+exactly\\s+(?:\\w+\\s+){0,2}material\\b|\\bnot\\s+(?:exactly\\s+|really\\s+)?the\\s+(?:sharpest|brightest|quickest)\\s+(?:tool|knife|crayon|pencil|bulb|spark)\\b`,
    `\\b(?:the\\s+)?(?:thickest|dimmest|dumbest|stupidest|slowest|laziest)\\s+(?:child|kid|boy|girl|pupil|student|class|group|lad)\\b`,
    `\\b(?:this|that)\\s+one${A}?s\\s+no\\s+different\\b|\\bno\\s+different\\s+(?:from|to|than)\\s+(?:his|her|their)\\b|\\bjust\\s+like\\s+(?:his|her|their)\\s+(?:brother|sister|dad|mum|father|mother|family)\\b`,
    `\\bno\\s+wonder\\s+(?:he|she)${A}?s\\s+(?:like\\s+(?:he|she)\\s+is|the\\s+way\\s+(?:he|she)\\s+is|so\\s+\\w+)\\b`,
    `\\b(?:that|this|the)\\s+(?:family|lot)\\s+(?:are|is)\\s+(?:trouble|a\\s+nightmare|a\\s+problem|bad\\s+news)\\b`,
  ].join('|'),
  'gi',
));
const PREDICTION_WORDS = new Set(['out', 'nothing', 'lights', 'lucky', 'thickest', 'dimmest', 'dumbest', 'stupidest', 'slowest', 'laziest', 'this', 'that', 'one', "one's", 'different', 'like', 'wonder', 'family', 'lot', 'will', 'going', 'gonna', "he'll", "she'll", "they'll", 'headed', 'heading', 'end', 'ends', 'ending', 'pregnant', 'inside', 'excluded', 'expelled', 'in', 'selling', 'dealing', 'arrested', 'a', 'never', "won't", 'wont', 'not', 'goes', 'go', 'gone', 'went', 'mark', 'i', "i'd", 'id', 'born', 'just', 'wired', 'bad', 'rotten', 'lost', 'no', "it's", 'its', 'it', 'apple', 'trouble', 'handful', 'nightmare', 'dangerous', 'kids', 'known']);
// A prediction needs a child (or children) in the post: "he", "she", "that boy", "kids", "Year 9".
const CHILD = /\b(?:he|she|him|her|his|they|them|boy|boys|girl|girls|lad|lads|kid|kids|child|children|pupil|pupils|student|students|madam|that\s+one|this\s+one|year\s+\d{1,2}s?|y\d{1,2}s?|(?:bottom|top|my)\s+set|set\s+\d|reception|son|daughter|brother|sister)\b/i;

const OWN_CHILD = /\bmy\s+(?:own\s+)?(?:kids|children|son|daughter|boys|girls|little\s+ones?|youngest|eldest|toddler|baby|twins)\b/i;
const BLEAK = /\b(?:trouble|prison|inside|jail|pregnant|excluded|expelled|nothing|never|same\s+way|worse|handful|nightmare|drugs|benefits|before\s+(?:he|she)['’]?s|dead|gone|out)\b/i;

// ---- Generalisations about groups of families ---------------------------------------------------
const NATIONALITY =
  'polish|romanian|bulgarian|lithuanian|latvian|slovak|czech|albanian|eastern\\s+european|pakistani|indian|bangladeshi|somali|nigerian|african|asian|chinese|arab|muslim|jewish|irish|gypsy|traveller|travellers|roma|foreign|immigrant|refugee|syrian|afghan|kurdish|turkish|portuguese|eritrean|ukrainian|black|white|hindu|sikh|catholic|christian';
const KIND =
  "asylum[\\s-]seeker|asylum[\\s-]seekers|migrant|council[\\s-]estate|council[\\s-]house|estate|lone[\\s-]parent|single[\\s-]parent|single|benefit|benefits|foster|eal|sen|send|pp|pupil\\s+premium|fsm|free\\s+school\\s+meals|working[\\s-]class|posh|middle[\\s-]class|teen|teenage|young|" +
  NATIONALITY;
const WHO = 'kids|children|families|family|parents|mums|mum|moms|dads|households?|lot|pupils|boys|girls|people|mothers|fathers|lads';
const GROUP = boundaryFirst(new RegExp(
  [
    // "kids off the Northfield estate", "mums from the posh end", "people from council estates"
    `\\b(?:${WHO})\\s+(?:off|from|on|in)\\s+(?:the\\s+|that\\s+|those\\s+|these\\s+)?(?:[A-Za-z'’-]+\\s+){0,2}(?:estates?|end|side\\s+of\\s+town|part\\s+of\\s+town|site|flats|traveller\\s+site|council\\s+estates?)\\b`,
    // "families from round here", "kids on benefits", "parents from the new builds"
    `\\b(?:${WHO})\\s+(?:from|on|off|round|around)\\s+(?:(?:a)?round\\s+here|abroad|overseas|other\\s+countries|benefits|the\\s+social|universal\\s+credit|the\\s+dole|the\\s+new\\s+builds?|that\\s+end)\\b`,
    // "families who move here from abroad", "parents who came over from overseas"
    `\\b(?:${WHO})\\s+who\\s+(?:have\\s+)?(?:move[ds]?|come|came|arrive[ds]?)\\s+(?:here\\s+|over\\s+)?from\\s+(?:abroad|overseas|other\\s+countries)\\b`,
    // "lone-parent families", "single mums", "Eastern European families", "travellers' kids"
    `\\b(?:${KIND})(?:['’]s?)?\\s+(?:${WHO})\\b`,
    // "kids from those families", "children of these families": families pointed at, not described.
    `\\b(?:${WHO})\\s+(?:from|of)\\s+(?:those|these|certain)\\s+(?:families|homes|households|backgrounds|streets|estates)\\b`,
    // "boys from single-mum homes", "lads from broken homes", "kids from those backgrounds"
    `\\b(?:${WHO})\\s+from\\s+(?:(?:those|these|the)\\s+)?(?:${KIND}|broken|chaotic|deprived|poor|poorer|rough|troubled|problem|dysfunctional)(?:[\\s-](?:mum|mam|mother|parent|dad|father)s?)?\\s+(?:homes?|households?|backgrounds?|families)\\b`,
  ].join('|'),
  'gi',
));
// "families from Romania": the place is a capitalised name, so this one is case-sensitive.
const GROUP_FROM = /\b(?:[Ff]amilies|[Pp]arents|[Kk]ids|[Cc]hildren|[Pp]eople|[Mm]ums|[Dd]ads)\s+from\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b/g;
const GROUP_WORDS = new Set(['kids', 'children', 'families', 'family', 'parents', 'mums', 'mum', 'moms', 'dads', 'households', 'household', 'lot', 'pupils', 'boys', 'girls', 'people', 'mothers', 'fathers', 'lads']);
// What makes a mention of a group a generalisation: a fixed, negative claim about all of them.
const CLAIM = new RegExp(
  `\\b(?:never|don${A}?t|do\\s+not|doesn${A}?t|can${A}?t|won${A}?t|just\\s+(?:don${A}?t|take|do|want|sit|turn|see|treat|use|expect)|(?:from\\s+)?a\\s+mile\\s+off|all\\s+the\\s+same|are\\s+(?:always\\s+)?the\\s+worst|the\\s+worst|always\\s+the\\s+(?:ones|same|worst)|are\\s+always|always\\s+(?:late|off|absent|the)|the\\s+ones|no\\s+(?:manners|respect|boundaries|routine|aspiration|ambition|interest)|drag|drags|dragging|bring\\s+the\\s+tone|brings\\s+the\\s+tone|ruin|ruins|stick\\s+together|law\\s+unto|push\\s+their|abusive|backwards|lazy|same\\s+way|all\\s+end\\s+up|end\\s+up|come\\s+with|causing\\s+problems|a\\s+problem|trouble|no\\s+wonder|take\\s+(?:their|the)\\s+kids\\s+out|think\\s+the\\s+rules|a\\s+nightmare|rough|feral|thick|scroungers|sponging|can\\s+barely|not\\s+worth|every\\s+single\\s+time|same\\s+every\\s+year|every\\s+year|off\\s+again|always\\s+(?:take|get|have|want|bring|turn\\s+up|complain)|get\\s+all\\s+the|cultural\\s+thing|their\\s+culture|while\\s+the\\s+rest)\\b`,
  'i',
);
const TYPICAL_BEFORE = /\btypical\s+$/i;
// "always drop off the roll by Easter", "all end up the same": a habit claimed of the whole group. Praise ("always so
// welcoming") is left alone: the rest of the clause must not read positive.
const HABITUAL = /\b(?:always|all|invariably|inevitably)\s+(?!been\b|so\b|such\b|very\b)[a-z]+/i;
function habitual(rest: string): RegExpExecArray | null {
  const m = HABITUAL.exec(rest);
  return m && clauseMood(rest) <= 0 ? m : null;
}

export default defineRule({
  meta: {
    id: 'tone/prejudging',
    category: 'tone',
    severity: 'medium',
    theme: 'offensive-content',
    description: 'Negative predictions or fixed judgements about a child ("that one will be trouble when he\'s older") and generalisations about groups of families ("kids off the Northfield estate", "lone-parent families never ...").',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      const predictionWindows = triggerWindows(doc, PREDICTION_WORDS, 80);
      if (predictionWindows.length && CHILD.test(text)) {
        for (const m of matchInWindows(text, PREDICTION, predictionWindows)) {
          if (NEGATED_BEFORE.test(before(text, m.index, 16)) && !/^(?:never|won)/i.test(m.text)) continue;
          // About the writer's own children ("My kids will be trouble when they're teenagers"): fond, not a pupil.
          if (OWN_CHILD.test(text) && !/\b(?:pupil|pupils|class|year\s+\d|student|students|that\s+one|that\s+boy|that\s+girl|that\s+child)\b/i.test(text)) continue;
          // "Mark my words" and "I give it ..." only add weight to a negative prediction.
          if (/^(?:mark|i\s+give|i['’]?d\s+bet)/i.test(m.text) && !BLEAK.test(text)) continue;
          hits.push({
            start: m.index,
            end: m.index + m.text.length,
            reason: 'Judging a child: a negative prediction or fixed judgement about a pupil reads as writing them off. Families may recognise who you mean.',
          });
        }
      }
      const futureWindows = triggerWindows(doc, FUTURE_WORDS, 80);
      if (futureWindows.length && !hits.length && !OWN_CHILD.test(text)) {
        for (const m of matchInWindows(text, FUTURE, futureWindows)) {
          const end = m.index + m.text.length;
          let stop = end;
          while (stop < text.length && stop - end < 60 && !/[.!?\n,;]/.test(text[stop]!)) stop++;
          const clause = text.slice(end, stop);
          // "He'll be fine", "she'll be devastated when she hears": not negative, or a feeling.
          // "They'll hate me for this": about the writer, not a judgement of the child.
          if (clauseMood(clause) > -2 || /\b(?:me|us|i|my)\b/i.test(clause) || NEGATED_BEFORE.test(before(text, m.index, 16))) continue;
          hits.push({
            start: m.index,
            end: stop,
            reason: 'Judging a child: a negative prediction or fixed judgement about a pupil reads as writing them off. Families may recognise who you mean.',
          });
          break;
        }
      }
      if (!hits.length && !OWN_CHILD.test(text)) {
        const h = groupFuture(doc);
        if (h) hits.push(h);
      }
      const groupWindows = triggerWindows(doc, GROUP_WORDS, 100);
      for (const m of [...matchInWindows(text, GROUP, groupWindows), ...matchInWindows(text, GROUP_FROM, groupWindows)]) {
        const end = m.index + m.text.length;
        // The claim is in the same sentence, after the group (or "Typical lone-parent household").
        let stop = end;
        while (stop < text.length && stop - end < 90 && !/[.!?\n]/.test(text[stop]!)) stop++;
        const rest = text.slice(end, stop);
        // Praise said of the group ("are always so kind and helpful") is no sweeping negative claim.
        if (/^\s*(?:are|were)\s+(?:always\s+)?(?:so|really|very|such)\b/i.test(rest) && clauseMood(rest) >= 2) continue;
        const claim = CLAIM.exec(rest) ?? (clauseMood(rest) <= -2 ? { index: 0, 0: rest } : null) ?? habitual(rest);
        const typical = TYPICAL_BEFORE.test(before(text, m.index, 12));
        if (!claim && !typical) continue;
        const severity: Severity = 'high';
        hits.push({
          start: typical ? m.index - (before(text, m.index, 12).length - before(text, m.index, 12).search(/typical\s+$/i)) : m.index,
          end: claim ? end + claim.index + claim[0].length : end,
          severity,
          reason: 'Generalising about families: this makes a sweeping negative claim about a group of families or children. It breaches the equality duties school staff work under, and families will recognise themselves.',
        });
      }
      return hits;
    };
  },
});

// ---- A future written off for a named group of pupils ----------------------------------------------
// "half my class will be signing on", "some of my Year 2s are never going to read properly", "that boy in my Year 9
// group is heading for a young offenders'": a group of pupils (the targets of ./shared/stance.ts), a future within
// seven words in the same sentence, then either a denied achievement ("never going to read", "won't hold down a job")
// or a bleak end ("prison", "the dole", "signing on"), or a clause AFINN-165 rates -2 or lower. Not about the writer.
const GROUP_MODAL = new Set(['will', "they'll", "he'll", "she'll", 'going', 'gonna', 'heading', 'headed', 'destined', 'bound']);
const ACHIEVE = new Set('read|write|spell|count|pass|learn|hold|get|keep|amount|make|achieve|manage|cope|succeed|behave|settle|change|improve|work|listen|sit|leave'.split('|'));
const BLEAK_END = new Set("prison|jail|inside|dole|signing|benefits|offenders|offenders'|pregnant|excluded|expelled|trouble|nightmare|drugs|police|arrested|court|unemployable|unemployed|homeless".split('|'));
const WRITER = new Set(['me', 'i', 'us', 'my', 'we']);

function groupFuture(doc: Doc): Hit | undefined {
  const { tokens } = doc;
  const index = tokenIndex(doc);
  let modal = false;
  for (const w of GROUP_MODAL) if (index.has(w)) modal = true;
  if (!modal) return undefined;
  const ids = sentenceIds(doc);
  const pupils = [...findPhrases(doc, stanceLexicon().targets).filter((m) => m.kind === 'pupil' && !ownFamily(tokens, m) && !everydaySense(tokens, m)), ...classCodeTargets(tokens)];
  for (const p of pupils) {
    for (let i = p.to + 1; i < tokens.length && i <= p.to + 7 && ids[i] === ids[p.from]; i++) {
      const w = tokens[i]!.norm;
      if (!GROUP_MODAL.has(w)) continue;
      if (w === 'going' && tokens[i + 1]?.norm !== 'to' && tokens[i + 1]?.norm !== 'be') continue;
      let negated = false, bleak = false, self = false, sum = 0, end = i;
      for (let k = Math.max(p.to + 1, i - 2); k < tokens.length && k <= i + 8 && ids[k] === ids[p.from]; k++) {
        // The clause ends at a comma, semicolon, colon or dash ("..., let's be honest").
        if (k > i && /[,;:–—]/.test(doc.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
        const x = tokens[k]!.norm;
        end = k;
        if (x === 'not' || x === 'never' || x === 'no' || x.endsWith("n't")) negated = true;
        else if (negated && ACHIEVE.has(x)) bleak = true;
        if (k <= i) continue;
        if (BLEAK_END.has(x)) bleak = true;
        if (WRITER.has(x)) self = true;
        sum += NOT_JUDGEMENT.has(x) ? 0 : valence(x) || dismissive(x);
      }
      if (self || (!bleak && sum > -2)) continue;
      return { start: tokens[p.from]!.start, end: tokens[end]!.end, reason: 'Judging a child: a negative prediction or fixed judgement about a pupil reads as writing them off. Families may recognise who you mean.' };
    }
  }
  return undefined;
}
