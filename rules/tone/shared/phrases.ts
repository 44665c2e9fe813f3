/**
 * Vocabulary for the phrase-based tone rules, as regex alternations (folded, apostrophes as ['’]).
 * Bounded alternations only: no nested quantifiers, so matching stays linear in the post length.
 */

// Longest first, so "head teacher" wins over "head".
export const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');

/** Nouns that are name-calling when aimed at someone. */
export const INSULT_NOUNS = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'muppet', 'muppets', 'clown', 'clowns', 'pillock', 'pillocks',
  'prat', 'prats', 'plonker', 'plonkers', 'dimwit', 'dimwits', 'halfwit', 'halfwits', 'nitwit', 'nitwits', 'numpty', 'numpties', 'loser', 'losers',
  'scum', 'lowlife', 'lowlifes', 'parasite', 'parasites', 'leech', 'leeches', 'snake', 'jerk', 'jerks', 'creep', 'creeps', 'weirdo', 'weirdos',
  'freak', 'freaks', 'nutter', 'nutters', 'psycho', 'psychos', 'knob', 'knobs', 'dick', 'dicks', 'prick', 'pricks', 'git', 'gits', 'tit', 'twit',
  'twits', 'berk', 'berks', 'buffoon', 'buffoons', 'troll', 'hypocrite', 'hypocrites', 'liar', 'liars', 'coward', 'cowards', 'sleazebag',
  'slimeball', 'airhead', 'bimbo', 'brat', 'brats', 'thug', 'thugs', 'chav', 'chavs', 'hag', 'cow', 'cows', 'pig', 'pigs', 'animals', 'vermin',
  'waste of space', 'waste of oxygen', 'waste of skin', 'dinosaur', 'jobsworth', 'snowflake', 'snowflakes', 'degenerate', 'degenerates', 'dumbo',
  'dunce', 'oaf', 'slob', 'slag', 'slags', 'bitch', 'douche', 'tool', 'witch', 'dickhead', 'dickheads', 'tosser', 'tossers', 'wanker', 'wankers',
  'twat', 'twats', 'arsehole', 'arseholes', 'asshole', 'assholes', 'bellend', 'bellends', 'knobhead', 'knobheads', 'scumbag', 'scumbags',
  'fool', 'fools', 'simpleton', 'dope', 'div', 'divs', 'mug', 'gobshite', 'wazzock', 'pleb', 'plebs', 'neanderthal', 'neanderthals',
  'scrounger', 'scroungers', 'sponger', 'spongers', 'freeloader', 'freeloaders', 'drama queen', 'drama queens', 'control freak', 'sods', 'yes-man', 'fraud', 'frauds', 'dirtbag', 'dirtbags', 'nutjob', 'nutjobs', 'nutcase',
  'nutcases', 'savages', 'savage', 'gossip', 'busybody', 'waste of a salary', 'waste of money', 'waste of time', 'dead weight', 'deadweight',
  'toerag', 'toerags', 'narcissist', 'narcissists', 'psychopath', 'sociopath', 'weasel', 'weasels', 'bully', 'bullies', 'bigot', 'bigots', 'cheat', 'cheats',
  'plank', 'wally', 'sod',
] as const;

/** Nouns that are insults wherever they appear (plural name-calling, unambiguous words). */
export const ALWAYS_INSULT = new Set([
  'idiots', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'moron', 'halfwit', 'halfwits', 'dimwit', 'dimwits', 'nitwits', 'lowlife',
  'lowlifes', 'scumbag', 'scumbags', 'degenerates', 'dickhead', 'dickheads', 'knobhead', 'knobheads', 'gobshite', 'numpties', 'pillocks', 'plebs', 'chav', 'chavs',
]);

/** Adjectives that insult a person ("he's so thick", "useless parents"). */
export const INSULT_ADJ = [
  'stupid', 'thick', 'dumb', 'useless', 'pathetic', 'incompetent', 'clueless', 'brainless', 'spineless', 'gutless', 'ugly', 'fat', 'vile',
  'disgusting', 'repulsive', 'worthless', 'lazy', 'feral', 'obnoxious', 'gormless', 'dense', 'idiotic', 'moronic', 'ignorant', 'spoilt',
  'inbred', 'two-faced', 'senile', 'deranged', 'unhinged', 'psychotic', 'braindead', 'brain-dead', 'thick as mince', 'dim', 'dopey', 'hideous', 'slimy',
  'creepy', 'sleazy', 'spiteful', 'nasty', 'toxic', 'hopeless', 'pig-ignorant', 'bone idle', 'retarded',
] as const;

/** Words for people a teacher might be rude about. */
export const PEOPLE = [
  'parent', 'parents', 'mum', 'mums', 'mom', 'moms', 'dad', 'dads', 'mother', 'mothers', 'father', 'fathers', 'kid', 'kids', 'child', 'children',
  'pupil', 'pupils', 'student', 'students', 'class', 'boy', 'boys', 'girl', 'girls', 'lad', 'lads', 'lass', 'colleague', 'colleagues', 'staff',
  'teacher', 'teachers', 'ta', 'tas', 'head', 'headteacher', 'head teacher', 'deputy', 'boss', 'manager', 'managers', 'slt', 'senco', 'governor',
  'governors', 'woman', 'women', 'man', 'men', 'people', 'person', 'bloke', 'blokes', 'guy', 'guys', 'family', 'families', 'neighbour',
  'neighbours', 'husband', 'wife', 'inspector', 'inspectors', 'ref', 'referee', 'teenagers', 'teens', 'toddler', 'lot', 'bunch', 'individual',
  'little ones', 'year', 'form', 'tutor', 'tutees', 'ofsted', 'management', 'leadership', 'trust', 'ceo', 'chair', 'receptionist', 'caretaker',
  'cleaner', 'dinner lady', 'supply', 'ect', 'nqt', 'trainee', 'student teacher',
] as const;

/** Negation or correction just before a phrase ("not an idiot", "no one is calling her lazy"). */
export const NEGATED_BEFORE = /(?:\b(?:not|never|no|nobody|no one|hardly|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|ain['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|cannot|stop)\b|n['’]t)[^.!?\n]{0,12}$/i;

/** The writer talking about themselves ("I'm such an idiot", "me being a muppet"). */
export const SELF_BEFORE = /(?:\b(?:i|i['’]m|im|i am|i was|i felt|i feel|me|myself|i['’]ve been|i look|i looked|made me look|makes me feel|made me feel)\b|(?:^|[.!?\n]\s*)(?:felt|feel|feeling)\b)[^.!?\n,]{0,14}$/i;
export const SELF_AFTER = /^\s+(?:i am|i['’]m|i was|me|myself)\b/i;

/** Someone else's words being reported ("a parent called me lazy"): not the writer's insult. */
export const REPORTED_BEFORE = /\b(?:called me|calling me|call me|calls me|said i was|says i['’]m|told me i was|told me i['’]m|accused me of being|labelled me|branded me)\b[^.!?\n]{0,14}$/i;

export const before = (text: string, index: number, n = 40): string => text.slice(Math.max(0, index - n), index);
