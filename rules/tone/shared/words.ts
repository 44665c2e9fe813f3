/**
 * Word lists for the lexical tone rules, folded (lower case, no accents). Kept as plain data so the
 * detectors can build Sets once at load time. The profanity stems follow the `cuss`/`obscenity` English
 * list where they overlap, plus British forms it lacks (tosser, bellend, knobhead, ...). Mild words that
 * are everyday British banter ("bloody", "bugger", "crap", "can't be arsed") are deliberately absent.
 */

export type ProfanityStrength = 'strong' | 'moderate' | 'abbreviation';

/** stem -> strength, and the suffixes the stem takes. */
export const PROFANITY_STEMS = [
  { stems: ['fuck', 'fuk', 'fck', 'motherfuck', 'mothafuck'], strength: 'strong', suffixes: ['', 's', 'ed', 'er', 'ers', 'ing', 'in', 'wit', 'wits', 'head', 'heads', 'face', 'ery', 'tard', 'off', 'boy', 'ton', 'sake'] },
  { stems: ['cunt'], strength: 'strong', suffixes: ['', 's', 'ing', 'y'] },
  { stems: ['shit', 'bullshit', 'horseshit', 'batshit', 'apeshit'], strength: 'moderate', suffixes: ['', 's', 'e', 'ty', 'tier', 'ting', 'ted', 'head', 'heads', 'hole', 'show', 'bag', 'bags', 'faced', 'house', 'storm', 'ter', 'ters'] },
  { stems: ['wank'], strength: 'moderate', suffixes: ['', 's', 'er', 'ers', 'ing', 'y', 'stain', 'ered'] },
  { stems: ['twat'], strength: 'moderate', suffixes: ['', 's', 'ted', 'ting'] },
  { stems: ['bollock'], strength: 'moderate', suffixes: ['s', 'ed', 'ing', 'ings'] },
  { stems: ['piss'], strength: 'moderate', suffixes: ['', 'ed', 'es', 'ing', 'take', 'head', 'er', 'y'] },
  { stems: ['bastard'], strength: 'moderate', suffixes: ['', 's', 'ry'] },
  { stems: ['bitch'], strength: 'moderate', suffixes: ['', 'es', 'y', 'ing', 'ed', 'ass'] },
  { stems: ['arsehole', 'asshole', 'arsewipe', 'arsehat', 'dickhead', 'knobhead', 'knobend', 'bellend', 'tosser', 'dickwad', 'dipshit', 'jackass', 'dumbass', 'smartarse', 'wazzock', 'nobhead', 'nobend', 'douchebag', 'scumbag', 'shitbag', 'cocksucker', 'slag', 'slut', 'whore'], strength: 'moderate', suffixes: ['', 's'] },
  { stems: ['wtf', 'stfu', 'ffs', 'omfg', 'gtfo', 'fml', 'mofo', 'fkn', 'fkin', 'effing', 'sodding'], strength: 'abbreviation', suffixes: [''] },
] as const satisfies readonly { stems: readonly string[]; strength: ProfanityStrength; suffixes: readonly string[] }[];

/** Slurs: always reported, whatever the context (quoting one to condemn it still repeats it). */
export const SLURS = [
  // race, ethnicity, nationality, religion
  'nigger', 'niggers', 'nigga', 'niggas', 'nigguh', 'negro', 'negroes', 'nignog', 'paki', 'pakis', 'wog', 'wogs', 'golliwog', 'golliwogs',
  'coon', 'coons', 'darkie', 'darkies', 'darky', 'sambo', 'chink', 'chinks', 'chinky', 'gook', 'gooks', 'spic', 'spics', 'kike', 'kikes',
  'yid', 'yids', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'sandnigger', 'jap', 'japs', 'dago', 'dagos', 'wetback', 'wetbacks',
  'beaner', 'beaners', 'pikey', 'pikeys', 'gyppo', 'gyppos', 'gypo', 'gippo', 'pikies', 'abo', 'abos', 'halfcaste', 'half-caste', 'mussie', 'muzzie', 'muzzies', 'shylock',
  'chingchong', 'africoon', 'arabush', 'abeed',
  // sexuality and gender identity
  'faggot', 'faggots', 'fagot', 'poof', 'poofs', 'poofter', 'poofters', 'dyke', 'dykes', 'lezza', 'lezzer', 'lezzers', 'tranny', 'trannies', 'shemale', 'shemales', 'battyboy', 'batty-boy', 'homo', 'homos',
  // disability
  'retard', 'retards', 'retarded', 'spastic', 'spastics', 'spaz', 'spazz', 'spakka', 'mong', 'mongs', 'mongoloid', 'mongy', 'windowlicker',
] as const;

/** Multi-word slurs matched on folded token sequences. */
export const SLUR_PHRASES = [
  ['window', 'licker'], ['window', 'lickers'], ['batty', 'boy'], ['half', 'caste'], ['jungle', 'bunny'], ['ching', 'chong'], ['sand', 'nigger'],
] as const;

/** Phrases after which an ambiguous slur-form is ordinary English ("chink of light", "homo sapiens"). */
export const SLUR_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  chink: ['of', 'in'],
  homo: ['sapiens', 'erectus', 'habilis', 'neanderthalensis'],
  jap: [],
  coon: [],
  mong: ['kok'],
};
