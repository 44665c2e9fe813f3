/**
 * Targets and stances for the policy-tone rules (tone/disparaging, tone/prejudging). School policies
 * forbid more than swearing: criticising or mocking pupils, parents, colleagues, leaders, the trust, the
 * local authority or the school, and airing grievances about pay, workload or restructures, often without
 * a single insult word. These rules need a TARGET (a person, group or thing tied to school) and a STANCE
 * (negative, mocking or sarcastic wording) in the same stretch of the post.
 *
 * The word lists are kept as packed strings ("|" between phrases, spaces between words) and turned into
 * lookup tables the first time a post is analysed, not when the module loads.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Token } from '../../../lib/engine/text.ts';

export type TargetKind = 'leader' | 'colleague' | 'pupil' | 'parent' | 'school' | 'work' | 'authority';

/** Phrases naming someone or something tied to school, by kind. Words are folded token forms (no 's). */
const TARGETS_PACKED: Record<TargetKind, string> = {
  leader:
    'head|heads|headteacher|headteachers|head teacher|headmaster|headmistress|the head|new head|deputy|deputies|deputy head|assistant head|assistant heads|slt|smt|senior leadership|senior leaders|senior team|leadership|leadership team|management|line manager|exec head|executive head|executive headteacher|ceo|the trust|trust|academy trust|mat|multi academy trust|governors|governor|chair of governors|hr|bursar|business manager|office manager|head of year|head of department|head of maths|head of english|head of science|head of dept|hod|hoy|people upstairs|powers that be|those at the top|people at the top|the top|principal|vice principal|curriculum lead|subject lead|phase lead|lead|leads|pta chair|director of education|regional director|school improvement partner|consultant|consultants',
  colleague:
    'colleague|colleagues|staff|staff member|member of staff|teacher|teachers|ta|tas|teaching assistant|teaching assistants|cover supervisor|supply teacher|supply teachers|supply|nqt|ect|trainee|caretaker|site manager|office staff|receptionist|senco|sendco|dsl|department|science department|pe department|maths department|english department|pta|dinner ladies|lunchtime staff|the favourites|favourites|office team|admissions team|exam officer|exams officer|exams team|data manager|attendance officer|hr team|union rep|support staff|some staff',
  pupil:
    'kid|kids|child|children|pupil|pupils|student|students|class|tutor group|form group|year 1|year 2|year 3|year 4|year 5|year 6|year 7|year 8|year 9|year 10|year 11|year 12|year 13|y7|y8|y9|y10|y11|year 7s|year 8s|year 9s|year 10s|year 11s|boys|girls|boy|girl|lad|lads|teenagers|that one|this one|that child|that boy|that girl|that kid|this kid|little madam|madam|reception|nursery|sixth form|sixth formers|his sister|his brother|her brother|her sister',
  parent:
    'parent|parents|parenting|mum|mums|dad|dads|mother|father|mothers|fathers|grandad|grandma|grandparents|that family|this family|same family|families|carers|helicopter mums|pta mums|school gate mums|the mums|the dads',
  school:
    'school|this school|the school|our school|this place|academy|behaviour policy|marking policy|feedback policy|uniform policy|homework policy|assessment policy|new policy|policy|initiative|new initiative|inset|cpd|twilight|staff meeting|staff meetings|data drop|data drops|observation|observations|learning walk|learning walks|timetable|tracker|assessment tracker|report deadline|mocks|open day|wellbeing|wellbeing survey|wellbeing initiative|ppa|duty|duties|cover|lesson observations|performance management|appraisal|ofsted|inspection|inspector|inspectors|mock ofsted|deep dive|deep dives|rebrand|lanyards',
  work:
    'pay|pay award|pay rise|pay offer|pay freeze|pay cut|salary|salaries|wage|wages|workload|restructure|restructuring|redundancy|redundancies|tlr|tlrs|back pay|budget|budgets|funding|performance related pay|performance-related pay|settlement|marking|reports|overtime|unpaid overtime|deadline|deadlines|flexible working|work-life balance|work life balance',
  authority:
    'local authority|the la|la|council|the council|county council|dfe|department for education|send service|ehcp|ehcps|camhs|ofsted',
};

/** Words that make a target the writer's own family or friends, not school ("my kids", "my mum"). */
const OWN = new Set(['my', 'our', 'your']);
const OWN_FAMILY_HEADS = new Set(['kid', 'kids', 'child', 'children', 'boys', 'girls', 'boy', 'girl', 'mum', 'dad', 'mother', 'father', 'family', 'grandad', 'grandma', 'lad', 'lads']);

/**
 * Stance cues with a weight. Negative judgements, grievance words, mocking and sarcasm. Weight 2 is
 * enough with a target; weight 1 cues need company.
 */
const STANCE_PACKED: [number, string][] = [
  // Negative judgements and grievance words.
  [
    2,
    "out of touch|out of control|need a hobby|needs a hobby|get a life|done deal|a done deal|messed up|mess up|messes up|given up|gave up|no idea|more work than|zero hours|zero-hours|clueless|useless|hopeless|incompetent|shambles|shambolic|a joke|beyond a joke|a complete joke|disgrace|disgraceful|pathetic|vile|feral|laziest|lazy|thick|snake|two-faced|control freak|power trip|toxic|appalling|beyond help|pointless|peanuts|disgusting|shameful|backwards|no manners|no respect|don't care|doesn't care|never care|nobody cares|no one cares|cares one bit|don't value|doesn't value|law unto themselves|the tone down|drag the|drags the|dragging the|drag down|ruin the|ruins the|baggage|can barely|can't spell|badly behaved|hammered|take credit|takes credit|taking credit|swan in|swans in|swanned in|swan off|swans off|hiding in|on her phone|on his phone|sneaking out|mates with|treated like|treating teachers like|treat us like|like dirt|disposable cogs|gone backwards|real-terms cuts|real terms cuts|losing their jobs|at risk|is officially dead|efficiencies|gossips|biggest gossips|nothing stays private|can't control|couldn't organise|couldn't run|wouldn't know|hasn't got a clue|haven't got a clue|has a clue|have a clue|no clue|not a clue|waste of|no pay rise|no budget|no support|pay offer|nonsense|awful|terrible|dreadful|horrendous|the worst|ridiculous|insane|outrageous|diabolical|nightmare|fuming|furious|livid|sick of|fed up|had enough|absolutely done|done being|the mug|brought up|mafia|strutting|god gift|brace yourselves|earns more|more consultants|spend more|spends more|without asking|without telling|had clearly decided|tells you everything|pure profit|blame you|laziness|pushed out|final warning|settlement|scandal|no consequences|cries every time|barely string|the grade before|not resilient enough|hasn't taught|has never taught|never taught|cut the|power-hungry|jobsworth|genius idea|latest genius|took the credit|takes the credit|taking the credit|lift a finger|ignored every|ignores every|never run a|never ran a|people who don't teach|people who have never taught|who don't teach|jumped-up|jumped up|runs rings round|still hasn't sorted|hasn't sorted|haven't sorted|poor kids|the manners of|the attention span of|the brains of|the personality of|the charm of|a bunch of|a load of|a pack of|most judgemental|most judgmental|most entitled|most useless|most incompetent|most arrogant|most patronising|most unprofessional|judgemental|judgmental|patronising|arrogant|entitled|lose it with|is a personality|never heard of them|oh right|who plans|who thought|who decided|who signed this off|who signed off|morale is on the floor|on the floor|bright idea|attention span of|couldn't teach|could not teach|thinks she invented|thinks he invented|treats the school like|like her personal|like his personal|personal kingdom|little empire|expect us to|expects us to|we're not a|we are not a|no interview|jobs for the boys|nepotism|unpaid|unpaid overtime|lose their|lose a third|losing hours|every single night|means you can|translation|micromanaging|micromanages|walked out|nobody told me|without telling anyone|been off more|the real reason|we all know|everyone knows|everyone in the staffroom knows|staffroom is talking|whole staffroom|are worse|is worse|more badly|head mates|babysitting|babysitting service|free babysitting|just a slogan|a slogan|lip service|tick box|tick-box|favourites|who'd have thought|surprise surprise|shock horror|can't wait to leave|quitting|quit|left since|have left|leaving because",
  ],
  // Sarcastic and rhetorical set-ups.
  [
    2,
    "said no one|said no teacher|said nobody|make it make sense|funny how|hilarious how|interesting that|interesting how|love how|love that the|love being|love it when|so glad the|so glad that|thrilled that|oh good|oh fantastic|oh great|oh wonderful|oh brilliant|oh joy|brilliant use|brilliant management|inspirational leadership|real team player|what a treat|nothing says|totally a coincidence|cheers for that|thanks for that|thanks for nothing|really appreciated|very helpful|very thorough|worth every penny|every single time|every single year|magic apparently|shocked i tell you|where that money|who exactly|for who|do they|what did you expect|could have been an email|imagine being|imagine thinking|good luck with that|because that's going to work|yeah right|as if|funny that|the irony|makes sense|love that for us|get a hobby|more like|at it again|act like they own|like they own the place|clearly never|has clearly never|nothing like being|everyone's business|everyone business|no response|what a surprise|who'd have guessed|colour me shocked|quelle surprise|pitchfork|bless her|bless him|bless them|priorities eh|nice work if you can get it|at its finest|happy christmas from|thanks management|thanks slt|cheers slt",
  ],
  // Weaker signs that add up: repetition, insinuation, resignation.
  [
    1,
    "honestly|clearly|can't wait|cannot wait|once again|one more time|once more|idea of|as usual|as always|again|yet again|another|apparently|obviously|of course|every week|every time|third time|twice|still waiting|still no|hate|hates|joke|never|always|nobody|no one|real reason|personal reasons|suddenly|some parents|some kids|some children|some of these|some of the|half the|cut|cuts|cutting|only|expect|expects|wonder why|wonder which|guess who|guess which|caught|somehow|instead of|think the school|think we|think teachers|just saying|still no|twice|again|give up|i give up|meanwhile|call it|calls it|called it|glad to see|imagine running|imagine being|imagine having|still waiting for|every warning|the answer is|answer is a|the state of|stay late|staying late|hour week|hours a week|moved forward|days notice|day notice|just a|left the class|chaos|still got paid",
  ],
];

/** A sentence of one to three of these words after a complaint is sarcasm ("Classic.", "Lovely.", "Genius."). */
export const SARCASTIC_SENTENCE = new Set(
  'classic|lovely|genius|classy|brilliant|wonderful|great|fantastic|exciting|marvellous|perfect|priorities|cheers|thanks|right|okay|ok|then|inspirational|amazing|super|fab|love|it|that|how|very|so|thorough|helpful|impressive|really|well|done|sure|exactly|good|stuff|nice|one|again|always|as|usual|brill|smashing|love|this|yay|hooray|fun|times|bravo'.split('|'),
);

/** Emoji that mark sarcasm, eye-rolling or insinuation. */
export const SARCASM_EMOJI = ['🙃', '👏', '🙄', '😒', '👀', '😏', '🤐', '🙊', '🤡', '🤦', '😤', '🤬', '😑', '🫠'];

/** Praise: a post that only praises its target is not a complaint ("our TA is an absolute legend"). */
const PRAISE_PACKED =
  'legend|amazing|brilliant|wonderful|superb|fab|fabulous|proud|so proud|thank you|thanks to|grateful|lucky|kind|calm|the best|best ever|hero|heroes|rock|star|love the|loved|loving|inspiring|incredible|outstanding|shout out to|well done|congratulations|smashed it|delighted';

interface Phrase {
  words: string[];
  weight: number;
  kind?: TargetKind;
}

interface Lexicon {
  targets: Map<string, Phrase[]>;
  stance: Map<string, Phrase[]>;
  praise: Map<string, Phrase[]>;
}

let lexicon: Lexicon | undefined;

function index(map: Map<string, Phrase[]>, phrase: string, weight: number, kind?: TargetKind): void {
  const words = phrase.trim().split(/\s+/);
  const list = map.get(words[0]!) ?? [];
  list.push({ words, weight, kind });
  // Longest phrases first so "head of year" wins over "head".
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(words[0]!, list);
}

function build(): Lexicon {
  const targets = new Map<string, Phrase[]>();
  for (const [kind, packed] of Object.entries(TARGETS_PACKED) as [TargetKind, string][]) for (const p of packed.split('|')) index(targets, p, 0, kind);
  const stance = new Map<string, Phrase[]>();
  for (const [w, packed] of STANCE_PACKED) for (const p of packed.split('|')) index(stance, p, w);
  const praise = new Map<string, Phrase[]>();
  for (const p of PRAISE_PACKED.split('|')) index(praise, p, 1);
  return { targets, stance, praise };
}

export function stanceLexicon(): Lexicon {
  return (lexicon ??= build());
}

export interface PhraseMatch {
  /** First and last token index (inclusive). */
  from: number;
  to: number;
  weight: number;
  kind?: TargetKind;
}

/** Every phrase of `map` found in the tokens, longest at each position, no overlaps. Linear in tokens. */
export function findPhrases(tokens: readonly Token[], map: Map<string, Phrase[]>): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = map.get(tokens[i]!.norm);
    if (!list) continue;
    for (const p of list) {
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = tokens[i + k]?.norm === p.words[k];
      if (!ok) continue;
      out.push({ from: i, to: i + p.words.length - 1, weight: p.weight, kind: p.kind });
      i += p.words.length - 1;
      break;
    }
  }
  return out;
}

/** Targets that are the writer's own family ("my kids", "my own kids", "my mum") are not school targets. */
export function ownFamily(tokens: readonly Token[], m: PhraseMatch): boolean {
  if (m.kind !== 'pupil' && m.kind !== 'parent') return false;
  if (!OWN_FAMILY_HEADS.has(tokens[m.to]!.norm)) return false;
  const p1 = tokens[m.from - 1]?.norm;
  const p2 = tokens[m.from - 2]?.norm;
  return (p1 !== undefined && OWN.has(p1) && tokens[m.from]!.norm !== 'class') || (p1 === 'own' && p2 !== undefined && OWN.has(p2));
}

/** Scare quotes around one to four words ("wellbeing", 'urgent'): a mocking stance. */
export function scareQuotes(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(^|[\s(])(["“]|')([A-Za-z][A-Za-z-]*(?:\s[A-Za-z-]+){0,3}[A-Za-z]?)(["”]|')(?=[\s.,!?;:)]|$)/g;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(re)) {
    const open = m[2]!, close = m[4]!;
    if ((open === "'") !== (close === "'")) continue;
    const s = start + m.index + m[1]!.length;
    out.push({ start: s, end: s + m[0].length - m[1]!.length });
  }
  return out;
}

/** Emoji of SARCASM_EMOJI in [start, end). */
export function sarcasmEmoji(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  for (const e of SARCASM_EMOJI) {
    for (let i = slice.indexOf(e); i !== -1; i = slice.indexOf(e, i + e.length)) out.push({ start: start + i, end: start + i + e.length });
  }
  return out;
}

export function docTokens(doc: Doc): readonly Token[] {
  return doc.tokens;
}
