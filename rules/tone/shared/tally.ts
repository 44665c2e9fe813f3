/**
 * Facts set side by side to make a point: "Meetings this week: 5. Minutes left to mark: 0.", "3 observations this
 * week. Pay rise: 0.", "Head's new car: electric, shiny. Our pencils: rationed." The post is a short tally (two or
 * more items in a row, each a "label: value" sentence or a bare count such as "3 observations this week"), and one
 * item leaves staff with nothing: a zero or a word of lack ("none", "rationed", "frozen") against something staff
 * need (time, PPA, pay, thanks, support) or beside an item about leaders. Used by `tone/irony`.
 *
 * Left alone: tallies of the writer's day whose zero is good news ("Children lost: 0. Success."), tallies with no
 * zero ("Books marked: 60. Biscuits eaten: 6."), and notices ("Pay award: 4%, backdated to September").
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { valence } from './afinn.ts';

export interface Span {
  start: number;
  end: number;
}

const ITEM = /^([^:]{2,60}):\s*(.{1,60})$/;
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z][\w' -]{2,50}$/i;
const NOTHING = /^(?:£?0(?:%|p)?|zero|none|nil|nada|zilch|nothing|not\s+one|not\s+a\s+penny)\b/i;
const LACK = /^['‘"“]?(?:rationed|cut|cuts|frozen|gone|scrapped|broken|leaking|still\s+waiting|pending|under\s+review|tbc|unpaid|nope)\b/i;
/** What staff need and are denied. */
const RESOURCE = /\b(?:ppa|pay|rise|raise|uplift|bonus|increase|minutes?|time|hours?|breaks?|lunch|thanks|thank\s+yous?|support|help|repl(?:y|ies)|responses?|answers?|budget|funding|money|tas?|staff|cover|recognition|acknowledge?ments?|days?\s+off|consultation|resources?|pencils|glue\s+sticks|books|heating)\b/i;
const LEADER = /\b(?:head|head['’]s|heads|headteacher|deputy|slt|leadership|leaders|ceo|trust|execs?|executive|governors?|director|management|mat|la|council|dfe|ofsted)\b/i;
const STAFF = /\b(?:staff|teachers?|colleagues|tas|teaching\s+assistants)\b/i;
const SCHOOL = /\b(?:staff|teachers?|colleagues|tas|meetings?|observations?|learning\s+walks?|data\s+drops?|duties|duty|emails?|deadlines?|initiatives?|reports?|marking|lessons?|ppa|inset|briefings?|drop-ins?|book\s+looks?|scrutin(?:y|ies)|cover|detentions?|parents?|pupils?|kids|classes|ofsted|pay)\b/i;

/** Sentences of the post with their offsets, cut at . ! ? and line breaks (one pass, no backtracking). */
function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ text: t, start: m.index + lead });
  }
  return out;
}

/** Sum of AFINN ratings of a label's words: a zero of something bad ("Children lost: 0", "Tears: 0") is good news. */
function mood(label: string): number {
  let sum = 0;
  for (const w of label.toLowerCase().match(/[a-z]+/g) ?? []) sum += valence(w);
  return sum;
}

export function sideBySide(doc: Doc): Span | undefined {
  const { text } = doc;
  if (!text.includes(':') || text.length > 400) return undefined;
  const items: { label: string; value: string; start: number; end: number; count: boolean }[] = [];
  for (const s of sentences(text)) {
    const m = ITEM.exec(s.text);
    if (m) items.push({ label: m[1]!, value: m[2]!.trim(), start: s.start, end: s.start + s.text.length, count: false });
    else if (COUNT.test(s.text) && s.text.split(/\s+/).length <= 7) items.push({ label: s.text, value: '', start: s.start, end: s.start + s.text.length, count: true });
  }
  if (items.length < 2) return undefined;
  // Good news closes the tally ("Success.", "Chuffed.", "Good day overall."): a short positive last sentence.
  const all = sentences(text);
  const last = all[all.length - 1]!;
  if (!ITEM.test(last.text) && !COUNT.test(last.text) && mood(last.text) > 0) return undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    // The value is the bare zero or word of lack ("0", "none", "'under review'"), not a notice ("none needed").
    const others = items.filter((o) => o !== it);
    // "no money for paint" beside what the trust spends is a lack too, however it is worded.
    const denied = /^no\s+\w+/i.test(it.value) && others.some((o) => LEADER.test(o.label));
    if (it.count || !(denied || ((NOTHING.test(it.value) || LACK.test(it.value)) && it.value.split(/\s+/).length <= 2)) || /\b(?:needed|required|necessary)\b/i.test(it.value) || mood(it.label) < 0) continue;
    const aboutWork = others.some((o) => SCHOOL.test(o.label) || LEADER.test(o.label)) || SCHOOL.test(it.label);
    if (!aboutWork) continue;
    // What staff need, or beside leaders or staff themselves ("Nine staff left in July. Exit interviews: none.").
    if (RESOURCE.test(it.label) || others.some((o) => LEADER.test(o.label) || (o.count && STAFF.test(o.label)))) {
      const first = Math.min(it.start, ...others.map((o) => o.start));
      return { start: first, end: Math.max(it.end, ...others.map((o) => o.end)) };
    }
  }
  return undefined;
}

const GAIN = /\b(?:new|bonus|bonuses|pay\s+rise|rise|raise|office|car|away\s+day|spa|hotel|refurb\w*|upgrade\w*|salary|salaries|£\d[\d,.]*k?|\d+%|sofas?|lanyards|logo|rebrand|conference|iPads?|laptops?)\b/i;
const LACKING = /\b(?:leaking|leaks|broken|cut|cuts|frozen|rationed|scrapped|no|none|zero|nothing|unpaid|still\s+(?:waiting|no|not|broken|leaking)|for\s+the\s+(?:second|third|fourth|fifth)\s+(?:winter|year|term|time)|shar(?:e|es|ing)\s+(?:one|a|the|\d+|two|three|four|five|six))\b/i;
const FOR_US = /\bfor\s+(?:every|each|all|our|the|us)\s*(?:\w+\s+)?(?:class|classes|classrooms?|kids|children|pupils|staff|teachers|tas|school|year|department|us)\b|\bfor\s+us\b/i;
const WE_SIDE = /\b(?:our|we|us|staff|teachers?|tas?|teaching\s+assistants|pupils?|kids|children|class(?:room)?s?|year\s+\d{1,2}|y\d{1,2}|reception|nursery|department|dept|support\s+staff|pencils|glue\s+sticks|books|heating|roof|ceiling|toilets|budget)\b/i;

/**
 * "New office for the CEO. Leaking ceiling in Year 2 for the third winter.": leaders gain something in one short
 * sentence, and the next, with no leader in it, leaves staff or pupils without ("no", "cut", "frozen", "leaking",
 * "for the third winter"). Not good news after ("Our head got a new car. No more lifts from me!" names nobody on
 * the school's side), and not a sentence that praises.
 */
export function gainThenLack(doc: Doc): Span | undefined {
  const { text } = doc;
  if (text.length > 400 || !LEADER.test(text)) return undefined;
  const all = sentences(text);
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k]!, b = all[k + 1]!;
    if (a.text.split(/\s+/).length > 14 || b.text.split(/\s+/).length > 16) continue;
    // The gain is the leaders' own, not something bought for the school's side ("new books for every class").
    if (!LEADER.test(a.text) || !GAIN.test(a.text) || FOR_US.test(a.text) || LACKING.test(a.text) || mood(a.text) < 0) continue;
    if (LEADER.test(b.text) || !LACKING.test(b.text) || !WE_SIDE.test(b.text) || mood(b.text) >= 2) continue;
    return { start: a.start, end: b.start + b.text.length };
  }
  return undefined;
}
