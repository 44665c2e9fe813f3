import type { Word } from '../../../lib/engine/context/index.ts';

/**
 * Evidence around a first name about whose name it is: an adult's (a title, "my husband", "our head"), a
 * famous person's or a character's, or a child's ("Amelia's mum", "Amelia in my class").
 */

/** Titles and forms of address before a name: the person is an adult (or a character: Father Christmas). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'revd',
  'father', 'fr', 'sister', 'brother', 'aunt', 'auntie', 'aunty', 'uncle', 'nan', 'nana', 'nanny', 'grandma', 'grandad',
  'granddad', 'grandpa', 'granny', 'gran', 'grandpa', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'captain',
  'capt', 'coach', 'pastor', 'bishop', 'vicar', 'reverend', 'president', 'senator', 'minister', 'chancellor', 'pope',
  'cllr', 'councillor', 'mp', 'judge', 'officer', 'sgt', 'sergeant', 'inspector', 'detective', 'author', 'singer',
  'actor', 'actress', 'footballer', 'presenter', 'chef', 'dj', 'artist', 'poet', 'writer', 'illustrator', 'comedian',
  'mum', 'mummy', 'mom', 'dad', 'daddy', 'cousin',
]);

/** Relations and roles that make "my/our X Name" an adult or the member of staff's own family. */
const RELATIONS = new Set([
  'husband', 'wife', 'partner', 'hubby', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'mum', 'mom', 'mother', 'dad',
  'father', 'brother', 'sister', 'son', 'daughter', 'niece', 'nephew', 'cousin', 'friend', 'friends', 'mate', 'mates',
  'bestie', 'bff', 'colleague', 'colleagues', 'boss', 'manager', 'neighbour', 'neighbor', 'flatmate', 'housemate',
  'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'godson', 'goddaughter', 'baby', 'toddler',
  'eldest', 'youngest', 'twins', 'dog', 'cat', 'puppy', 'kitten', 'pup',
  'head', 'headteacher', 'deputy', 'ta', 'senco', 'caretaker', 'governor', 'teacher', 'mentor', 'ht', 'dh',
  'lsa', 'hlta', 'tutor', 'trainee', 'pgce', 'ect', 'nqt', 'chair', 'ceo', 'admin', 'office', 'bursar',
  'cleaner', 'cook', 'chef', 'dinner', 'lady', 'lunchtime', 'supervisor', 'business', 'assistant', 'inlaws', 'in-laws',
  'sil', 'bil', 'mil', 'fil', 'oh', 'dh', 'dd', 'ds', 'hairdresser', 'gp', 'vet', 'dentist', 'postman', 'plumber',
  'builder', 'landlord', 'therapist', 'physio', 'instructor', 'trainer', 'pt',
]);

/** Role nouns that, after a name ("Claire, my TA"), say the person is staff. */
const STAFF_AFTER = new Set(['ta', 'tas', 'hlta', 'lsa', 'senco', 'head', 'headteacher', 'deputy', 'colleague', 'caretaker', 'governor', 'teacher', 'mentor', 'tutor', 'ect', 'nqt', 'trainee', 'ht', 'dsl', 'bursar', 'cook', 'husband', 'wife', 'partner', 'friend', 'bestie', 'boss', 'mum', 'dad', 'sister', 'brother', 'neighbour']);

/** Words after a possessive name that say the name is a child's: "Amelia's mum", "Jack's reading book". */
const CHILD_AFTER_POSSESSIVE = new Set(['mum', 'mummy', 'mam', 'mom', 'dad', 'daddy', 'parents', 'parent', 'mother', 'father', 'carer', 'carers', 'nan', 'grandma', 'grandad', 'nanny', 'gran', 'family', 'reading', 'book', 'homework', 'spelling', 'spellings', 'ehcp', 'teacher', 'ta', 'report', 'behaviour', 'class', 'lunchbox', 'pe', 'tray', 'peg', 'drawing', 'picture', 'work', 'writing', 'sats', 'results', 'tooth', 'first', 'birthday', 'sen', 'iep', 'plan', 'keyworker', 'key', 'social', 'worker', 'school', 'uniform']);

/** After a name, these say "a child": "Leo, aged 7". */
const CHILD_AFTER = new Set(['aged']);

export function isTitleBefore(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  return p !== undefined && TITLES.has(p.norm);
}

/**
 * "my husband Tom", "our head Sarah", "my friend's son Jack", "Claire, my TA": the name is an adult, or
 * the member of staff's own family, not a pupil.
 */
export function isAdultOrFamily(words: readonly Word[], i: number, len = 1): boolean {
  if (isTitleBefore(words, i)) return true;
  for (let k = 1; k <= 3; k++) {
    const p = words[i - k];
    if (!p) break;
    if (RELATIONS.has(p.norm) || (p.possessive && RELATIONS.has(p.norm))) {
      // "my husband Tom", "my son's friend Tom" — but not "my class Tom" (no relation word).
      return true;
    }
    if (p.norm !== 'my' && p.norm !== 'our' && p.norm !== 'the' && p.norm !== 'lovely' && p.norm !== 'new' && p.norm !== 'old' && p.norm !== 'best' && p.norm !== 'little' && p.norm !== 'big' && p.norm !== 'amazing') break;
  }
  const last = words[i + len - 1]!;
  if (last.possessive) return false;
  for (let k = 0; k < 3; k++) {
    const n = words[i + len + k];
    if (!n) break;
    if (STAFF_AFTER.has(n.norm) && !(n.norm === 'head' && words[i + len + k + 1]?.norm === 'of')) {
      // "Claire, my TA" / "Claire our head" / "Tom (my husband)"
      const between = words.slice(i + len, i + len + k).every((b) => b.norm === 'my' || b.norm === 'our' || b.norm === 'the' || b.norm === 'new');
      if (between) return true;
    }
  }
  return false;
}

/** "Amelia's mum", "Jack's reading book", "Leo, aged 7": evidence that the name is a child's. */
export function childEvidenceAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const n = words[i + len];
  if (!n) return false;
  if (last.possessive && CHILD_AFTER_POSSESSIVE.has(n.norm)) return true;
  return CHILD_AFTER.has(n.norm);
}

/**
 * Famous people and characters who come up in school posts (authors, footballers, historical figures, book
 * titles). Keyed by folded first name -> surnames or following words; "*" means the first name alone.
 */
const FAMOUS: ReadonlyMap<string, readonly string[]> = new Map([
  ['harry', ['potter', 'kane', 'styles', 'hill', 'redknapp', 'enfield', 'maguire']],
  ['stephen', ['king', 'hawking', 'fry', 'merchant', 'graham']],
  ['michael', ['rosen', 'morpurgo', 'jackson', 'gove', 'owen', 'bond']],
  ['julia', ['donaldson', 'roberts']],
  ['roald', ['*']],
  ['david', ['walliams', 'attenborough', 'beckham', 'bowie', 'cameron', 'tennant', 'jason']],
  ['jacqueline', ['wilson']],
  ['marcus', ['rashford']],
  ['taylor', ['swift']],
  ['ed', ['sheeran']],
  ['joe', ['wicks', 'biden', 'root']],
  ['jack', ['whitehall', 'grealish', 'frost', 'sparrow']],
  ['florence', ['nightingale']],
  ['mary', ['seacole', 'anning', 'berry', 'poppins', 'shelley', 'queen', 'beard']],
  ['grace', ['darling']],
  ['anne', ['frank', 'boleyn', 'hathaway']],
  ['winston', ['churchill']],
  ['isaac', ['newton']],
  ['charles', ['darwin', 'dickens', 'babbage']],
  ['william', ['shakespeare', 'wordsworth', 'blake', 'morris']],
  ['emmeline', ['pankhurst']],
  ['rosa', ['parks']],
  ['martin', ['luther', 'lewis']],
  ['nelson', ['mandela']],
  ['neil', ['armstrong', 'gaiman']],
  ['tim', ['peake', 'peak', 'burton']],
  ['percy', ['jackson', 'pig']],
  ['tracy', ['beaker']],
  ['horrid', ['henry']],
  ['peppa', ['*']],
  ['winnie', ['the']],
  ['peter', ['rabbit', 'pan', 'kay']],
  ['oliver', ['twist', 'jeffers', 'cromwell']],
  ['jane', ['eyre', 'austen', 'goodall']],
  ['romeo', ['and']],
  ['matilda', ['wormwood']],
  ['charlie', ['bucket', 'and', 'brown', 'mackesy', 'chaplin']],
  ['george', ['orwell', 'michael', 'washington', 'stephenson']],
  ['danny', ['the', 'dyer']],
  ['stig', ['of']],
  ['greta', ['thunberg']],
  ['malala', ['*']],
  ['lewis', ['hamilton', 'capaldi', 'carroll']],
  ['emma', ['raducanu', 'watson', 'thompson']],
  ['andy', ['murray', 'griffiths']],
  ['lionel', ['messi']],
  ['cristiano', ['ronaldo']],
  ['mo', ['farah', 'salah', 'willems']],
  ['jude', ['bellingham']],
  ['bukayo', ['saka']],
  ['gareth', ['southgate', 'bale']],
  ['boris', ['johnson']],
  ['rishi', ['sunak']],
  ['keir', ['starmer']],
  ['kate', ['middleton', 'bush', 'winslet']],
  ['henry', ['viii', '8th', 'the', 'tudor', 'hudson', 'ford']],
  ['elizabeth', ['i', 'ii', 'the', 'fry']],
  ['victoria', ['beckham', 'wood', 'station', 'line', 'sponge']],
  ['alan', ['turing', 'titchmarsh']],
  ['ada', ['lovelace']],
  ['frida', ['kahlo']],
  ['pablo', ['picasso']],
  ['vincent', ['van']],
  ['lucy', ['worsley', 'letby']],
  ['jamie', ['oliver']],
  ['gordon', ['ramsay']],
  ['simon', ['cowell']],
  ['tom', ['daley', 'holland', 'fletcher', 'gates', 'hanks', 'cruise', 'kerridge']],
  ['noah', ['ark']],
  ['arthur', ['king']],
  ['paddington', ['*']],
  ['gruffalo', ['*']],
  ['elsa', ['*']],
  ['moana', ['*']],
  ['biff', ['chip', 'and']],
  ['kipper', ['*']],
  ['floppy', ['*']],
  ['santa', ['*']],
  ['jesus', ['*']],
  ['mohammed', ['ali']],
  ['muhammad', ['ali']],
]);

/** A famous person or character at word i: the pair ("Harry Kane"), or a name famous on its own. Returns its length. */
export function famousAt(words: readonly Word[], i: number): number {
  const list = FAMOUS.get(words[i]!.norm);
  if (!list) return 0;
  if (list.includes('*')) return 1;
  const next = words[i + 1]?.norm;
  return next !== undefined && list.includes(next) ? 2 : 0;
}

/** Words that look like names in posts only as part of fixed phrases ("Poppy Appeal", "Summer term"). */
const NOT_A_NAME_NEXT = new Set(['term', 'half', 'holidays', 'holiday', 'fair', 'fayre', 'concert', 'appeal', 'day', 'street', 'road', 'avenue', 'lane', 'park', 'station', 'hospital', 'centre', 'city', 'united', 'rovers', 'county', 'town', 'fc', 'college', 'university', 'school', 'primary', 'academy', 'junior', 'infant', 'infants', 'juniors', 'house', 'hall', 'court', 'close', 'drive', 'way', 'green', 'square', 'place', 'gardens', 'crescent', 'grove', 'terrace',
  'zoo', 'museum', 'castle', 'cathedral', 'bridge', 'airport', 'beach', 'bay', 'hotel', 'arms', 'inn', 'market',
  'library', 'theatre', 'farm', 'line', 'island', 'valley', 'harbour', 'pier', 'festival']);

const PETS = new Set(['dog', 'cat', 'hamster', 'rabbit', 'bunny', 'tortoise', 'fish', 'goldfish', 'guinea', 'pony', 'horse', 'puppy', 'kitten', 'gerbil', 'budgie', 'parrot', 'snake', 'lizard', 'chicken', 'chickens', 'hen', 'cockapoo', 'labrador', 'spaniel', 'terrier']);

/** Verbs and nouns after which a capitalised name is a title: "reading Matilda", "watching Frozen". */
const TITLE_BEFORE = new Set(['reading', 'read', 'reread', 'watching', 'watched', 'watch', 'finished', 'finishing', 'started', 'starting', 'book', 'film', 'novel', 'story', 'musical', 'play', 'called', 'named']);

/** "reading Matilda with my class": the name is a book or film, not a child. */
export function isTitleAfterVerb(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  return p !== undefined && TITLE_BEFORE.has(p.norm) && p.norm !== 'called' && p.norm !== 'named';
}

/** "Poppy Appeal", "Chelsea FC", "Florence Street", "Grace Academy": the capitalised word is part of another name. */
export function partOfOtherName(words: readonly Word[], i: number, len = 1): boolean {
  const n = words[i + len];
  if (n && NOT_A_NAME_NEXT.has(n.norm) && !words[i + len - 1]!.possessive) return true;
  // "Rosie the school dog", "Biscuit, our class hamster": a pet.
  if (n && (n.norm === 'the' || n.norm === 'our' || n.norm === 'my')) {
    for (let k = i + len + 1; k < i + len + 4 && k < words.length; k++) if (PETS.has(words[k]!.norm)) return true;
  }
  const p = words[i - 1];
  // "St Luke's", "Queen Victoria", "Saint Anne"
  return p !== undefined && (p.norm === 'st' || p.norm === 'saint' || p.norm === 'storm' || p.norm === 'hurricane' || p.norm === 'lake' || p.norm === 'mount' || p.norm === 'port' || p.norm === 'fort' || p.norm === 'cape');
}
