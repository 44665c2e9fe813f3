import type { Word } from '../../../lib/engine/context/index.ts';

/**
 * What staff write about a child right after the name, strong enough without other school words:
 * "Kemi's grandad came in to talk about Nigeria", "Well done to Eadie for reading 50 books".
 */

/** A child's grown-ups, named after the child: "Kojo's grandad", "Tobenna's dad". */
export const RELATIVES: ReadonlySet<string> = new Set(['mum', 'mummy', 'mam', 'dad', 'daddy', 'grandad', 'granddad', 'grandpa', 'grandma', 'nan', 'nana', 'nanna', 'nanny', 'gran', 'granny', 'auntie', 'aunty', 'uncle', 'parents', 'carer', 'stepdad', 'stepmum']);
const VISIT_VERBS = new Set(['came', 'comes', 'come', 'brought', 'popped', 'read', 'helped', 'volunteered', 'visited', 'talked', 'spoke', 'made', 'knitted', 'baked', 'sent', 'offered']);
const VISIT_OBJECTS = new Set(['in', 'into', 'to', 'for', 'on', 'with']);

/** "X's grandad came in", "X's mum brought in cakes for the class", "X's nan knitted hats for the whole of Nursery". */
export function classroomVisitAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  if (!last.possessive) return false;
  const rel = words[i + len];
  if (!rel || !RELATIVES.has(rel.norm)) return false;
  // The verb right after the relative, or after a short description of them: "Chioma's dad is a firefighter and
  // brought the engine in", "Ola's nan, a retired nurse, came in to talk about hospitals".
  let at = i + len + 1;
  while (at < i + len + 7 && at < words.length && !VISIT_VERBS.has(words[at]!.norm) && !words[at]!.sentenceStart) at++;
  const v = words[at];
  if (!v || !VISIT_VERBS.has(v.norm) || v.sentenceStart) return false;
  // ... and further on, "in" only as the particle of "came in", "brought the engine in" (not "tea in the garden").
  if (at > i + len + 1) {
    for (let k = at + 1; k < at + 6 && k < words.length; k++) {
      const w = words[k]!;
      const nx = words[k + 1];
      if (w.norm === 'in' && (!nx || nx.sentenceStart || nx.start - w.end > 1 || ['to', 'for', 'today', 'this', 'and', 'with', 'yesterday'].includes(nx.norm))) return true;
    }
    return false;
  }
  for (let k = at + 1; k < at + 6 && k < words.length; k++) {
    const w = words[k]!.norm;
    if (VISIT_OBJECTS.has(w) && ['class', 'children', 'kids', 'whole', 'in', 'talk', 'read'].some((x) => words[k + 1]?.norm === x || w === 'in')) return true;
  }
  return false;
}

/** Things children are praised for (after "Well done to X for ..."): reading, badges, tests, projects, sport at school. */
const ACHIEVEMENTS = new Set([
  'reading', 'books', 'book', 'badge', 'award', 'certificate', 'merit', 'merits', 'star', 'sticker', 'test', 'spelling',
  'spellings', 'project', 'assembly', 'longship', 'licence', 'license', 'score', 'times', 'tables', 'swimming', 'writing',
  'handwriting', 'poem', 'story', 'drawing', 'painting', 'homework', 'maths', 'arithmetic', 'phonics', 'kind', 'kindness',
  'helping', 'sharing', 'effort', 'attendance', 'behaviour', 'starter', 'performance', 'presentation', 'model', 'volcano',
  'race', 'sports', 'medal', 'gala', 'netball', 'tournament', 'quiz', 'bee', 'grade', 'violin', 'piano', 'recorder', 'choir',
]);

/** "Well done to Eadie for reading 50 books" / "Congratulations to Otilia on her swimming badge": the praise is for a child's doing. */
export function childAchievementAfter(words: readonly Word[], end: number): boolean {
  const n = words[end + 1]?.norm;
  if (n !== 'for' && n !== 'on') return false;
  for (let k = end + 2; k < end + 10 && k < words.length; k++) if (ACHIEVEMENTS.has(words[k]!.norm)) return true;
  return false;
}

/** What a teacher hands a child: "Gave Zuzanna a sticker for trying so hard", "awarded Kai a merit". */
const REWARDS = new Set(['sticker', 'stickers', 'certificate', 'merit', 'merits', 'dojo', 'dojos', 'badge', 'star', 'stamp', 'house', 'headteacher', 'headteachers', 'award', 'prize', 'reward', 'team']);
const GIVE = new Set(['gave', 'give', 'giving', 'awarded', 'award', 'awarding', 'given']);

/** The name is the one a reward is given to: "Gave Zuzanna a sticker", "awarded Kai his first merit". */
export function rewardGiven(words: readonly Word[], i: number): boolean {
  if (!GIVE.has(words[i - 1]?.norm ?? '')) return false;
  for (let k = i + 1; k < i + 5 && k < words.length; k++) if (REWARDS.has(words[k]!.norm)) return true;
  return false;
}

/** Rewards and the word staff send home with: "a praise postcard home to X", "the kindness cup went to X". */
const SENT_REWARDS = new Set([...REWARDS, 'postcard', 'postcards', 'note', 'notes', 'call', 'phonecall', 'letter', 'cup', 'trophy', 'shield', 'ticket', 'points', 'point', 'medal', 'certificates', 'awards', 'prizes', 'rewards']);
const REWARD_LINKS = new Set(['for', 'to', 'about']);

/**
 * The name receives a reward or a call home: "Sent home a gold star note for Yetunde", "Positive call home
 * for Mubarik", "The headteacher's postcard went to Umarah", "The kindness award this week goes to Linnea".
 */
export function rewardFor(words: readonly Word[], i: number): boolean {
  const link = words[i - 1];
  if (!link || !REWARD_LINKS.has(link.norm)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 7; k--) {
    const w = words[k]!;
    if (SENT_REWARDS.has(w.norm) && !w.cap) return true;
    if (k < i - 2 && w.sentenceStart) break;
  }
  return false;
}

/**
 * The writer sitting with a child at lunch or break for a child's trouble: "Had to sit with Tiegan at lunch because
 * she'd fallen out with her best friend", "asked to sit with Jaxon at lunch because 'he's sad today'". A grown-up
 * sat with at lunch has other troubles ("fallen out with his boss", "upset about her landlord").
 */
const SIT_VERBS = new Set(['sit', 'sat', 'sitting', 'sits']);
const SCHOOL_MEALS = new Set(['lunch', 'lunchtime', 'break', 'breaktime', 'playtime', 'dinner', 'dinners']);
const CHILD_TROUBLES = new Set(['lonely', 'homesick', 'sad']);
const FRIENDS = new Set(['friend', 'friends', 'bestie', 'mates', 'mate']);
export function satWithChildAtLunch(words: readonly Word[], i: number): boolean {
  if (words[i - 1]?.norm !== 'with' || !SIT_VERBS.has(words[i - 2]?.norm ?? '')) return false;
  let meal = -1;
  for (let k = i + 1; k <= i + 5 && k < words.length && !words[k]!.sentenceStart; k++) {
    if (SCHOOL_MEALS.has(words[k]!.norm)) {
      meal = k;
      break;
    }
  }
  if (meal < 0) return false;
  for (let k = meal + 1; k < meal + 16 && k < words.length; k++) {
    const n = words[k]!.norm;
    if (CHILD_TROUBLES.has(n)) return true;
    // "fallen out with her best friend" (not "with his boss").
    if ((n === 'fallen' || n === 'fell') && words[k + 1]?.norm === 'out') {
      for (let m = k + 2; m < k + 7 && m < words.length; m++) if (FRIENDS.has(words[m]!.norm)) return true;
    }
  }
  return false;
}
