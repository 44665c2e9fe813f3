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
import { isRegexSpace, type Token } from '../../../lib/engine/text.ts';
import type { Theme } from '../../../lib/engine/types.ts';
import { WordTable, tokenVocab } from './vocab.ts';

export type TargetKind = 'leader' | 'colleague' | 'pupil' | 'parent' | 'school' | 'work' | 'authority';

/** The policy theme a finding about each kind of target falls under: running down pupils or parents is offensive content, the rest are grievances. */
export const TARGET_THEMES: Record<TargetKind, Theme> = { leader: 'grievances', colleague: 'grievances', pupil: 'offensive-content', parent: 'offensive-content', school: 'grievances', work: 'grievances', authority: 'grievances' };
/** When a post names several kinds of target, the reason names the most specific one. */
export const TARGET_KIND_ORDER: readonly TargetKind[] = ['pupil', 'parent', 'leader', 'colleague', 'authority', 'school', 'work'];

/** Phrases naming someone or something tied to school, by kind. Words are folded token forms (no 's). */
const TARGETS_PACKED: Record<TargetKind, string> = {
  leader:
    'head|heads|headteacher|headteachers|head teacher|headmaster|headmistress|the head|new head|deputy|deputies|deputy head|assistant head|assistant heads|slt|smt|senior leadership|senior leaders|senior team|leadership|leadership team|management|line manager|exec head|executive head|executive headteacher|ceo|the trust|trust|academy trust|mat|multi academy trust|governors|governor|chair of governors|hr|bursar|business manager|office manager|head of year|head of department|head of maths|head of english|head of science|head of dept|hod|hoy|people upstairs|powers that be|those at the top|people at the top|the top|principal|vice principal|curriculum lead|subject lead|phase lead|lead|leads|pta chair|director of education|regional director|school improvement partner|consultant|consultants|them upstairs|those upstairs|people upstairs|higher ups|higher-ups|the higher ups|people in charge|those in charge|the people in charge|senior team|senior leadership team|trust board|trustees|execs|the execs|exec team|executive team|head office|central team|diocese|the diocese|chief executive|heads of department|heads of year|line managers|middle leaders|our leaders|our leadership',
  colleague:
    'colleague|colleagues|staff|staff member|member of staff|teacher|teachers|ta|tas|teaching assistant|teaching assistants|cover supervisor|supply teacher|supply teachers|supply|nqt|ect|trainee|caretaker|site manager|office staff|receptionist|senco|sendco|dsl|department|science department|pe department|maths department|english department|pta|dinner ladies|lunchtime staff|the favourites|favourites|office team|admissions team|exam officer|exams officer|exams team|data manager|attendance officer|hr team|union rep|support staff|some staff|certain colleague|a certain member|certain member|certain colleagues|a certain someone|certain someone|certain member of staff|certain members of staff|some teachers|some tas|some of the staff|some of the teachers|some of the tas|job share|job share partner|pastoral team|office ladies|office lady|cleaners|cleaner|technician|technicians|it team|premises team|cover manager|exams office|learning support|send team|support team|the agency|supply agency|geography teacher|science teacher|maths teacher|english teacher|pe teacher|pe teachers|art teacher|music teacher|history teacher|form tutor|form tutors|dept|the dept|depts|our office|school office|the school office',
  pupil:
    'kid|kids|child|children|pupil|pupils|student|students|class|tutor group|form group|year 1|year 2|year 3|year 4|year 5|year 6|year 7|year 8|year 9|year 10|year 11|year 12|year 13|y7|y8|y9|y10|y11|year 7s|year 8s|year 9s|year 10s|year 11s|boys|girls|boy|girl|lad|lads|teenagers|that one|this one|that child|that boy|that girl|that kid|this kid|little madam|madam|reception|nursery|sixth form|sixth formers|his sister|his brother|her brother|her sister|year 10s|year 12s|year 13s|year 1s|year 2s|year 3s|year 4s|year 5s|year 6s|y1|y2|y3|y4|y5|y6|y12|y13|ks1|ks2|ks3|ks4|eyfs|gcse group|a level group|bottom set|top set|set 1|set 2|set 3|set 4|set 5|my set|my form|form class|my group|intervention group|my class|this class|that class|year group|the year group|these kids|those kids|some kids|the lad|that lad',
  parent:
    'parent|parents|parenting|mum|mums|dad|dads|mother|father|mothers|fathers|grandad|grandma|grandparents|that family|this family|same family|families|carers|helicopter mums|pta mums|school gate mums|the mums|the dads|school run mums|pick-up|school gate|class whatsapp|whatsapp group|parents whatsapp|single mums|pushy parents|pushy parent|helicopter parents|the pta|pta mums',
  school:
    'school|this school|the school|our school|this place|academy|behaviour policy|marking policy|feedback policy|uniform policy|homework policy|assessment policy|new policy|policy|initiative|new initiative|inset|cpd|twilight|staff meeting|staff meetings|data drop|data drops|observation|observations|learning walk|learning walks|timetable|tracker|assessment tracker|report deadline|mocks|open day|wellbeing|wellbeing survey|wellbeing initiative|ppa|duty|duties|cover|lesson observations|being observed|observed|teaching and learning|performance management|appraisal|ofsted|inspection|inspector|inspectors|mock ofsted|deep dive|deep dives|rebrand|lanyards|my school|my place|this workplace|reporting system|report system|behaviour system|reward system|new curriculum|the curriculum|book scrutiny|book look|book looks|work scrutiny|planning scrutiny|mock inspection|drop-in|drop-ins|morning briefing|twilights|inset day|inset days|staff survey|the new system|template|templates|report template|lesson template|the rota|rota|cover rota|duty rota|working here|work here|working at this place',
  work:
    'pay|pay award|pay rise|pay offer|pay freeze|pay cut|salary|salaries|wage|wages|workload|restructure|restructuring|redundancy|redundancies|tlr|tlrs|back pay|budget|budgets|funding|performance related pay|performance-related pay|settlement|marking|reports|overtime|unpaid overtime|deadline|deadlines|flexible working|work-life balance|work life balance|workload charter|pay scale|pay scales|pay offer|term-time only|unpaid|my ppa|ppa time|our ppa|inflation|below inflation|real terms|job cuts|60 hour|50 hour|extra hours|pension|pensions|pension contributions|uplift|pay uplift|payslip|pay packet|directed time|directed hours',
  authority:
    'local authority|the la|la|county hall|council|the council|county council|dfe|department for education|send service|ehcp|ehcps|camhs|ofsted',
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
    "out of touch|charisma of a|people skills of a|emotional intelligence of a|social skills of a|personality of a traffic cone|personality of a brick|personality of a plank|personality of a wet|personality of a damp|personality of a potato|moves the goalposts|move the goalposts|moved the goalposts|shifting the goalposts|shifts the goalposts|out of control|need a hobby|needs a hobby|get a life|done deal|a done deal|messed up|mess up|messes up|given up|gave up|no idea|more work than|zero hours|zero-hours|clueless|useless|hopeless|incompetent|shambles|shambolic|a joke|beyond a joke|a complete joke|disgrace|disgraceful|pathetic|vile|feral|laziest|lazy|thick|snake|two-faced|control freak|power trip|toxic|appalling|beyond help|pointless|peanuts|disgusting|shameful|backwards|no manners|no respect|don't care|doesn't care|never care|nobody cares|no one cares|cares one bit|don't value|doesn't value|law unto themselves|the tone down|drag the|drags the|dragging the|drag down|ruin the|ruins the|baggage|can barely|can't spell|couldn't spell|can't even spell|can't even read|couldn't even read|can't even count|couldn't count|badly behaved|hammered|take credit|takes credit|taking credit|swan in|swans in|swanned in|swan off|swans off|hiding in|on her phone|on his phone|sneaking out|mates with|treated like|treating teachers like|treat us like|like dirt|disposable cogs|gone backwards|real-terms cuts|real terms cuts|losing their jobs|at risk|is officially dead|efficiencies|gossips|biggest gossips|nothing stays private|can't control|couldn't organise|couldn't run|wouldn't know|hasn't got a clue|haven't got a clue|has a clue|have a clue|no clue|not a clue|waste of|no pay rise|no budget|no support|nonsense|awful|terrible|dreadful|horrendous|the worst|ridiculous|insane|outrageous|diabolical|nightmare|fuming|furious|livid|sick of|fed up|had enough|absolutely done|done being|the mug|brought up|mafia|strutting|god gift|brace yourselves|earns more|more consultants|spend more|spends more|without asking|without telling|had clearly decided|tells you everything|pure profit|blame you|laziness|pushed out|final warning|settlement|scandal|no consequences|cries every time|barely string|the grade before|not resilient enough|hasn't taught|has never taught|never taught|cut the|power-hungry|jobsworth|genius idea|latest genius|took the credit|takes the credit|taking the credit|lift a finger|ignored every|ignores every|never run a|never ran a|people who don't teach|people who have never taught|who don't teach|jumped-up|jumped up|runs rings round|still hasn't sorted|hasn't sorted|haven't sorted|poor kids|the manners of|the attention span of|the brains of|the personality of|the charm of|a bunch of|a load of|a pack of|most judgemental|most judgmental|most entitled|most useless|most incompetent|most arrogant|most patronising|most unprofessional|judgemental|judgmental|patronising|arrogant|entitled|lose it with|is a personality|never heard of them|oh right|who plans|who thought|who decided|who signed this off|who signed off|morale is on the floor|on the floor|bright idea|attention span of|couldn't teach|could not teach|thinks she invented|thinks he invented|treats the school like|like her personal|like his personal|personal kingdom|little empire|expect us to|expects us to|we're not a|we are not a|no interview|jobs for the boys|nepotism|unpaid|unpaid overtime|lose their|lose a third|losing hours|every single night|means you can|translation|micromanaging|micromanages|walked out|nobody told me|without telling anyone|been off more|the real reason|we all know|everyone knows|everyone in the staffroom knows|staffroom is talking|whole staffroom|are worse|is worse|more badly|head mates|babysitting|babysitting service|free babysitting|just a slogan|a slogan|lip service|tick box|tick-box|favourites|who'd have thought|surprise surprise|shock horror|can't wait to leave|quitting|quit|left since|have left|leaving because|living the dream|what could possibly go wrong|could possibly go wrong|couldn't plan a|couldn't find|piss up in a brewery|wet paper bag|chocolate teapot|about as useful as|about as much use as|as much use as|all talk|all mouth|all buzzwords|no substance|more front than|full of themselves|full of himself|full of herself|thinks she knows|thinks he knows|think they know|thinks she runs|thinks he runs|know-it-all|know it all|jobs for the boys|blind leading the blind|rearranging the deckchairs|lipstick on a pig|box ticking|box-ticking|tick box|tick-box|smoke and mirrors|lip service|pat on the head|taking the mick|taking the mickey|take the mick|taking the piss|taking the p|having a laugh|pull the other one|do me a favour|give me strength|spare me|god help us|heaven help us|words fail me|i despair|you couldn't make it up|couldn't make it up|can't make this up|answers on a postcard|wouldn't know a|zero clue|haven't a clue|hasn't a clue|haven't taught|hasn't taught|never taught|never set foot|ivory tower|in the real world|here we go again|groundhog day|par for the course|surprise surprise|who would have thought|who'd have thought|who could have predicted|who could have guessed|who comes up with|who thought this|whose bright idea|bright idea|bare minimum|passing the buck|pass the buck|under the bus|cover their backs|cover their own backs|brown nose|brown-nosing|brown nosing|sucking up|sucks up|favouritism|cliquey|clique|stuck up|up themselves|up herself|up himself|jumped up|jumped-up|self-important|power hungry|power-hungry|micromanage|micromanaging|micromanaged|patronising|condescending|smug|arrogance|arrogant|wet lettuce|waste of space|can do one|go and do one|do one|shower of|a different breed|different breed|going nowhere|write-off|write off|won't amount|amount to much|amount to anything|end up inside|in and out of prison|wired wrong|born lazy|you can always tell|you can tell which|mark my words|the hard way|level of support|a circus|like a circus|ringmaster|ringmasters|mickey mouse|laughable|farce|a farce|shambles|omnishambles|headless chickens|like headless chickens|no common sense|on a power trip|power trip|couldn't care less|don't give a|doesn't give a|nobody listens|no one listens|never listen|never listens|doesn't listen|didn't listen|won't listen|fell on deaf ears|deaf ears|left holding|left to pick up|pick up the pieces|dumped on|dump on|dumping on|offloaded|lumped with|landed with|on top of a full|on top of everything|not valued|feel valued|feeling valued|feeling very valued|so valued|very valued|valued as ever|undervalued|underpaid|overworked|unpaid work|unpaid overtime|more unpaid|for nothing extra|flogging a dead horse|weighing the pig|moving the goalposts|goalposts|at the last minute|no notice|zero notice|no warning|without warning|without asking|without consulting|nobody asked|no one asked|who asked|decided months ago|decision was made|already decided|already been decided|photo op|photo opportunity|box-ticking exercise|tick-box exercise|paper exercise|waste of everyone's time|waste of my time|could've been an email|could have been an email|should have been an email|should've been an email|attention span of|memory of a|brains of a|two brain cells|brain cell|personality of a|charisma of a|people skills of|manners of a|like talking to a brick wall|talking to a brick wall|herding cats|like herding|written by a|pulling teeth|not saying who|not saying anything but|i'm not saying anything|not naming names|naming no names|no names mentioned|you know who you are|make of that what you will|draw your own conclusions|say no more|rumour has it|the rumour is|rumour is|rumours are|word is|word has it|on the grapevine|staffroom gossip|office gossip|gossip says|allegedly|needs to learn|i'll eat my|eat my hat|oh to be|excellent use of|great use of|good use of|wonderful use of|fantastic use of|let just say|lets just say|let us just say|wouldn't surprise me|would not surprise me|by which i mean|which means|i'll believe it when i see it|believe it when i see it|would struggle to|if it bit them|if it bit him|if it bit her|if it hit them|must be nice|nice for some|alright for some|all right for some|shouldn't be allowed near|shouldn't be allowed anywhere near|should not be allowed near|shouldn't be allowed to teach|shouldn't be allowed to work|shouldn't be in charge|should not be in charge|shouldn't be let near|shouldn't be anywhere near|pretending not to notice|pretend not to notice|bats an eyelid|bat an eyelid|batted an eyelid|turn a blind eye|turns a blind eye|turning a blind eye|in what universe|as free childcare|as childcare|as a babysitting",
  ],
  // Sarcastic and rhetorical set-ups.
  [
    2,
    "said no one|where the fun in that|not that they'll ever|not that they will ever|not that they ever|not that they'd ever|not that they would ever|said no teacher|how do i put this|how shall i put this|how can i put this|how to put this|to put it politely|to put it mildly|to put it nicely|to put it kindly|shall we say|let say|who going to tell|who is going to tell|who gonna tell|someone needs to tell|somebody needs to tell|someone should tell|somebody should tell|someone tell|somebody tell|said nobody|make it make sense|funny how|hilarious how|interesting that|interesting how|love how|love that the|love being|love it when|so glad the|so glad that|thrilled that|oh good|oh fantastic|oh great|oh wonderful|oh brilliant|oh joy|brilliant use|brilliant management|inspirational leadership|real team player|what a treat|nothing says|totally a coincidence|cheers for that|thanks for that|thanks for nothing|really appreciated|very helpful|very thorough|worth every penny|every single time|every single year|magic apparently|shocked i tell you|where that money|who exactly|for who|do they|what did you expect|could have been an email|imagine being|imagine thinking|good luck with that|because that's going to work|yeah right|as if|funny that|the irony|makes sense|love that for us|get a hobby|more like|at it again|act like they own|like they own the place|clearly never|has clearly never|nothing like being|everyone's business|everyone business|no response|what a surprise|who'd have guessed|colour me shocked|quelle surprise|pitchfork|priorities eh|nice work if you can get it|at its finest|happy christmas from|thanks management|thanks slt|cheers slt|great idea|what a great idea|genius idea|brilliant idea|thanks ever so much|thanks so much for that|really feeling the love|feeling the love|gotta love|got to love|you've got to love|you gotta love|don't you just love|just love being|just love how|just love it when|nothing quite like|what a time to be alive|so excited to spend|can't wait to spend|thrilled to learn|thrilled to hear|delighted to learn|love that for|love that for us|brilliant, another|great, another|fab, another|lovely, another|oh look another|because obviously|because of course|of course they did|of course it did|of course she did|of course he did|as ever|as per usual|same old|what a surprise|shocker|no surprise there|no surprises there|impressive consistency|robust as ever|inspiring stuff|top notch leadership|what a way to run|way to run a|slow clap|employee of the month|keeps life interesting|keeps us on our toes|who needs sleep|who needs weekends|sleep is for the weak|totally normal|perfectly normal|makes total sense|makes perfect sense|that'll help|that will help|that'll fix it|that'll sort it|yeah that'll work|what could go wrong|i'm sure the|i'm sure that will|i'm sure it will|totally worth|well that went well|that went well|went well then|smooth as ever",
  ],
  // Weaker signs that add up: repetition, insinuation, resignation.
  [
    1,
    "honestly|clearly|not exactly|an experience|something else|were a lot|was a lot|are a lot|is a lot|can't wait|cannot wait|once again|one more time|once more|idea of|as usual|as always|again|yet again|another|apparently|obviously|of course|every week|every time|third time|twice|still waiting|still no|hate|hates|joke|never|always|nobody|no one|real reason|personal reasons|suddenly|some parents|some kids|some children|some of these|some of the|half the|cut|cuts|cutting|only|expect|expects|wonder why|wonder which|guess who|guess which|caught|somehow|instead of|think the school|think we|think teachers|just saying|still no|twice|again|give up|i give up|meanwhile|call it|calls it|called it|glad to see|imagine running|imagine being|imagine having|still waiting for|every warning|the answer is|answer is a|the state of|stay late|staying late|hour week|hours a week|moved forward|days notice|day notice|just a|left the class|chaos|still got paid|bless her|bless him|bless them",
  ],
];

/** A sentence of one to three of these words after a complaint is sarcasm ("Classic.", "Lovely.", "Genius."). */
export const SARCASTIC_SENTENCE = new Set(
  'classic|lovely|genius|groundbreaking|ground-breaking|revolutionary|visionary|inspirational|classy|brilliant|wonderful|great|fantastic|exciting|marvellous|perfect|priorities|cheers|thanks|right|okay|ok|then|inspirational|amazing|super|fab|love|it|that|how|very|so|thorough|helpful|impressive|really|well|done|sure|exactly|good|stuff|nice|one|again|always|as|usual|brill|smashing|love|this|yay|hooray|fun|times|bravo'.split('|'),
);

const CLASS_CODE = /^(?:[1-9]|1[0-3])[A-Z]{1,2}\d?$/;
const NOT_CLASS_CODE = /^\d+(?:K|G|D|M|P|AM|PM|TH|ST|ND|RD|KG|KM|CM|MM|MB|GB|TB|HR|PS|HP|V|W|L|ML)$/;

const CLASS_BEFORE = new Set(['in', 'to', 'with', 'of', 'for', 'taught', 'teach', 'teaching', 'my', 'our', 'cover', 'covering', 'covered']);
const CLASS_AFTER = new Set(['are', 'were', 'have', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'did', "don't", "didn't", "won't", "can't", "couldn't", "wouldn't", "haven't", "aren't", "weren't", 'today', 'again', 'this', 'just', 'still', 'never', 'always', 'think', 'thought', 'kids', 'class', 'lot']);

/** Class codes written the way schools write them ("9X", "10C", "8R2"): a group of pupils. */
export function classCodeTargets(tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!.raw;
    // A class code starts with a digit 1-9: other words skip the regexes.
    const c = raw.charCodeAt(0);
    if (c < 49 || c > 57 || !CLASS_CODE.test(raw) || NOT_CLASS_CODE.test(raw)) continue;
    // Named as a group: "to 5B", "the kids in 9X", or as the subject: "9Y4 are ...", "8R didn't ...".
    const before = tokens[i - 1]?.norm ?? '';
    const after = tokens[i + 1]?.norm ?? '';
    if (CLASS_BEFORE.has(before) || CLASS_AFTER.has(after)) out.push({ from: i, to: i, weight: 0, kind: 'pupil' });
  }
  return out;
}

/** Words that make a sentence about a story, show or play: its judgements are of characters ("the villain was deliciously awful"). */
export const FICTION_WORDS = new Set('play|plays|production|panto|pantomime|villain|villains|character|characters|film|films|movie|movies|novel|musical|nativity|rehearsal|rehearsals|episode|series|role-play|roleplay'.split('|'));

/** Emoji that mark sarcasm, eye-rolling or insinuation. */
export const SARCASM_EMOJI = ['🙃', '👏', '🙄', '😒', '👀', '😏', '🤐', '🙊', '🤡', '🤦', '😤', '🤬', '😑', '🫠'];

/** Praise: a post that only praises its target is not a complaint ("our TA is an absolute legend"). */
const PRAISE_PACKED =
  'heart of gold|hearts of gold|lovely touch|a lovely touch|what a star|superstar|superstars|resilient|kindest|hardest working|hard-working|unsung heroes|gem|angel|angels|above and beyond|lovely gesture|so kind|really kind|legends|lifesaver|great job|fantastic job|amazing job|brilliant job|nailed it|couldn\'t be prouder|thankful|shout out|big thank you|huge thank you|thank you to|legend|amazing|brilliant|wonderful|superb|fab|fabulous|proud|so proud|thank you|thanks to|grateful|lucky|kind|calm|the best|best ever|hero|heroes|rock|star|love the|loved|loving|inspiring|incredible|outstanding|shout out to|well done|congratulations|smashed it|delighted|class act|impressive|hats off|respect|credit to|thanking|thanked';

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

// Several rules look up the same lexicon in the same post's tokens: the matches are found once per
// (tokens, lexicon) and each caller gets its own copy of the list (the match objects are never changed).
const phraseMemo = new WeakMap<readonly Token[], WeakMap<Map<string, Phrase[]>, PhraseMatch[]>>();

/**
 * The phrases of one lexicon that start with one word, split by their second word: a token's candidates are
 * then only the phrases whose second word is the next token's (one look-up), not the whole list.
 */
interface Head {
  /** Phrases of two or more words by second word, each list in the lexicon's order (longest first). */
  byNext: Map<string, Phrase[]> | undefined;
  /** The first one-word phrase (they come last in the lexicon's order). */
  single: Phrase | undefined;
}

function headOf(list: readonly Phrase[]): Head {
  const head: Head = { byNext: undefined, single: undefined };
  for (const p of list) {
    if (p.words.length === 1) {
      head.single ??= p;
      continue;
    }
    head.byNext ??= new Map();
    const next = head.byNext.get(p.words[1]!);
    if (next) next.push(p);
    else head.byNext.set(p.words[1]!, [p]);
  }
  return head;
}

/**
 * The lexicons every post is looked up in (targets, stance, praise, sarcastic set-ups) share one table of
 * first words: a post's distinct words are looked up in it once, and each lexicon's scan reads their heads.
 */
let shared: { slot: Map<Map<string, Phrase[]>, number>; heads: Map<string, (Head | undefined)[]>; seconds: Set<string> } | undefined;
function sharedHeads() {
  if (!shared) {
    const lex = stanceLexicon();
    const maps = [lex.targets, lex.stance, lex.praise, sarcasticSetups()];
    const heads = new Map<string, (Head | undefined)[]>();
    const seconds = new Set<string>();
    maps.forEach((m, k) => {
      for (const [w, list] of m) {
        for (const p of list) if (p.words.length > 1) seconds.add(p.words[1]!);
        let lists = heads.get(w);
        if (!lists) heads.set(w, (lists = maps.map(() => undefined)));
        lists[k] = headOf(list);
      }
    });
    shared = { slot: new Map(maps.map((m, k) => [m, k])), heads, seconds };
  }
  return shared;
}
// Each distinct word's heads in the shared table (undefined: no phrase of any lexicon starts with it), once per post.
const headMemo = new WeakMap<Doc, ((Head | undefined)[] | undefined)[]>();
const secondMemo = new WeakMap<Doc, boolean[]>();

/** Every phrase of `map` found in the post's tokens, longest at each position, no overlaps. Linear in tokens. */
export function findPhrases(doc: Doc, map: Map<string, Phrase[]>): PhraseMatch[] {
  const tokens = doc.tokens;
  let byMap = phraseMemo.get(tokens);
  if (!byMap) phraseMemo.set(tokens, (byMap = new WeakMap()));
  let found = byMap.get(map);
  if (!found) byMap.set(map, (found = scanPhrases(doc, map)));
  return found.slice();
}

// Each distinct word's heads in the shared lexicons, looked up once across posts.
const HEADS_OF = new WordTable((w) => sharedHeads().heads.get(w));
// Whether each distinct word is the second word of some phrase of those lexicons: most next words are not, and need no look-up in a head's byNext.
const SECOND_OF = new WordTable((w) => sharedHeads().seconds.has(w));

function scanPhrases(doc: Doc, map: Map<string, Phrase[]>): PhraseMatch[] {
  const tokens = doc.tokens;
  const { slot: slots } = sharedHeads();
  const slot = slots.get(map);
  if (slot === undefined) return scanList(tokens, map);
  // The shared lexicons are looked up once per distinct word of the post (./vocab.ts), read per token.
  const vocab = tokenVocab(doc);
  let byWord = headMemo.get(doc);
  if (!byWord) headMemo.set(doc, (byWord = HEADS_OF.of(doc)));
  let second = secondMemo.get(doc);
  if (!second) secondMemo.set(doc, (second = SECOND_OF.of(doc)));
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = byWord[vocab.ids[i]!]?.[slot];
    if (!head) continue;
    // The first phrase in the lexicon's order that matches here: those with the next token as second word, then a one-word phrase.
    let found: Phrase | undefined;
    const candidates = head.byNext && i + 1 < tokens.length && second[vocab.ids[i + 1]!] ? head.byNext.get(tokens[i + 1]!.norm) : undefined;
    if (candidates) {
      for (const p of candidates) {
        let ok = true;
        for (let k = 2; k < p.words.length && ok; k++) ok = tokens[i + k]?.norm === p.words[k];
        if (ok) {
          found = p;
          break;
        }
      }
    }
    found ??= head.single;
    if (!found) continue;
    out.push({ from: i, to: i + found.words.length - 1, weight: found.weight, kind: found.kind });
    i += found.words.length - 1;
  }
  return out;
}

/** scanPhrases for any other lexicon: each token's list in order. */
function scanList(tokens: readonly Token[], map: Map<string, Phrase[]>): PhraseMatch[] {
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

/**
 * The people and groups at school a post can be complaining about: the stance lexicon's targets except the writer's
 * own family, someone's family and everyday senses of the words, then class codes ("8X"). Shared by the rules that
 * read a closing remark against them (tone/verdict, tone/scare-quote).
 */
export function schoolTargets(doc: Doc): PhraseMatch[] {
  const tokens = doc.tokens;
  return [...findPhrases(doc, stanceLexicon().targets).filter((m) => !ownFamily(tokens, m) && !familyOf(tokens, m) && !everydaySense(tokens, m)), ...classCodeTargets(tokens)];
}

/** Targets that are the writer's own family ("my kids", "my own kids", "my mum") or someone's own ("their own child") are not school targets. */
export function ownFamily(tokens: readonly Token[], m: PhraseMatch): boolean {
  if (m.kind !== 'pupil' && m.kind !== 'parent') return false;
  if (!OWN_FAMILY_HEADS.has(tokens[m.to]!.norm)) return false;
  const p1 = tokens[m.from - 1]?.norm;
  const p2 = tokens[m.from - 2]?.norm;
  return (p1 !== undefined && OWN.has(p1) && tokens[m.from]!.norm !== 'class') || (p1 === 'own' && p2 !== undefined && (OWN.has(p2) || POSSESSIVE.has(p2)));
}

const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);
/** Family words of anyone's family: "your parents", "his parents", "other dads", "her adoptive dads". */
const FAMILY_WORDS = new Set(['parent', 'parents', 'mum', 'mums', 'dad', 'dads', 'mother', 'father', 'mothers', 'fathers', 'grandad', 'grandma', 'grandparents', 'families', 'family']);
const FAMILY_OWNERS = new Set(['my', 'your', 'his', 'her', 'their', 'other', 'adoptive', 'own', 'foster', 'step']);
/**
 * A parent word that names someone's own family ("away from your parents", "his parents ate at a restaurant", "like
 * other dads"): the person is somebody's relative, which is not in itself about school.
 */
export function familyOf(tokens: readonly Token[], m: PhraseMatch): boolean {
  if (m.kind !== 'parent' || m.from !== m.to || !FAMILY_WORDS.has(tokens[m.from]!.norm)) return false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 2; k--) {
    const w = tokens[k]!.norm;
    if (FAMILY_OWNERS.has(w)) return true;
    if (w !== 'many' && w !== 'two' && w !== 'both' && w !== 'loving' && w !== 'real') return false;
  }
  return false;
}

const BODY_BEFORE = new Set(['his', 'her', 'its']);
const PLACE_PREP = new Set(['in', 'on', 'over', 'off', 'above', 'into', 'round', 'around']);
const MOTION_AFTER = new Set(['back', 'home', 'off', 'out', 'down', 'over', 'straight', 'towards', 'into', 'north', 'south', 'east', 'west', 'upstairs', 'downstairs']);
const TRUST_VERB_BEFORE = new Set(['can', "can't", 'cannot', 'could', "couldn't", 'to', 'i', 'we', 'you', 'u', 'they', 'would', 'should', "don't", "didn't", "doesn't", 'never', 'not', 'just', 'still', 'totally', 'fully']);
const SOCIAL_CLASS = new Set(['working', 'middle', 'upper', 'lower', 'ruling', 'political', 'business', 'chattering', 'leisure', 'professional', 'under', 'world', 'economy', 'first', 'weight']);
// Activities whose classes are for grown-ups (a hobby, fitness, a hen do), not a school's.
const GROWN_UP_CLASS = new Set(['cocktail', 'pottery', 'yoga', 'pilates', 'spin', 'zumba', 'salsa', 'dance', 'ballet', 'barre', 'boxing', 'fitness', 'gym', 'aerobics', 'aqua', 'hiit', 'bootcamp', 'karate', 'judo', 'cookery', 'cooking', 'baking', 'cake', 'sewing', 'knitting', 'crochet', 'painting', 'drawing', 'ceramics', 'wreath', 'flower', 'floristry', 'jewellery', 'calligraphy', 'antenatal', 'nct', 'evening', 'night', 'adult', 'beginners', 'couples', 'sip', 'wine', 'gin', 'candle', 'photography', 'language', 'exercise', 'swimming', 'swim']);
const HOBBY_TEACHERS = new Set(['teacher', 'teachers', 'instructor', 'instructors', 'tutor']);
/**
 * "The teacher was very patient" in a post about a pottery class or a yoga class: the grown-ups' class's teacher,
 * not a colleague. True for a teacher word when the post names a class or lesson of a grown-up activity.
 */
export function hobbyTeacher(tokens: readonly Token[], m: PhraseMatch): boolean {
  if (m.from !== m.to || !HOBBY_TEACHERS.has(tokens[m.from]!.norm)) return false;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if ((w === 'class' || w === 'classes' || w === 'lesson' || w === 'lessons') && GROWN_UP_CLASS.has(tokens[i - 1]!.norm)) return true;
  }
  return false;
}
const PARTICLE_AFTER = new Set(['bit', 'up', 'out', 'off', 'more', 'time', 'day', 'thing', 'too', 'though', 'lol']);
const PERSONAL_LIST_BEFORE = new Set(['my', 'your', 'all-time', 'personal']);
// Before "parenting": whose or what kind of parenting it is ("solo parenting", "my parenting", "I'm parenting").
const OWN_PARENTING_BEFORE = new Set(['solo', 'single', 'lone', 'co', 'co-', 'my', 'our', "i'm", 'im', 'am', 'been', 'gentle', 'own']);
/**
 * Target words used in an everyday sense that is not a person or thing of school: a head on a body or heading
 * somewhere ("lift his head", "in the head", "needs to head back"), trust as a verb ("you can trust them", "put
 * our trust in"), social class ("the working class"), "that one bit", "oh boy", and a list of favourite things
 * ("one of my favourites").
 */
const LITERAL_SNAKE_BEFORE = new Set(['pet', 'grass', 'corn', 'rubber', 'toy', 'plastic', 'garden', 'water', 'sea', 'milk', 'king', 'rat']);
export function everydaySense(tokens: readonly Token[], m: PhraseMatch): boolean {
  const f = tokens[m.from]!.norm;
  // "Head of Year 10 life:", "TA life", "supply teacher life": the writer's own job, described, not judged.
  if (roleLife(tokens, m.to)) return true;
  // One word, or "this one"/"that one", or "the head" (judged as "head" with "the" before it).
  const theHead = f === 'the' && m.to === m.from + 1 && tokens[m.to]!.norm === 'head';
  if (m.from !== m.to && f !== 'that' && f !== 'this' && !theHead) return false;
  if (theHead) m = { ...m, from: m.to };
  const w = tokens[m.from]!.norm;
  const p1 = tokens[m.from - 1]?.norm ?? '';
  const p2 = tokens[m.from - 2]?.norm ?? '';
  const n1 = tokens[m.to + 1]?.norm ?? '';
  switch (w) {
    case 'head':
    case 'heads':
      // "spotty from head to toe", "soaked head to foot": the whole body.
      return BODY_BEFORE.has(p1) || (p1 === 'the' && PLACE_PREP.has(p2)) || MOTION_AFTER.has(n1) || HEAD_THING.has(n1) || (n1 === 'to' && TOE.has(tokens[m.to + 2]?.norm ?? ''));
    case 'trust':
      return n1 === 'in' || n1 === 'them' || n1 === 'him' || n1 === 'her' || n1 === 'me' || n1 === 'you' || n1 === 'us' || TRUST_VERB_BEFORE.has(p1);
    case 'class':
      // "a cocktail class", "couples' pottery class": a class for grown-ups, not a school class.
      return SOCIAL_CLASS.has(p1) || GROWN_UP_CLASS.has(p1);
    case 'that':
    case 'this':
      return m.to === m.from + 1 && tokens[m.to]!.norm === 'one' && (PARTICLE_AFTER.has(n1) || p1 === 'like' || p1 === 'chalk' || p1 === 'chaulk');
    case 'parenting':
      // "I'm solo parenting", "my parenting", "single parenting": the writer's (or anyone's) own parenting, not school parents.
      return OWN_PARENTING_BEFORE.has(p1) || p2 === "i'm" || p2 === 'im' || p2 === 'been';
    case 'boy':
      return p1 === 'oh' || p1 === 'boy';
    case 'snake':
    case 'snakes':
      // Session tonefp5: "a pet snake", "a grass snake", "snakes and ladders": the animal or the game, not a two-faced person.
      return LITERAL_SNAKE_BEFORE.has(p1) || n1 === 'and';
    case 'mum':
    case 'mam':
    case 'mom':
    case 'dad':
    case 'mummy':
    case 'daddy':
      // "Proud mum moment", "mum guilt", "dad joke", "mum taxi": the writer as a parent, not a parent of the school.
      return SELF_PARENT_AFTER.has(n1);
    case "mother's":
    case "mother’s":
    case "father's":
    case "father’s":
    case 'mothers':
    case 'fathers':
      // "Mother's Day", "Fathers Day": a day, not a parent.
      return n1 === 'day';
    case 'supply':
      // "a supply day", "supply work", "the supply agency": a day or a job, not the supply teacher.
      return SUPPLY_THING.has(n1);
    case 'favourites':
      return PERSONAL_LIST_BEFORE.has(p1);
    case 'student':
    case 'students':
      return STUDENT_THING.has(n1);
    case 'school':
      // "the school run", "school holidays", "school shoes", "at the school gates": a family's day, not the school judged.
      return SCHOOL_DAY_THING.has(n1);
    case 'lead':
      // "followed Flake's lead", "take the lead", "follow their lead".
      return /['’]s$/i.test(tokens[m.from - 1]?.raw ?? '') || ((p1 === 'the' || p1 === 'their' || p1 === 'his' || p1 === 'her') && LEAD_VERB.has(p2));
    case 'ceo':
    case 'exec':
    case 'execs':
    case 'governor':
      // A title in the world at large: "the CEO of ATMOS", "Twitter CEO", "Lt Governor", "a candidate for governor".
      return n1 === 'of' || p1 === 'for' || p1 === 'lt' || p1 === 'former' || p1 === 'state' || p1 === 'cfo' || (tokens[m.from - 1]?.capitalised === true && !TITLE_LEAD.has(p1));
    default:
      // "your next children's book", "the kids' TV channel": a group's things, not the group.
      return (m.kind === 'pupil' && /(?:['’]s|s['’])$/i.test(tokens[m.to]!.raw) && CHILDRENS_THING.has(n1));
  }
}
const SELF_PARENT_AFTER = new Set(['moment', 'moments', 'life', 'guilt', 'fail', 'fails', 'win', 'wins', 'taxi', 'brain', 'mode', 'hack', 'hacks', 'duty', 'duties', 'joke', 'jokes', 'bod', 'tum', 'dancing', 'jumper']);
const SUPPLY_THING = new Set(['day', 'days', 'work', 'agency', 'agencies', 'list', 'chain', 'shift', 'shifts', 'run', 'teaching', 'cover', 'pay', 'rates', 'booking', 'bookings']);
// "Head" naming part of a thing or a body, not a person: "the head gasket", "head lice", "a head torch".
const TOE = new Set(['toe', 'toes', 'foot', 'feet', 'tail']);
const HEAD_THING = new Set(['gasket', 'gaskets', 'lice', 'louse', 'torch', 'torches', 'cold', 'colds', 'injury', 'injuries', 'wound', 'lamp', 'lamps', 'massage', 'height', 'scarf', 'band', 'bands', 'rest', 'start', 'first', 'wind', 'shot', 'shots', 'chef', 'gardener', 'coach', 'banging', 'bump', 'unit', 'phones']);
/** "<role> life" (after an optional year or class number): the writer's own job, as in "Head of Year 10 life: 47 emails". */
function roleLife(tokens: readonly Token[], to: number): boolean {
  let n = to + 1;
  const next = tokens[n]?.norm;
  if (next !== undefined && next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57) n++;
  return tokens[n]?.norm === 'life';
}
// Words that can start a sentence before a title of one's own workplace ("Our CEO", "The Governor").
const TITLE_LEAD = new Set(['our', 'the', 'my', 'a', 'an', 'new', 'this', 'that', 'and', 'but', 'so', 'your', 'their', 'oh', 'why', 'when', 'if']);
const SCHOOL_DAY_THING = new Set(['run', 'runs', 'holidays', 'hols', 'shoes', 'bag', 'bags', 'gate', 'gates']);
const STUDENT_THING = new Set(['loan', 'loans', 'debt', 'debts', 'finance', 'union', 'visa', 'visas', 'discount', 'accommodation', 'card']);
const LEAD_VERB = new Set(['take', 'takes', 'took', 'taking', 'follow', 'follows', 'followed', 'following']);
const CHILDRENS_THING = new Set(['book', 'books', 'author', 'authors', 'tv', 'television', 'show', 'shows', 'hospital', 'charity', 'story', 'stories', 'menu', 'clothes', 'party', 'parties', 'film', 'films', 'songs', 'song', 'entertainer', 'channel', 'museum', 'library', 'section', 'toys', 'meal', 'meals']);

const OPENING_QUOTES = ['"', '“', "'"];
/** Whether `quote` occurs in [start, end) at `start`, after a regex space or after "(". */
function opensAt(text: string, quote: string, start: number, end: number): boolean {
  for (let i = text.indexOf(quote, start); i !== -1 && i < end; i = text.indexOf(quote, i + 1)) {
    if (i === start || text.charCodeAt(i - 1) === 40 || isRegexSpace(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Scare quotes around one to four words ("wellbeing", 'urgent'): a mocking stance. */
export function scareQuotes(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // A quote can only open at the start, after a space or after "(": most posts have none (apostrophes sit inside words).
  if (!OPENING_QUOTES.some((q) => opensAt(text, q, start, end))) return out;
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

// The last text asked about, and whether it has a code unit at or above U+2700.
let emojiText: string | undefined;
let emojiUnits = false;
/**
 * Whether `text` may hold an emoji: it has a code unit at or above U+2700 (dingbats such as ❤, and both
 * halves of every surrogate pair). Most posts have none, and then no emoji list need be searched for.
 * Remembers the last text (the rules of one post ask in turn).
 */
export function mayHaveEmoji(text: string): boolean {
  if (text !== emojiText) {
    emojiUnits = false;
    for (let i = 0; i < text.length && !emojiUnits; i++) emojiUnits = text.charCodeAt(i) >= 0x2700;
    emojiText = text;
  }
  return emojiUnits;
}

/** Emoji of SARCASM_EMOJI in [start, end). */
export function sarcasmEmoji(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!mayHaveEmoji(text)) return out;
  const slice = text.slice(start, end);
  for (const e of SARCASM_EMOJI) {
    for (let i = slice.indexOf(e); i !== -1; i = slice.indexOf(e, i + e.length)) out.push({ start: start + i, end: start + i + e.length });
  }
  return out;
}

export function docTokens(doc: Doc): readonly Token[] {
  return doc.tokens;
}

let setups: Map<string, Phrase[]> | undefined;
/** The sarcastic and rhetorical set-ups of the stance lexicon alone ("thanks for nothing", "real team player"), built on first use. */
export function sarcasticSetups(): Map<string, Phrase[]> {
  if (!setups) {
    setups = new Map();
    for (const p of STANCE_PACKED[1]![1].split('|')) index(setups, p, 2);
  }
  return setups;
}

// "The youngest convinced me that their mum 'always' lets them ...": text before a quote that is part of what someone
// persuaded, promised or claimed (a content clause after the verb), tested on the text just before the quote.
export const CLAIM_BEFORE = /\b(?:convinced|convinces|convincing|persuaded|persuades|persuading|promised|promises|swore|swears|assured|assures|insisted|insists|claimed|claims|told|tells)\b[^.!?\n]{0,45}\bthat\b[^.!?\n]{0,35}$/i;
