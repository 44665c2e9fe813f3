/**
 * Teasing among friends: a gentle name ("you plonker", "these idiots", "our cat is a total idiot") in a post
 * that is plainly warm ("love you", "happy birthday", hearts, a closing "x") or laughing, with nothing hostile
 * in it, is banter, not name-calling. Shared by tone/insult and tone/offensive-language.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { WordTable } from './vocab.ts';

const GENTLE = /(?:^|\s)(?:muppets?|plonkers?|numpty|numpties|weirdos?|nutters?|wally|wallies|twits?|prats?|divs?|pillocks?|clowns?|dorks?|nerds?|planks?|gits?|sods?|idiots?|morons?|cows?|loons?)$/i;
const GENTLEST = /(?:^|\s)(?:muppets?|plonkers?|numpty|numpties|weirdos?|nutters?|wally|wallies|twits?|pillocks?|clowns?|dorks?|nerds?|planks?|gits?|sods?)$/i;
const WARM = /💕|❤|♥|😘|🥰|😍|🤗|💖|💗|\blove\b|\badore\b|\bproud\s+of\b|\bhappy\s+(?:birthday|bday|anniversary|\d+(?:st|nd|rd|th))\b|\bthank(?:s|\s+you)\b|\bmiss(?:ing)?\s+(?:you|u|ya|these|those|them|him|her)\b|\bbest\s+(?:friends?|mates?|day|night|weekend|ever)\b|\bwouldn['’]?t\s+(?:swap|change)\b|\bcan['’]?t\s+wait\s+to\s+see\b|(?:^|\s)x{1,3}\s*$/i;
const LAUGH = /😂|🤣|😹|😆|😜|😝|\blol\b|\bhaha/i;
const HOSTILE = /\b(?:shut\s+up|shut\s+your|f+u+c+k|piss\s+off|hate\s+(?:you|him|her|them)|get\s+lost|disgusting|ashamed|pathetic|delete\s+your|nobody\s+likes|scum|vile|cunt|twat|wanker|bitch)\b/i;
/** Whole-post signals for teasing, read once per post (not once per insult: that would be quadratic). */
export interface Mood {
  warm: boolean;
  laugh: boolean;
  hostile: boolean;
}

export function moodOf(text: string): Mood {
  return { warm: WARM.test(text), laugh: LAUGH.test(text), hostile: HOSTILE.test(text) };
}

/** The insult `span` is teasing in a post with this mood. */
export const teasing = (mood: Mood, span: string): boolean => !mood.hostile && GENTLE.test(span) && (mood.warm || (mood.laugh && GENTLEST.test(span)));


const FAMILY = '(?:husband|hubby|wife|partner|other\\s+half|boyfriend|girlfriend|brother|sister|bro|sis|mum|mam|dad|son|daughter|kids|nan|nana|grandad|grandma|mate|mates|friends?|bestie|best\\s+friend|dog|cat|dogs|cats|puppy|kitten|fella|missus|in-laws|cousin|uncle|auntie|aunt|toddler|toddlers|baby|babies|youngest|eldest|twins|niece|nephew|nieces|nephews|stepson|stepdaughter|godson|goddaughter)';
/** Just before a word: the writer's own family, friends or pets ("my husband is", "our dog is a complete"). */
export const FAMILY_BEFORE = new RegExp(`\\b(?:my|our)\\s+(?:own\\s+|little\\s+|big\\s+|dear\\s+|darling\\s+|lovely\\s+)?${FAMILY}(?:['’]s)?\\s+(?:is|are|was|were|['’]s|['’]re)?\\s*(?:such\\s+|so\\s+|an?\\s+|absolute\\s+|total\\s+|complete\\s+|all\\s+)*$|\\b(?:love|loves|adore)\\s+my\\s+${FAMILY}[^.!?]{0,30}$`, 'i');
export const FAMILY_START = new RegExp(`^${FAMILY}\\b`, 'i');
/** Just after a describing word: the writer's own family, friends or pets named last ("my useless husband", "our daft dog"). */
export const FAMILY_END = new RegExp(`\\b${FAMILY}$`, 'i');

// Names, foods, birds and breeds that contain a loaded word: "Moby Dick", "spotted dick", "blue tits",
// "Dick Turpin", "cock-a-leekie", "shih tzu", a bitch (dog) with her litter or pups.
const INNOCENT = /\b(?:moby|spotted)\s+dick\b|\bdick\s+(?:whittington|turpin|van\s+dyke|francis|emery)\b|\bcock-a-(?:leekie|doodle(?:-doo)?)\b|\b(?:blue|great|coal|marsh|willow|crested|long-tailed)\s+tits?\b|\bshih\s+tzus?\b|\bpussy\s*willows?\b|\bdumb\s*waiters?\b|\bbitch(?:es)?\b(?=[^.!?\n]{0,60}\b(?:litter|pups|puppies|whelp\w*|in\s+season|on\s+heat)\b)|\b(?:champion|breeding|brood|show)\s+bitch(?:es)?\b/gi;

/** The loaded part every match of INNOCENT holds. */
const LOADED = /dick|cock|tit|tzu|puss|dumb|bitch/;
// Whether each distinct folded word holds a loaded part, worked out once per word across posts. A match of LOADED in
// the text (case-insensitive, no u flag: ASCII letters only, and those are always inside a token) lies inside one
// token and stays in its folded form, so a post none of whose words holds one has no match of INNOCENT either.
const HOLDS_LOADED = new WordTable((norm: string): boolean => LOADED.test(norm));

/**
 * Spans of innocent compounds ("Moby Dick", "blue tits", a breeder's bitch), for the model and the profanity rule: once
 * per post, shared by both (read only). The post-wide scan runs only when one of its words holds a loaded part.
 */
export function innocentSpans(doc: Doc): [number, number][] {
  return doc.memo('tone:innocent-spans', () => {
    let loaded = false;
    for (const h of HOLDS_LOADED.of(doc)) {
      if (h) {
        loaded = true;
        break;
      }
    }
    if (!loaded) return [];
    return [...doc.text.matchAll(INNOCENT)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  });
}

